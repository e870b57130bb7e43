import { expect } from 'chai';
import { html } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { configure, ANNOUNCE_DELAY, type GkCoinBalance } from '@giftkit/widgets';
import '@giftkit/widgets/define';
// W2's <gk-recharge-dialog>, which the badge opens; the lead folds it into @giftkit/widgets/define.
import '../recharge-dialog/recharge-dialog.define.js';
import type { GkRechargeDialog } from '../recharge-dialog/recharge-dialog.js';
import { useHarness, fixture, until, recordEvents } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';
import {
  acceptTerms, choose, pay, part as dialogPart, rechargeIdOf, spyOnPopups, untilState, type PopupSpy,
} from '../test/recharge-dialog-driver.js';

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

/**
 * The computed colours of the badge's pill and coin icon, once settled: a scheme change starts the pill's
 * border-colour transition, which a page in a background tab (tests run two at once) never advances.
 */
function colours(badge: GkCoinBalance): Record<'background' | 'text' | 'border' | 'icon', string> {
  for (const animation of badge.shadowRoot?.getAnimations() ?? []) {
    if (animation instanceof CSSTransition) animation.finish();
  }
  const pill = getComputedStyle(base(badge));
  const icon = part(badge, 'icon');
  return {
    background: pill.backgroundColor,
    text: pill.color,
    border: pill.borderTopColor,
    icon: icon ? getComputedStyle(icon).color : 'no icon',
  };
}

/** A computed `animation-duration` / `transition-duration` list in seconds. */
function seconds(durations: string): number[] {
  return durations.split(',').map((duration) => {
    const value = Number.parseFloat(duration);
    return duration.trim().endsWith('ms') ? value / 1000 : value;
  });
}

let pageSheet: HTMLStyleElement | undefined;

/** Adds `css` to the page, as a host's own stylesheet (removed after the test). */
function pageStyles(css: string): void {
  pageSheet ??= document.head.appendChild(document.createElement('style'));
  pageSheet.textContent += css;
}

describe('<gk-coin-balance>', () => {
  const harness = useHarness();

  afterEach(async () => {
    document.querySelector('[data-giftkit-announcer]')?.replaceChildren();
    pageSheet?.remove();
    pageSheet = undefined;
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

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

    it('follows the balance changed in another tab of the same viewer through tab sync alone', async () => {
      // The event stream never opens, so the server cannot push the change: only the SDK's cross-tab
      // sync (BroadcastChannel on the wallet origin) can bring it to this page's instance.
      harness.backend.faults.add({ kind: 'status', status: 503, times: Infinity, match: { method: 'GET', path: '/v1/events' } });
      const streamRequests = () => harness.backend.state.requests.filter((request) => request.path === '/v1/events');
      const { userId, giftkit } = await harness.viewer(500);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      await until(() => streamRequests().length > 0, 3000, 'the badge to ask for the event stream');
      const walletLoads = () => harness.backend.state.requests.filter((request) => request.path === '/v1/wallet').length;
      const loadsBefore = walletLoads();

      // A second instance of the same viewer on the same wallet origin stands for another tab.
      const otherTab = harness.sdk({ userId });
      await otherTab.wallet.get();
      await otherTab.gifts.send('rose', STREAM);
      await until(() => badge.coins === 499, 3000, 'the other tab\'s gift');
      await badge.updateComplete;
      expect(base(badge).getAttribute('aria-label')).to.equal('499 coins. Get coins');
      await until(() => announcement() !== '', ANNOUNCE_DELAY + 1000, 'the announcement');
      expect(announcement()).to.equal('Balance: 499 coins');

      // And a rise: a purchase the other tab saw (credited on the backend, then reloaded there).
      await harness.backend.state.grant(userId, 12_001);
      await otherTab.wallet.refresh();
      await until(() => badge.coins === 12_500, 3000, 'the other tab\'s reload');
      await badge.updateComplete;
      expect(part(badge, 'amount')?.textContent).to.equal('12.5K');
      expect(base(badge).getAttribute('aria-label')).to.equal('12,500 coins, 12.5K. Get coins');
      await expectNoAxeViolations(badge);

      expect(giftkit.events.status.get(), 'the stream never opened').not.to.equal('open');
      expect(streamRequests().map((request) => request.status)).to.satisfy((statuses: number[]) => statuses.every((status) => status === 503));
      expect(walletLoads() - loadsBefore, 'the badge\'s instance never reloaded the wallet; the other tab loaded it twice').to.equal(2);
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

  describe('purchase through the recharge dialog', () => {
    let popups: PopupSpy | undefined;
    afterEach(() => {
      popups?.restore();
      popups = undefined;
    });

    for (const stream of ['open', 'down'] as const) {
      it(`shows and announces the coins bought in the dialog it opened (event stream ${stream})`, async () => {
        // With the stream down, only the dialog's own purchase result (the SDK instance both share) can
        // bring the new balance; with it open, the server's push may arrive first.
        if (stream === 'down') {
          harness.backend.faults.add({ kind: 'status', status: 503, times: Infinity, match: { method: 'GET', path: '/v1/events' } });
        }
        const { userId, giftkit } = await harness.viewer(40);
        const [dialog, badge] = await Promise.all([
          fixture<GkRechargeDialog>(html`<gk-recharge-dialog id="topup"></gk-recharge-dialog>`),
          fixture<GkCoinBalance>(html`<gk-coin-balance for="topup" low-balance="50"></gk-coin-balance>`),
        ]);
        await settled(badge, 'ready');
        expect(badge.low).to.equal(true);
        if (stream === 'open') await until(() => giftkit.events.status.get() === 'open', 3000, 'the event stream');

        badge.focus();
        await sendKeys({ press: 'Enter' });
        await untilState(dialog, 'choose');
        await choose(dialog, 'pkg_350');
        await acceptTerms(dialog);
        popups = spyOnPopups(harness.backend);
        await pay(dialog);
        await untilState(dialog, 'pending');
        expect(badge.coins, 'nothing is credited before the payment').to.equal(40);

        await harness.backend.state.completeCheckout(rechargeIdOf(popups.popups[0]?.visited[0]), 'succeed');
        await untilState(dialog, 'succeeded');
        expect(await harness.backend.state.balance(userId)).to.equal(390);
        await until(() => badge.coins === 390, 3000, 'the purchased coins');
        await badge.updateComplete;
        expect(part(badge, 'amount')?.textContent).to.equal('390');
        expect(base(badge).getAttribute('aria-label')).to.equal('390 coins. Get coins');
        expect(badge.low).to.equal(false);
        expect(badge.hasAttribute('low')).to.equal(false);
        expect(part(badge, 'low-indicator')).to.equal(null);

        // The dialog reads its outcome first; the badge's settled balance follows, politely.
        await until(() => announcement().includes('You got 350 coins'), 3000, 'the dialog\'s announcement');
        const region = document.querySelector('[data-giftkit-announcer="polite"]');
        await until(() => announcement() === 'Balance: 390 coins', ANNOUNCE_DELAY + 2000, 'the badge\'s announcement');
        expect(region?.getAttribute('aria-live')).to.equal('polite');
        expect(document.querySelector('[data-giftkit-announcer="assertive"]')?.textContent ?? '').not.to.contain('390');

        dialogPart(dialog, '[part~="done-button"]').click();
        await until(() => !dialog.open, 3000, 'the dialog to close');
        expect(document.activeElement, 'focus is back on the badge').to.equal(badge);
        await expectNoAxeViolations(badge);
      });
    }
  });

  describe('theming', () => {
    it('takes the page\'s styles through every documented part', async () => {
      pageStyles(`
        gk-coin-balance.themed::part(base) { background-color: rgb(255, 250, 235); border-radius: 4px; }
        gk-coin-balance.themed::part(amount) { color: rgb(128, 0, 32); }
        gk-coin-balance.themed::part(icon) { color: rgb(0, 90, 0); }
        gk-coin-balance.themed::part(error-icon) { color: rgb(90, 0, 90); }
        gk-coin-balance.themed::part(skeleton) { border-radius: 1px; }
        gk-coin-balance.themed::part(low-indicator) { color: rgb(160, 0, 0); }
        gk-coin-balance.themed::part(action) { opacity: 0.5; }
      `);
      const [themed, plain] = await Promise.all([
        fixture<GkCoinBalance>(html`<gk-coin-balance class="themed" low-balance="50"></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance low-balance="50"></gk-coin-balance>`),
      ]);
      /** The computed `property` of part `name` of the themed badge, checked against the plain one's. */
      const styled = (name: string, property: 'color' | 'backgroundColor' | 'borderTopLeftRadius' | 'opacity'): string => {
        const mine = part(themed, name);
        const theirs = part(plain, name);
        if (!mine || !theirs) throw new Error(`no ${name} part in the ${themed.state} state`);
        const value = getComputedStyle(mine)[property];
        expect(getComputedStyle(theirs)[property], `${name} ${property} of an unstyled badge`).not.to.equal(value);
        return value;
      };

      // Loading: no SDK instance yet.
      expect(styled('skeleton', 'borderTopLeftRadius')).to.equal('1px');

      // Error: the wallet cannot be loaded.
      const userId = await harness.newViewer(40);
      harness.backend.faults.add({ kind: 'status', status: 503, times: Infinity, match: { path: '/v1/wallet' } });
      configure(harness.sdk({ userId }));
      await settled(themed, 'error');
      await settled(plain, 'error');
      expect(styled('error-icon', 'color')).to.equal('rgb(90, 0, 90)');
      await expectNoAxeViolations(themed);

      // Ready and low.
      harness.backend.faults.clear();
      base(themed).click();
      await settled(themed, 'ready');
      await settled(plain, 'ready');
      expect(themed.low).to.equal(true);
      expect(styled('base', 'backgroundColor')).to.equal('rgb(255, 250, 235)');
      expect(styled('base', 'borderTopLeftRadius')).to.equal('4px');
      expect(styled('amount', 'color')).to.equal('rgb(128, 0, 32)');
      expect(styled('icon', 'color')).to.equal('rgb(0, 90, 0)');
      expect(styled('low-indicator', 'color')).to.equal('rgb(160, 0, 0)');
      expect(styled('action', 'opacity')).to.equal('0.5');
      await expectNoAxeViolations(themed);
    });

    it('reads the global tokens set on it, and its own properties over them', async () => {
      pageStyles(`
        gk-coin-balance.branded { --gk-color-surface-raised: rgb(255, 236, 240); --gk-color-coin: rgb(0, 100, 0); --gk-color-text: rgb(60, 0, 30); }
        gk-coin-balance.own { --gk-coin-balance-background: rgb(230, 255, 250); --gk-coin-balance-color: rgb(0, 40, 80); }
      `);
      await harness.viewer(12_500);
      const [plain, branded, own] = await Promise.all([
        fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance class="branded"></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance class="branded own"></gk-coin-balance>`),
      ]);
      await Promise.all([plain, branded, own].map((badge) => settled(badge, 'ready')));

      expect(colours(branded)).to.include({ background: 'rgb(255, 236, 240)', text: 'rgb(60, 0, 30)', icon: 'rgb(0, 100, 0)' });
      expect(colours(plain).background).not.to.equal('rgb(255, 236, 240)');
      expect(colours(plain).icon).not.to.equal('rgb(0, 100, 0)');
      // The component's properties win over the global tokens they default to; the rest still follow them.
      expect(colours(own)).to.include({ background: 'rgb(230, 255, 250)', text: 'rgb(0, 40, 80)', icon: 'rgb(0, 100, 0)' });
      await expectNoAxeViolations(branded);
      await expectNoAxeViolations(own);
    });

    it('keeps its token defaults over tokens inherited from an ancestor, as documented', async () => {
      // docs/widgets.md (Theming): set the tokens on the elements, "a :host default wins over a value
      // inherited from an ancestor". The colour scheme is the one token an ancestor sets (next describe).
      await harness.viewer(10);
      const plain = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      const wrapper = await fixture<HTMLElement>(html`<div style="--gk-color-surface-raised: rgb(255, 236, 240); --gk-coin-balance-background: rgb(230, 255, 250)">
        <gk-coin-balance></gk-coin-balance>
      </div>`);
      const nested = wrapper.querySelector<GkCoinBalance>('gk-coin-balance');
      if (!nested) throw new Error('no nested badge');
      await settled(plain, 'ready');
      await settled(nested, 'ready');
      expect(colours(nested)).to.deep.equal(colours(plain));
    });
  });

  describe('colour scheme', () => {
    it('follows the viewer\'s dark preference, unless its theme says otherwise', async () => {
      await harness.viewer(12_500);
      const [auto, light, dark] = await Promise.all([
        fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance theme="light"></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance theme="dark"></gk-coin-balance>`),
      ]);
      await Promise.all([auto, light, dark].map((badge) => settled(badge, 'ready')));

      await emulateMedia({ colorScheme: 'light' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
      const lightColours = colours(auto);
      const darkColours = colours(dark);
      for (const key of Object.keys(lightColours) as Array<keyof typeof lightColours>) {
        expect(darkColours[key], `the dark ${key}`).not.to.equal(lightColours[key]);
      }
      expect(colours(light)).to.deep.equal(lightColours);

      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(colours(auto), 'no theme: the viewer\'s preference').to.deep.equal(darkColours);
      expect(colours(light), 'theme="light" wins over the preference').to.deep.equal(lightColours);
      expect(colours(dark)).to.deep.equal(darkColours);
      await expectNoAxeViolations(auto);
      await expectNoAxeViolations(light);

      auto.theme = 'light';
      await auto.updateComplete;
      expect(colours(auto)).to.deep.equal(lightColours);
    });

    it('takes the scheme from --gk-color-scheme on an ancestor, below its own theme', async () => {
      await harness.viewer(40);
      const page = await fixture<HTMLElement>(html`<div style="--gk-color-scheme: dark">
        <gk-coin-balance low-balance="50"></gk-coin-balance>
        <gk-coin-balance low-balance="50" theme="light"></gk-coin-balance>
      </div>`);
      const [nested, forcedLight] = page.querySelectorAll<GkCoinBalance>('gk-coin-balance');
      if (!nested || !forcedLight) throw new Error('no nested badges');
      const [light, dark] = await Promise.all([
        fixture<GkCoinBalance>(html`<gk-coin-balance low-balance="50" theme="light"></gk-coin-balance>`),
        fixture<GkCoinBalance>(html`<gk-coin-balance low-balance="50" theme="dark"></gk-coin-balance>`),
      ]);
      await Promise.all([nested, forcedLight, light, dark].map((badge) => settled(badge, 'ready')));
      expect(colours(nested)).to.deep.equal(colours(dark));
      expect(colours(nested)).not.to.deep.equal(colours(light));
      expect(colours(forcedLight)).to.deep.equal(colours(light));
      // The low state's colour follows the scheme too.
      const lowColour = (badge: GkCoinBalance) => getComputedStyle(part(badge, 'amount')!).color;
      expect(lowColour(nested)).to.equal(lowColour(dark)).and.not.to.equal(lowColour(light));
      await expectNoAxeViolations(page);
    });
  });

  describe('motion', () => {
    it('shimmers while loading and eases its border, except with reduced motion', async () => {
      // No SDK instance is configured, so the badge stays in its loading state.
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      const motion = () => {
        const skeleton = getComputedStyle(part(badge, 'skeleton')!);
        return {
          animation: skeleton.animationName,
          animationSeconds: seconds(skeleton.animationDuration),
          iterations: skeleton.animationIterationCount,
          transitionSeconds: seconds(getComputedStyle(base(badge)).transitionDuration),
        };
      };

      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = motion();
      expect(moving.animation).to.equal('gk-shimmer');
      expect(moving.animationSeconds).to.deep.equal([1.2]);
      expect(moving.iterations).to.equal('infinite');
      expect(moving.transitionSeconds).to.have.length(2);
      expect(moving.transitionSeconds.every((s) => s >= 0.1), `transitions of ${moving.transitionSeconds.join(', ')}s`).to.equal(true);

      await emulateMedia({ reducedMotion: 'reduce' });
      const still = motion();
      expect(still.animationSeconds.every((s) => s < 0.001), `animation of ${still.animationSeconds.join(', ')}s`).to.equal(true);
      expect(still.iterations).to.equal('1');
      expect(still.transitionSeconds.every((s) => s < 0.001), `transitions of ${still.transitionSeconds.join(', ')}s`).to.equal(true);
      await expectNoAxeViolations(badge);

      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(motion()).to.deep.equal(moving);
    });

    it('turns its hover transition off in the ready state with reduced motion', async () => {
      await harness.viewer(10);
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await settled(badge, 'ready');
      expect(seconds(getComputedStyle(base(badge)).transitionDuration).every((s) => s >= 0.1)).to.equal(true);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(seconds(getComputedStyle(base(badge)).transitionDuration).every((s) => s < 0.001)).to.equal(true);
      await expectNoAxeViolations(badge);
    });
  });
});
