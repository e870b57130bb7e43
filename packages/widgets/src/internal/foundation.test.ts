import { expect } from 'chai';
import { safeUrl } from '@giftkit/widgets';
import { defineElement, VERSION } from './define.js';
import { announce } from './announce.js';
import { holdEventStream } from './event-stream-hold.js';
import { cleanupFixtures } from '../test/harness.js';
import type { Giftkit, StreamStatus } from '@giftkit/core';

describe('foundation', () => {
  afterEach(cleanupFixtures);

  describe('safeUrl', () => {
    it('passes https URLs, and http only on the local machine', () => {
      expect(safeUrl('https://cdn.example/rose.png')).to.equal('https://cdn.example/rose.png');
      expect(safeUrl('http://localhost:5173/a.png')).to.equal('http://localhost:5173/a.png');
      expect(safeUrl('http://127.0.0.1/a.png')).to.equal('http://127.0.0.1/a.png');
      expect(safeUrl('http://cdn.example/rose.png')).to.equal(null);
    });

    it('refuses script, data, relative, malformed and empty URLs', () => {
      for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'blob:https://x/1', '/rose.png', 'https://', '', null, undefined]) {
        expect(safeUrl(url), String(url)).to.equal(null);
      }
    });

    it('restricts to the allowed origins when given', () => {
      const origins = ['https://checkout.example', 'https://pay.example:8443/'];
      expect(safeUrl('https://checkout.example/session/1', origins)).to.equal('https://checkout.example/session/1');
      expect(safeUrl('https://pay.example:8443/x', origins)).to.equal('https://pay.example:8443/x');
      expect(safeUrl('https://checkout.example.evil.test/', origins)).to.equal(null);
      expect(safeUrl('https://pay.example/x', origins), 'another port').to.equal(null);
      expect(safeUrl('https://checkout.example/x', [])).to.equal(null);
    });
  });

  describe('defineElement', () => {
    it('registers once and tolerates the same version again', () => {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      const tag = `gk-test-${Math.random().toString(36).slice(2)}`;
      defineElement(tag, First);
      (Second as unknown as Record<symbol, string>)[Symbol.for('giftkit.widgets.version')] = VERSION;
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        defineElement(tag, First);
        defineElement(tag, Second);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(tag)).to.equal(First);
      expect(warnings).to.deep.equal([]);
    });

    it('warns when another version holds the tag', () => {
      class Other extends HTMLElement {}
      class Mine extends HTMLElement {}
      const tag = `gk-test-${Math.random().toString(36).slice(2)}`;
      customElements.define(tag, Other);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        defineElement(tag, Mine);
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(tag)).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}> is already defined`);
    });
  });

  describe('announce', () => {
    it('creates one shared polite live region on first use and fills it', async () => {
      document.querySelectorAll('[data-giftkit-announcer]').forEach((el) => el.remove());
      announce('Balance: 5 coins');
      announce('Balance: 6 coins');
      const regions = document.querySelectorAll('[data-giftkit-announcer="polite"]');
      expect(regions).to.have.length(1);
      expect(regions[0]?.getAttribute('aria-live')).to.equal('polite');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(regions[0]?.textContent).to.equal('Balance: 6 coins');
      announce('Payment declined', 'assertive');
      expect(document.querySelector('[data-giftkit-announcer="assertive"]')?.getAttribute('aria-live')).to.equal('assertive');
    });
  });

  describe('holdEventStream', () => {
    function fakeGiftkit(initial: StreamStatus): { giftkit: Giftkit; calls: string[] } {
      let status = initial;
      const calls: string[] = [];
      const giftkit = {
        events: {
          status: { get: () => status, subscribe: () => () => undefined },
          connect: () => {
            calls.push('connect');
            status = 'open';
          },
          disconnect: () => {
            calls.push('disconnect');
            status = 'disconnected';
          },
        },
      } as unknown as Giftkit;
      return { giftkit, calls };
    }

    it('opens the stream for the first holder and closes it after the last', () => {
      const { giftkit, calls } = fakeGiftkit('disconnected');
      const a = holdEventStream(giftkit);
      const b = holdEventStream(giftkit);
      a();
      a();
      expect(calls).to.deep.equal(['connect']);
      b();
      expect(calls).to.deep.equal(['connect', 'disconnect']);
    });

    it('leaves a stream the page opened alone', () => {
      const { giftkit, calls } = fakeGiftkit('open');
      holdEventStream(giftkit)();
      expect(calls).to.deep.equal([]);
    });
  });
});
