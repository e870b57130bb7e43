import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { configure, ANNOUNCE_DELAY, type GkCoinBalance } from '@giftkit/widgets';
import '@giftkit/widgets/define';
// W2's <gk-recharge-dialog>, which the badge opens; the lead folds it into @giftkit/widgets/define.
import '../recharge-dialog/recharge-dialog.define.js';
import { useHarness, fixture, until, recordEvents, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';

const STREAM = { recipientId: 'creator_lena', streamId: 'stream_lena_cooking' };

function base(badge: GkCoinBalance): HTMLButtonElement {
  const button = badge.shadowRoot?.querySelector<HTMLButtonElement>('[part~="base"]');
  if (!button) throw new Error('no base button');
  return button;
}

function part(badge: GkCoinBalance, name: string): HTMLElement | null {
  return badge.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function announcement(): string {
  return document.querySelector('[data-giftkit-announcer="polite"]')?.textContent ?? '';
}

async function settled(badge: GkCoinBalance, state: GkCoinBalance['state']): Promise<void> {
  await until(() => badge.state === state, 3000, `the ${state} state`);
  await badge.updateComplete;
}

describe('<gk-coin-balance>', () => {
  const harness = useHarness();

  afterEach(() => document.querySelector('[data-giftkit-announcer]')?.replaceChildren());

  describe('states', () => {
    it('shows a busy placeholder while the wallet loads', async () => {
      harness.backend.faults.add({ kind: 'latency', ms: 800, match: { path: '/v1/wallet' } });
      await harness.viewer(500);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await until(() => harness.backend.state.requests.some((request) => request.path === '/v1/wallet'));
      expect(badge.state).to.equal('loading');
      expect(badge.getAttribute('state')).to.equal('loading');
      expect(base(badge).getAttribute('aria-busy')).to.equal('true');
      expect(base(badge).getAttribute('aria-label')).to.equal('Loading your coin balance');
      expect(part(badge, 'skeleton')).to.exist;
      await expectNoAxeViolations(badge);
      await settled(badge, 'ready');
      expect(base(badge).getAttribute('aria-busy')).to.equal('false');
    });

    it('waits in the loading state while no SDK instance is configured', async () => {
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      expect(badge.state).to.equal('loading');
      expect(badge.coins).to.equal(null);
      await expectNoAxeViolations(badge);
    });

    it('shows a compact count with the exact figure in its accessible name', async () => {
      await harness.viewer(12_500);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(part(badge, 'amount')?.textContent).to.equal('12.5K');
      expect(part(badge, 'amount')?.getAttribute('aria-hidden')).to.equal('true');
      expect(base(badge).getAttribute('aria-label')).to.equal('12,500 coins, 12.5K. Get coins');
      expect(badge.hasAttribute('low')).to.equal(false);
      expect(part(badge, 'low-indicator')).to.equal(null);
      await expectNoAxeViolations(badge);
    });

    it('shows the exact count below 10,000', async () => {
      await harness.viewer(9_999);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(part(badge, 'amount')?.textContent).to.equal('9,999');
      expect(base(badge).getAttribute('aria-label')).to.equal('9,999 coins. Get coins');
    });

    it('never shows more than the real balance when compacting', async () => {
      await harness.viewer(12_599);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(part(badge, 'amount')?.textContent).to.equal('12.5K');
      expect(base(badge).getAttribute('aria-label')).to.equal('12,599 coins, 12.5K. Get coins');
    });

    it('marks a balance below low-balance as low, visibly and in its name', async () => {
      await harness.viewer(40);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance low-balance="50"></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(badge.low).to.equal(true);
      expect(badge.hasAttribute('low')).to.equal(true);
      expect(part(badge, 'low-indicator')).to.exist;
      expect(base(badge).getAttribute('aria-label')).to.equal('Low balance: 40 coins. Get coins');
      await expectNoAxeViolations(badge);

      badge.lowBalance = 40;
      await badge.updateComplete;
      expect(badge.hasAttribute('low')).to.equal(false);
      expect(base(badge).getAttribute('aria-label')).to.equal('40 coins. Get coins');
    });

    it('uses 100 coins as the default low-balance threshold, and 0 turns it off', async () => {
      await harness.viewer(99);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(badge.low).to.equal(true);
      badge.setAttribute('low-balance', '0');
      await badge.updateComplete;
      expect(badge.low).to.equal(false);
    });

    it('reports a failed load, fires one gk-error and retries when activated', async () => {
      await harness.viewer(300);
      harness.backend.faults.add({ kind: 'status', status: 503, times: Infinity, match: { path: '/v1/wallet' } });
      const errors = recordEvents(document, 'gk-error');
      const requests = recordEvents(document, 'gk-recharge-request');
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'error');
      expect(badge.getAttribute('state')).to.equal('error');
      expect(base(badge).getAttribute('aria-label')).to.equal("Couldn't load your coins. Retry");
      expect(part(badge, 'amount')?.textContent).to.equal('Retry');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]?.operation).to.equal('balance');
      expect((errors.events[0]?.error as Error).name).to.equal('HttpError');
      await expectNoAxeViolations(badge);

      harness.backend.faults.clear();
      base(badge).click();
      await settled(badge, 'ready');
      expect(base(badge).getAttribute('aria-label')).to.equal('300 coins. Get coins');
      expect(requests.count, 'retrying is not a recharge request').to.equal(0);
      expect(errors.count).to.equal(1);
      errors.stop();
      requests.stop();
    });

    it('follows the dark theme attribute', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance theme="light"></gk-coin-balance>`);
      await settled(badge, 'ready');
      const light = getComputedStyle(base(badge)).backgroundColor;
      badge.theme = 'dark';
      await badge.updateComplete;
      expect(badge.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(base(badge)).backgroundColor).not.to.equal(light);
      await expectNoAxeViolations(badge);
    });
  });

  describe('activation', () => {
    it('fires one cancelable gk-recharge-request per click, Enter and Space', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      const requests = recordEvents(document, 'gk-recharge-request');
      const prevent = (event: Event): void => event.preventDefault();
      document.addEventListener('gk-recharge-request', prevent);
      try {
        base(badge).click();
        expect(requests.count).to.equal(1);
        badge.focus();
        expect(badge.shadowRoot?.activeElement).to.equal(base(badge));
        await sendKeys({ press: 'Enter' });
        expect(requests.count).to.equal(2);
        await sendKeys({ press: 'Space' });
        expect(requests.count).to.equal(3);
        const [event] = requests.events;
        expect(event?.cancelable).to.equal(true);
        expect(event?.bubbles).to.equal(true);
        expect(event?.composed).to.equal(true);
        expect(event?.shortfall).to.equal(undefined);
        expect(document.querySelector('gk-recharge-dialog'), 'a prevented request opens nothing').to.equal(null);
      } finally {
        document.removeEventListener('gk-recharge-request', prevent);
        requests.stop();
      }
    });

    it('is reachable with Tab', async () => {
      await harness.viewer(10);
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(badge);
      expect(badge.shadowRoot?.activeElement).to.equal(base(badge));
    });

    it('opens the recharge dialog named by for, unless the request is prevented', async () => {
      await harness.viewer(10);
      const [, dialog, badge] = await Promise.all([
        fixture(html`<gk-recharge-dialog></gk-recharge-dialog>`),
        fixture<HTMLElement & { open: boolean }>(html`<gk-recharge-dialog id="topup"></gk-recharge-dialog>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance for="topup"></gk-coin-balance>`),
      ]);
      await settled(badge, 'ready');
      base(badge).click();
      await until(() => dialog.open, 3000, 'the dialog to open');
      expect(document.querySelectorAll('gk-recharge-dialog')).to.have.length(2);
      expect((document.querySelector('gk-recharge-dialog') as HTMLElement & { open: boolean }).open).to.equal(false);
    });

    it('creates a recharge dialog when the page has none', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      base(badge).click();
      await until(() => document.querySelector('gk-recharge-dialog') !== null, 3000, 'a dialog');
      const dialog = document.querySelector('gk-recharge-dialog') as HTMLElement & { open: boolean };
      try {
        expect(dialog.parentElement).to.equal(document.body);
        await until(() => dialog.open, 3000, 'the dialog to open');
      } finally {
        dialog.remove();
      }
    });

    it('fires no event when its properties are set from code', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      const fail = (event: Event): void => expect.fail(`unexpected ${event.type}`);
      const types = ['gk-recharge-request', 'gk-error', 'click', 'change'];
      for (const type of types) badge.addEventListener(type, fail);
      badge.lowBalance = 5_000;
      badge.htmlFor = 'elsewhere';
      badge.theme = 'dark';
      badge.setAttribute('low-balance', '1');
      await badge.updateComplete;
      for (const type of types) badge.removeEventListener(type, fail);
      expect(document.querySelector('gk-recharge-dialog')).to.equal(null);
    });
  });

  describe('live balance', () => {
    it('follows a gift sent through the SDK and announces the settled balance once', async () => {
      const { giftkit } = await harness.viewer(1_000);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY + 100));
      expect(announcement(), 'the first load is not announced').to.equal('');

      await giftkit.gifts.send('rose', STREAM);
      await giftkit.gifts.send('rose', STREAM);
      await until(() => badge.coins === 998);
      await badge.updateComplete;
      expect(base(badge).getAttribute('aria-label')).to.equal('998 coins. Get coins');
      expect(announcement(), 'debounced').to.equal('');
      await until(() => announcement() !== '', ANNOUNCE_DELAY + 1000, 'the announcement');
      expect(announcement()).to.equal('Balance: 998 coins');
      expect(document.querySelector('[data-giftkit-announcer="polite"]')?.getAttribute('aria-live')).to.equal('polite');
    });

    it('announces nothing when the balance comes back to the announced figure', async () => {
      const { userId, giftkit } = await harness.viewer(1_000);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      await giftkit.gifts.send('rose', STREAM);
      await until(() => badge.coins === 999);
      await harness.backend.state.grant(userId, 1);
      await giftkit.wallet.refresh();
      await until(() => badge.coins === 1_000);
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY + 200));
      expect(announcement()).to.equal('');
    });

    it('follows a purchase pushed on the event stream', async () => {
      const { userId, giftkit } = await harness.viewer(100);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      await until(() => giftkit.events.status.get() === 'open', 3000, 'the event stream');
      await harness.backend.state.grant(userId, 12_400);
      await until(() => badge.coins === 12_500, 3000, 'the streamed balance');
      await badge.updateComplete;
      expect(part(badge, 'amount')?.textContent).to.equal('12.5K');
      expect(badge.low).to.equal(false);
    });

    it('follows a gift sent from another tab of the same viewer', async () => {
      const { userId } = await harness.viewer(500);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      // A second instance of the same viewer stands for another tab: tab sync uses BroadcastChannel.
      const otherTab = harness.sdk({ userId, baseUrl: BASE_URL });
      await otherTab.wallet.get();
      await otherTab.gifts.send('rose', STREAM);
      await until(() => badge.coins === 499, 3000, 'the other tab\'s balance');
    });

    it('closes the event stream it opened when the last badge leaves', async () => {
      const { giftkit } = await harness.viewer(10);
      const badges = await Promise.all([
        fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`),
      ]);
      await until(() => giftkit.events.status.get() !== 'disconnected');
      badges[0]?.remove();
      expect(giftkit.events.status.get()).not.to.equal('disconnected');
      badges[1]?.remove();
      expect(giftkit.events.status.get()).to.equal('disconnected');
    });

    it('leaves nothing running after being mounted and removed 50 times', async () => {
      const { giftkit } = await harness.viewer(10);
      const host = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 50; i++) {
        const badge = document.createElement('gk-coin-balance');
        host.append(badge);
        await badge.updateComplete;
        badge.remove();
      }
      expect(giftkit.events.status.get()).to.equal('disconnected');
      const last = document.createElement('gk-coin-balance');
      host.append(last);
      await until(() => last.coins === 10);
      expect(giftkit.events.status.get()).not.to.equal('disconnected');
    });

    it('switches to a newly configured viewer without announcing it', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      const userId = await harness.newViewer(2_000);
      configure(harness.sdk({ userId }));
      await until(() => badge.coins === 2_000, 3000, 'the new viewer\'s balance');
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY + 100));
      expect(announcement()).to.equal('');
    });
  });
});
