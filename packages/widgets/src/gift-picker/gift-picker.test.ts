import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse, getResponse, type RequestHandler } from 'msw';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Gift, GiftCatalog, Giftkit } from '@giftkit/core';
import { useHarness, fixture, until, recordEvents, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';
import { setLocale } from '../localization.js';
// The picker is not yet exported from the package entry (the lead merges the exports), so the test
// registers it from its own define module.
import './gift-picker.define.js';
import type { GkGiftPicker } from './gift-picker.js';

/** Stands in for <gk-recharge-dialog>: the picker only relies on its `show({ shortfall })`. */
class FakeRechargeDialog extends HTMLElement {
  readonly shown: Array<{ shortfall?: number } | undefined> = [];
  show(options?: { shortfall?: number }): void {
    this.shown.push(options);
  }
}
if (!customElements.get('gk-recharge-dialog')) customElements.define('gk-recharge-dialog', FakeRechargeDialog);

/** Puts a stand-in recharge dialog on the page. */
function addDialog(id?: string): FakeRechargeDialog {
  const dialog = document.createElement('gk-recharge-dialog') as unknown as FakeRechargeDialog;
  if (id) dialog.id = id;
  return document.body.appendChild(dialog);
}

const CREATOR = 'creator_lena';
const STREAM = 'stream_lena_cooking';
/** Where the mock's sandbox catalog keeps its pictures (@giftkit/server's DEFAULT_ASSET_BASE_URL). */
const ASSETS = 'https://assets.giftkit.dev';
const SEND_PATH = '/v1/gifts/send';

// ---- helpers reading the picker as a user perceives it ---------------------------------------------

function shadow(picker: GkGiftPicker): ShadowRoot {
  if (!picker.shadowRoot) throw new Error('no shadow root');
  return picker.shadowRoot;
}

function gifts(picker: GkGiftPicker): HTMLButtonElement[] {
  return [...shadow(picker).querySelectorAll<HTMLButtonElement>('[part~="gift"]')];
}

function gift(picker: GkGiftPicker, id: string): HTMLButtonElement {
  const button = shadow(picker).querySelector<HTMLButtonElement>(`[part~="gift"][data-id="${id}"]`);
  if (!button) throw new Error(`no gift ${id} on show`);
  return button;
}

/** The combo counter shown over a gift. */
function counter(picker: GkGiftPicker, id: string): HTMLElement | null {
  return gift(picker, id).closest('[role="gridcell"]')?.querySelector<HTMLElement>('[part="combo"]') ?? null;
}

function names(picker: GkGiftPicker): string[] {
  return gifts(picker).map((button) => button.querySelector('[part="gift-name"]')?.textContent ?? '');
}

function part(picker: GkGiftPicker, name: string): HTMLElement | null {
  return shadow(picker).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function tabs(picker: GkGiftPicker): HTMLButtonElement[] {
  return [...shadow(picker).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

function focused(picker: GkGiftPicker): Element | null {
  return shadow(picker).activeElement;
}

function announcement(): string {
  return document.querySelector('[data-giftkit-announcer="polite"]')?.textContent ?? '';
}

async function withControl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

async function search(picker: GkGiftPicker, text: string): Promise<void> {
  const input = part(picker, 'search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await picker.updateComplete;
}

function sends(harness: ReturnType<typeof useHarness>): number {
  return harness.backend.state.requests.filter((request) => request.method === 'POST' && request.path === SEND_PATH).length;
}

/** Mounts a picker for the configured viewer and waits until its grid shows gifts. */
async function mount(template = html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM} combo-window="300" image-origins=${ASSETS}></gk-gift-picker>`): Promise<GkGiftPicker> {
  const picker = await fixture<GkGiftPicker>(template);
  await until(() => gifts(picker).length > 0, 5000, 'the gifts');
  await picker.updateComplete;
  return picker;
}

/**
 * An SDK `fetch` that answers through `handlers` first and falls through to the page's fetch (the mock
 * backend's service worker) for anything they leave alone: an extra MSW handler in front of the backend.
 */
function fetchThrough(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return (await getResponse(handlers, request.clone())) ?? fetch(request);
  };
}

function catalogOf(list: Array<Partial<Gift> & Pick<Gift, 'id' | 'name'>>): GiftCatalog {
  return {
    version: 'custom-1',
    categories: [{ id: 'custom', name: 'Custom' }],
    gifts: list.map((entry) => ({
      coins: 5, imageUrl: 'https://assets.giftkit.test/none.png', animationUrl: null, streakable: false, categoryId: 'custom', ...entry,
    })),
  };
}

describe('<gk-gift-picker>', () => {
  const harness = useHarness();

  afterEach(async () => {
    document.querySelector('[data-giftkit-announcer="polite"]')?.replaceChildren();
    document.querySelectorAll('gk-recharge-dialog').forEach((dialog) => dialog.remove());
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  let current: Giftkit | undefined;
  const viewer = async (coins: number, options: Parameters<typeof harness.viewer>[1] = {}) => {
    const result = await harness.viewer(coins, options);
    current = result.giftkit;
    return result;
  };

  // After the harness removed the picker (which ends its combo) and before the backend is reset: the
  // last gifts must land in this test's backend, not in the next test's request log.
  afterEach(async () => {
    const giftkit = current;
    current = undefined;
    if (giftkit) await until(() => giftkit.wallet.balance.get().pending === 0, 5000, 'the last sends to settle');
  });

  describe('loading the catalog', () => {
    it('shows a polite loading status, then the grid', async () => {
      await viewer(100);
      harness.backend.faults.add({ kind: 'latency', ms: 600, match: { path: '/v1/gifts' } });
      const picker = await fixture<GkGiftPicker>(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      const status = shadow(picker).querySelector('[role="status"]');
      expect(status?.textContent?.trim()).to.equal('Loading gifts…');
      expect(part(picker, 'grid')).to.equal(null);
      await expectNoAxeViolations(picker);
      await until(() => gifts(picker).length > 0, 5000, 'the gifts');
      expect(gifts(picker)).to.have.length(44);
      expect(shadow(picker).querySelector('[role="status"]')).to.equal(null);
    });

    it('shows the failure with a retry that loads the gifts, and fires one gk-error', async () => {
      await viewer(100);
      // The first try and the SDK's three retries all fail; the retry button's request goes through.
      harness.backend.faults.add({ kind: 'status', status: 503, times: 4, match: { path: '/v1/gifts' } });
      const errors = recordEvents(document, 'gk-error');
      const picker = await fixture<GkGiftPicker>(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      await until(() => shadow(picker).querySelector('[role="alert"] button') !== null, 5000, 'the error state');
      const alert = shadow(picker).querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('The gifts could not be loaded.');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]?.operation).to.equal('catalog');
      await expectNoAxeViolations(picker);

      const retry = alert?.querySelector('button');
      expect(retry?.textContent?.trim()).to.equal('Try again');
      retry?.click();
      await until(() => gifts(picker).length === 44, 5000, 'the gifts after the retry');
      expect(errors.count).to.equal(1);
    });
  });

  describe('tabs', () => {
    it('lists All and every category as a tablist, and shows only the selected category', async () => {
      await viewer(100);
      const picker = await mount();
      expect(part(picker, 'tabs')?.getAttribute('role')).to.equal('tablist');
      expect(tabs(picker).map((tab) => tab.textContent?.trim())).to.deep.equal(['All', 'Popular', 'Love', 'Fun', 'Luxury', 'Legendary']);
      expect(tabs(picker).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false', 'false', 'false']);
      expect(tabs(picker).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);

      tabs(picker)[4]?.click();
      await picker.updateComplete;
      expect(picker.category).to.equal('luxury');
      expect(picker.getAttribute('category')).to.equal('luxury');
      expect(names(picker)).to.deep.equal(['Crown', 'Diamond Ring', 'Private Jet', 'Sports Car', 'Yacht', 'Castle', 'Mansion']);
      const panel = shadow(picker).querySelector('[role="tabpanel"]');
      expect(panel?.getAttribute('aria-labelledby')).to.equal(tabs(picker)[4]?.id);
      await expectNoAxeViolations(picker);
    });

    it('moves between tabs with the arrow keys, Home and End, selecting as it goes', async () => {
      await viewer(100);
      const picker = await mount();
      tabs(picker)[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await picker.updateComplete;
      expect(picker.category).to.equal('popular');
      expect(focused(picker)).to.equal(tabs(picker)[1]);
      await sendKeys({ press: 'End' });
      await picker.updateComplete;
      expect(picker.category).to.equal('legendary');
      await sendKeys({ press: 'ArrowRight' }); // wraps around to All
      await picker.updateComplete;
      expect(picker.category).to.equal(null);
      expect(picker.hasAttribute('category')).to.equal(false);
      await sendKeys({ press: 'ArrowLeft' });
      await picker.updateComplete;
      expect(picker.category).to.equal('legendary');
      await sendKeys({ press: 'Home' });
      await picker.updateComplete;
      expect(picker.category).to.equal(null);
      expect(focused(picker)).to.equal(tabs(picker)[0]);
    });

    it('follows the visual direction with the arrow keys in right-to-left layout', async () => {
      await viewer(100);
      const picker = await mount(html`<gk-gift-picker dir="rtl" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      tabs(picker)[0]?.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await picker.updateComplete;
      expect(picker.category).to.equal('popular');
    });

    it('shows every gift for a category the catalog does not have', async () => {
      await viewer(100);
      const picker = await mount(html`<gk-gift-picker category="nope" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      expect(gifts(picker)).to.have.length(44);
      expect(tabs(picker)[0]?.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('search', () => {
    it('filters by name ignoring case and accents, and announces the count politely', async () => {
      await viewer(100);
      const picker = await mount();
      await search(picker, 'HEART');
      expect(names(picker)).to.deep.equal(['Heart Me', 'Finger Heart', 'Heart', 'Hand Hearts', 'Heart Rain']);
      await until(() => announcement() === '5 gifts found', 3000, 'the result count');

      await search(picker, 'unívérsé');
      expect(names(picker)).to.deep.equal(['Universe']);
      await until(() => announcement() === '1 gift found', 3000, 'the single result');
      await expectNoAxeViolations(picker);
    });

    it('searches within the selected tab', async () => {
      await viewer(100);
      const picker = await mount(html`<gk-gift-picker category="love" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      await search(picker, 'heart');
      expect(names(picker)).to.deep.equal(['Heart Me', 'Finger Heart', 'Heart', 'Hand Hearts', 'Heart Rain']);
      await search(picker, 'rose');
      expect(gifts(picker)).to.have.length(0);
    });

    it('shows and announces an empty state when nothing matches', async () => {
      await viewer(100);
      const picker = await mount();
      await search(picker, 'zeppelin');
      expect(part(picker, 'grid')).to.equal(null);
      expect(part(picker, 'empty')?.textContent).to.equal('No gifts match “zeppelin”.');
      await until(() => announcement() === 'No gifts match “zeppelin”.', 3000, 'the empty announcement');
      await expectNoAxeViolations(picker);
      await search(picker, '');
      expect(gifts(picker)).to.have.length(44);
    });
  });

  describe('gifts', () => {
    it('shows each gift with a lazy image, its name as text and its price, and names it for assistive technology', async () => {
      await viewer(100);
      const picker = await mount();
      const universe = gift(picker, 'universe');
      expect(universe.querySelector('[part="gift-name"]')?.textContent).to.equal('Universe');
      expect(universe.querySelector('[part="gift-price"]')?.textContent).to.equal('44,999');
      const image = gift(picker, 'rose').querySelector('img');
      expect(image?.getAttribute('loading')).to.equal('lazy');
      expect(image?.alt).to.equal('');
      // Allowed by the image-origins that mount() sets. The sandbox images cannot load here: the src stays
      // until the image's error event, then goes.
      if (image?.hasAttribute('src')) expect(image.getAttribute('src')).to.equal('https://assets.giftkit.dev/gifts/rose.webp');
      else expect(gift(picker, 'rose').querySelector('.fallback')).to.exist;
      expect(gift(picker, 'rose').getAttribute('aria-label')).to.equal('Rose, 1 coin');
    });

    it('mutes the gifts the viewer cannot afford and says so, following the live balance', async () => {
      const { giftkit } = await viewer(100);
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 100, 3000, 'the balance');
      await picker.updateComplete;
      expect(gift(picker, 'hand_hearts').getAttribute('part')).to.equal('gift');
      expect(gift(picker, 'hand_hearts').getAttribute('aria-label')).to.equal('Hand Hearts, 100 coins');
      expect(gift(picker, 'heart_rain').getAttribute('part')).to.equal('gift gift-unaffordable');
      expect(gift(picker, 'heart_rain').getAttribute('aria-label')).to.equal('Heart Rain, 149 coins, not enough coins');
      expect(gifts(picker).filter((button) => button.part.contains('gift-unaffordable'))).to.have.length(24);
      await expectNoAxeViolations(picker);

      // Another part of the page spends a coin: the picker follows the balance store.
      await giftkit.gifts.send('rose', { recipientId: CREATOR, streamId: STREAM });
      await picker.updateComplete;
      expect(gift(picker, 'hand_hearts').part.contains('gift-unaffordable')).to.equal(true);
    });

    it('shows a fallback glyph when an image fails, and renders a hostile name and URL inert', async () => {
      const hostileName = '<img src=x onerror="window.__pwned=1">';
      const catalog = catalogOf([
        { id: 'local', name: 'Local', imageUrl: new URL('/node_modules/istanbul-reports/lib/html/assets/favicon.png', location.href).href },
        { id: 'missing', name: 'Missing', imageUrl: `${BASE_URL}/assets/missing.png` },
        { id: 'hostile', name: hostileName, imageUrl: 'http://evil.example/x.png' },
      ]);
      const catalogHandler = http.get(`${BASE_URL}/v1/gifts`, () => HttpResponse.json(catalog));
      await viewer(100, { fetch: fetchThrough([catalogHandler]) });
      const picker = await mount();
      expect(names(picker)).to.deep.equal(['Local', 'Missing', hostileName]);

      for (const id of ['local', 'missing']) {
        const image = gift(picker, id).querySelector('img');
        expect(image?.getAttribute('loading')).to.equal('lazy');
        expect(image?.getAttribute('src')).to.equal(catalog.gifts.find((entry) => entry.id === id)?.imageUrl);
      }
      // Lazy images load only while the page is rendered (a test page may run in the background), so
      // the failure of the missing one is the image's own error event.
      expect(gift(picker, 'missing').querySelector('.fallback')).to.equal(null);
      gift(picker, 'missing').querySelector('img')?.dispatchEvent(new Event('error'));
      await picker.updateComplete;
      expect(gift(picker, 'missing').querySelector('img')?.hasAttribute('src')).to.equal(false);
      expect(getComputedStyle(gift(picker, 'missing').querySelector('img') as HTMLImageElement).display).to.equal('none');
      expect(gift(picker, 'missing').querySelector('.fallback[part="gift-image"] svg')).to.exist;
      expect(gift(picker, 'local').querySelector('img')?.hasAttribute('src')).to.equal(true);
      expect(gift(picker, 'local').querySelector('.fallback')).to.equal(null);

      const hostile = gift(picker, 'hostile');
      expect(hostile.querySelector('[part="gift-name"]')?.textContent).to.equal(hostileName);
      expect(hostile.querySelector('[part="gift-name"]')?.children).to.have.length(0);
      expect(hostile.querySelector('img')?.hasAttribute('src')).to.equal(false); // an http: URL off localhost never reaches src
      expect(hostile.querySelector('.fallback')).to.exist;
      expect(shadow(picker).querySelectorAll('img[src="x"]')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      await expectNoAxeViolations(picker);
    });

    it('refuses a catalog carrying a javascript: image URL: nothing of it reaches the page', async () => {
      const catalog = catalogOf([{ id: 'evil', name: 'Evil', imageUrl: 'javascript:window.__pwned=1' }]);
      const catalogHandler = http.get(`${BASE_URL}/v1/gifts`, () => HttpResponse.json(catalog));
      await viewer(100, { fetch: fetchThrough([catalogHandler]) });
      const errors = recordEvents(document, 'gk-error');
      const picker = await fixture<GkGiftPicker>(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      await until(() => errors.count === 1, 3000, 'the schema error');
      expect((errors.events[0]?.error as Error).name).to.equal('SchemaError');
      await picker.updateComplete;
      expect(shadow(picker).querySelectorAll('img, [part~="gift"]')).to.have.length(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('top-up for an unaffordable gift', () => {
    it('fires gk-recharge-request with exactly the shortfall and opens the recharge dialog for it', async () => {
      const { giftkit } = await viewer(100);
      const dialog = addDialog();
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 100, 3000, 'the balance');
      const requests = recordEvents(picker, 'gk-recharge-request');
      const sendEvents = recordEvents(picker, 'gk-gift-send');
      gift(picker, 'heart_rain').click();
      expect(requests.count).to.equal(1);
      expect(requests.events[0]?.shortfall).to.equal(49);
      expect(sendEvents.count).to.equal(0);
      await until(() => dialog.shown.length === 1, 3000, 'the dialog');
      expect(dialog.shown[0]).to.deep.equal({ shortfall: 49 });
      expect(sends(harness)).to.equal(0);
    });

    it('opens the dialog named by recharge-dialog, or none when the request is prevented', async () => {
      const { giftkit } = await viewer(10);
      const first = addDialog();
      const named = addDialog('shop');
      const picker = await mount(html`<gk-gift-picker recharge-dialog="shop" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      await until(() => giftkit.wallet.balance.get().coins === 10, 3000, 'the balance');
      gift(picker, 'universe').click();
      await until(() => named.shown.length === 1, 3000, 'the named dialog');
      expect(named.shown[0]).to.deep.equal({ shortfall: 44_989 });
      expect(first.shown).to.have.length(0);

      picker.addEventListener('gk-recharge-request', (event) => event.preventDefault(), { once: true });
      gift(picker, 'universe').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(named.shown).to.have.length(1);
    });

    it('creates a recharge dialog when the page has none (in the body, outside any provider)', async () => {
      const { giftkit } = await viewer(0);
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 0, 3000, 'the balance');
      expect(document.querySelector('gk-recharge-dialog')).to.equal(null);
      gift(picker, 'rose').click();
      const created = () => document.querySelector('gk-recharge-dialog') as unknown as FakeRechargeDialog | null;
      await until(() => (created()?.shown.length ?? 0) === 1, 3000, 'the created dialog');
      expect(created()?.parentElement).to.equal(document.body);
      expect(created()?.shown[0]).to.deep.equal({ shortfall: 1 });
      created()?.remove();
    });
  });

  describe('sending', () => {
    it('fires gk-gift-send, sends once, then fires gk-gift-sent and announces it', async () => {
      const { giftkit } = await viewer(500);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      const after = recordEvents(picker, 'gk-gift-sent');
      gift(picker, 'hand_hearts').click();
      expect(before.count).to.equal(1);
      expect(before.events[0]?.gift.id).to.equal('hand_hearts');
      expect(before.events[0]).to.include({ count: 1, recipientId: CREATOR, streamId: STREAM, cancelable: true });
      await until(() => after.count === 1, 3000, 'gk-gift-sent');
      expect(after.events[0]?.sent).to.include({ giftId: 'hand_hearts', count: 1, coins: 100, balance: 400 });
      expect(sends(harness)).to.equal(1);
      expect(giftkit.wallet.balance.get().coins).to.equal(400);
      await until(() => announcement() === 'Sent Hand Hearts.', 3000, 'the announcement');
    });

    it('sends nothing when gk-gift-send is prevented', async () => {
      await viewer(500);
      const picker = await mount();
      picker.addEventListener('gk-gift-send', (event) => event.preventDefault());
      const after = recordEvents(picker, 'gk-gift-sent');
      gift(picker, 'hand_hearts').click();
      gift(picker, 'rose').click();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(sends(harness)).to.equal(0);
      expect(after.count).to.equal(0);
      expect(part(picker, 'combo')).to.equal(null);
    });

    it('sends repeated taps on a streakable gift as one combo with a visible counter', async () => {
      const { userId, giftkit } = await viewer(500);
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 500, 3000, 'the balance');
      const before = recordEvents(picker, 'gk-gift-send');
      const sent = recordEvents(picker, 'gk-gift-sent');
      const ends = recordEvents(picker, 'gk-combo-end');
      for (let tap = 0; tap < 5; tap++) gift(picker, 'rose').click();
      await picker.updateComplete;
      expect(before.count).to.equal(5);
      expect(counter(picker, 'rose')?.textContent).to.equal('×5');
      expect(gift(picker, 'rose').getAttribute('aria-label')).to.equal('Rose, 1 coin, ×5');
      expect(giftkit.wallet.balance.get().coins).to.equal(495); // debited at once
      await expectNoAxeViolations(picker);

      await until(() => ends.count === 1, 5000, 'the end of the combo');
      expect(ends.events[0]).to.include({ sent: 5, error: undefined });
      expect(ends.events[0]?.gift.id).to.equal('rose');
      // The first tap goes out at once; the four after it travel together when the combo ends.
      expect(sends(harness)).to.equal(2);
      // One gk-gift-sent per confirmed send, each with the streak's running count and the balance after it.
      expect(sent.events.map((e) => [e.gift.id, e.sent.count, e.sent.comboCount, e.sent.balance])).to.deep.equal([
        ['rose', 1, 1, 499],
        ['rose', 4, 5, 495],
      ]);
      expect(new Set(sent.events.map((e) => e.sent.comboId))).to.deep.equal(new Set([ends.events[0]?.comboId]));
      expect(await harness.backend.state.balance(userId)).to.equal(495);
      await picker.updateComplete;
      expect(part(picker, 'combo')).to.equal(null);
      await until(() => announcement() === 'Sent Rose ×5.', 3000, 'the combo announcement');
    });

    it('ends a combo when another gift is chosen', async () => {
      await viewer(500);
      const picker = await mount(html`<gk-gift-picker combo-window="5000" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      const ends = recordEvents(picker, 'gk-combo-end');
      gift(picker, 'rose').click();
      gift(picker, 'rose').click();
      gift(picker, 'gg').click();
      await until(() => ends.count === 1, 3000, 'the end of the first combo');
      expect(ends.events[0]?.gift.id).to.equal('rose');
      expect(ends.events[0]?.sent).to.equal(2);
      await picker.updateComplete;
      expect(counter(picker, 'gg')?.textContent).to.equal('×1');
    });

    it('repeats while a streakable gift is held down with the pointer, and the release adds nothing', async () => {
      await viewer(500);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      const ends = recordEvents(picker, 'gk-combo-end');
      const rose = gift(picker, 'rose');
      const init = { bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true };
      rose.dispatchEvent(new PointerEvent('pointerdown', init));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      rose.dispatchEvent(new PointerEvent('pointerup', init));
      rose.click(); // the click that ends a press
      const held = before.count;
      // 400 ms before the first repeat, then one every 160 ms: four or five in a second.
      expect(held).to.be.within(3, 6);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(before.count).to.equal(held);
      await until(() => ends.count === 1, 5000, 'the end of the combo');
      expect(ends.events[0]?.sent).to.equal(held);
    });

    it('repeats while Enter is held on a streakable gift', async () => {
      await viewer(500);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      gift(picker, 'rose').focus();
      await sendKeys({ down: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await sendKeys({ up: 'Enter' });
      const held = before.count;
      expect(held).to.be.within(4, 7); // one on the press, then the repeats
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(before.count).to.equal(held);
    });

    it('sends once on a Space tap (on release), and repeats while Space is held', async () => {
      await viewer(500);
      const picker = await mount(html`<gk-gift-picker combo-window="2000" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      const before = recordEvents(picker, 'gk-gift-send');
      gift(picker, 'gg').focus();
      await sendKeys({ down: ' ' });
      expect(before.count).to.equal(0); // Space acts on release, like a native button
      await sendKeys({ up: ' ' });
      expect(before.count).to.equal(1);
      await sendKeys({ down: ' ' });
      await new Promise((resolve) => setTimeout(resolve, 900));
      await sendKeys({ up: ' ' });
      const held = before.count - 1;
      expect(held).to.be.within(2, 5); // the repeats only: the release adds none
      await picker.updateComplete;
      expect(counter(picker, 'gg')?.textContent).to.equal(`×${1 + held}`);
    });

    it('settles a running combo when the picker leaves the page', async () => {
      const { userId } = await viewer(500);
      const picker = await mount(html`<gk-gift-picker combo-window="60000" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      const ends = recordEvents(picker, 'gk-combo-end');
      for (let tap = 0; tap < 4; tap++) gift(picker, 'rose').click();
      picker.remove();
      await until(() => ends.count === 1, 5000, 'the end of the combo');
      expect(ends.events[0]?.sent).to.equal(4);
      expect(await harness.backend.state.balance(userId)).to.equal(496);
    });

    it('stops repeating and offers the top-up when the balance runs out while held', async () => {
      const { giftkit } = await viewer(3);
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 3, 3000, 'the balance');
      const before = recordEvents(picker, 'gk-gift-send');
      const requests = recordEvents(picker, 'gk-recharge-request');
      gift(picker, 'rose').focus();
      await sendKeys({ down: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await sendKeys({ up: 'Enter' });
      expect(before.count).to.equal(3);
      expect(requests.count).to.equal(1);
      expect(requests.events[0]?.shortfall).to.equal(1);
    });
  });

  describe('confirmation', () => {
    it('asks before sending a gift at or above confirm-above, with focus on Cancel', async () => {
      await viewer(50_000);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      gift(picker, 'universe').click();
      await until(() => part(picker, 'confirm') !== null, 3000, 'the confirmation');
      await picker.updateComplete;
      const confirm = part(picker, 'confirm');
      expect(confirm?.getAttribute('role')).to.equal('group');
      expect(confirm?.querySelector('p')?.textContent).to.equal('Send Universe for 44,999 coins?');
      expect(focused(picker)?.textContent?.trim()).to.equal('Cancel');
      expect(before.count).to.equal(0);
      await expectNoAxeViolations(picker);

      await sendKeys({ press: 'Escape' });
      await picker.updateComplete;
      expect(part(picker, 'confirm')).to.equal(null);
      expect(focused(picker)).to.equal(gift(picker, 'universe'));
      expect(before.count).to.equal(0);

      // Exactly at the threshold asks too; just below does not.
      gift(picker, 'galaxy').click();
      await until(() => part(picker, 'confirm') !== null, 3000, 'the confirmation at the threshold');
      expect(part(picker, 'confirm')?.textContent).to.contain('Send Galaxy for 1,000 coins?');
      (part(picker, 'confirm')?.querySelector('[data-answer="cancel"]') as HTMLButtonElement).click();
      await picker.updateComplete;
      expect(part(picker, 'confirm')).to.equal(null);
      expect(before.count).to.equal(0);
      gift(picker, 'swan').click(); // 699 coins
      await picker.updateComplete;
      expect(before.count).to.equal(1);
      expect(part(picker, 'confirm')).to.equal(null);
    });

    it('sends once confirmed, and fires gk-gift-send and gk-gift-sent once each', async () => {
      await viewer(50_000);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      const after = recordEvents(picker, 'gk-gift-sent');
      gift(picker, 'universe').click();
      await until(() => part(picker, 'confirm') !== null, 3000, 'the confirmation');
      (part(picker, 'confirm')?.querySelector('[data-answer="send"]') as HTMLButtonElement).click();
      await until(() => after.count === 1, 3000, 'gk-gift-sent');
      expect(before.count).to.equal(1);
      expect(sends(harness)).to.equal(1);
      expect(after.events[0]?.sent).to.include({ giftId: 'universe', coins: 44_999, balance: 5001 });
      await picker.updateComplete;
      expect(part(picker, 'confirm')).to.equal(null);
      expect(focused(picker)).to.equal(gift(picker, 'universe'));
    });

    it('follows confirm-above', async () => {
      await viewer(50_000);
      const picker = await mount(html`<gk-gift-picker confirm-above="49" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      gift(picker, 'cheer').click();
      await until(() => part(picker, 'confirm') !== null, 3000, 'the confirmation');
      expect(part(picker, 'confirm')?.textContent).to.contain('Send Cheer for 49 coins?');
      (part(picker, 'confirm')?.querySelector('[data-answer="cancel"]') as HTMLButtonElement).click();
      await picker.updateComplete;
      gift(picker, 'balloons').click(); // 9 coins: below the threshold
      await picker.updateComplete;
      expect(part(picker, 'confirm')).to.equal(null);
    });
  });

  describe('send failures', () => {
    it('says when a gift would pass the viewer\'s budget', async () => {
      const { giftkit } = await viewer(1000);
      await giftkit.wallet.setBudgets([{ unit: 'coins', period: 'day', limit: 50 }]);
      const picker = await mount();
      const errors = recordEvents(picker, 'gk-error');
      gift(picker, 'hand_hearts').click();
      await until(() => (part(picker, 'notice')?.textContent ?? '').includes('spending limit'), 3000, 'the budget message');
      expect(part(picker, 'notice')?.getAttribute('role')).to.equal('alert');
      expect(part(picker, 'notice')?.textContent?.trim()).to.equal('This gift would go over your spending limit.');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]?.operation).to.equal('send');
      await expectNoAxeViolations(picker);
    });

    it('says when the account may not send gifts', async () => {
      const { userId } = await viewer(1000);
      await harness.backend.state.setAge(userId, 15);
      const picker = await mount();
      gift(picker, 'hand_hearts').click();
      await until(() => (part(picker, 'notice')?.textContent ?? '').includes('cannot send gifts'), 3000, 'the age message');
      expect(part(picker, 'notice')?.getAttribute('role')).to.equal('alert');
      expect(part(picker, 'notice')?.textContent?.trim()).to.equal('Your account cannot send gifts.');
      await expectNoAxeViolations(picker);
    });

    it('stops a combo that runs out of funds on the server and offers the exact top-up', async () => {
      const { userId, giftkit } = await viewer(10);
      const picker = await mount();
      await until(() => giftkit.wallet.balance.get().coins === 10, 3000, 'the balance');
      // Another device spends 8 of the 10 coins; this tab still believes it has 10.
      await harness.sdk({ userId }).gifts.send('rose', { recipientId: CREATOR, streamId: STREAM, count: 8 });
      const ends = recordEvents(picker, 'gk-combo-end');
      const requests = recordEvents(picker, 'gk-recharge-request');
      for (let tap = 0; tap < 5; tap++) gift(picker, 'rose').click();
      await until(() => ends.count === 1, 5000, 'the end of the combo');
      expect(ends.events[0]?.sent).to.equal(1);
      expect(ends.events[0]?.error?.code).to.equal('insufficient_funds');
      await picker.updateComplete;
      expect(part(picker, 'notice')?.textContent).to.contain('You need 3 more coins for this gift.');
      await expectNoAxeViolations(picker);
      (part(picker, 'notice')?.querySelector('button') as HTMLButtonElement).click();
      expect(requests.count).to.equal(1);
      expect(requests.events[0]?.shortfall).to.equal(3);
    });
  });

  describe('keyboard', () => {
    /** A picker whose layout is known: 100 px tiles, no gaps, three rows visible. */
    const sized = () => mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM} combo-window="300"
      style="width: 520px; --gk-picker-cell-size: 100px; --gk-picker-cell-height: 100px; --gk-picker-gap: 0px; --gk-picker-max-height: 300px"></gk-gift-picker>`);

    function columns(picker: GkGiftPicker): number {
      return shadow(picker).querySelector('[role="row"]')?.children.length ?? 0;
    }

    function activeIndex(picker: GkGiftPicker): number {
      return gifts(picker).indexOf(focused(picker) as HTMLButtonElement);
    }

    it('sends a gift with the keyboard alone: Tab into the grid, arrows, Enter', async () => {
      await viewer(500);
      const picker = await mount();
      const before = recordEvents(picker, 'gk-gift-send');
      const after = recordEvents(picker, 'gk-gift-sent');
      const requests = recordEvents(picker, 'gk-recharge-request');
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' }); // the selected tab: the tablist is one tab stop
      expect(focused(picker)).to.equal(tabs(picker)[0]);
      await sendKeys({ press: 'ArrowRight' }); // Popular
      await sendKeys({ press: 'Tab' }); // the search box
      expect(focused(picker)).to.equal(part(picker, 'search'));
      await sendKeys({ press: 'Tab' }); // the grid: one tab stop, on its first gift
      expect(focused(picker)).to.equal(gift(picker, 'rose'));
      expect(gifts(picker).filter((button) => button.tabIndex === 0)).to.have.length(1);
      await withControl('End'); // the last Popular gift: Confetti, 100 coins, no combo
      expect(focused(picker)).to.equal(gift(picker, 'confetti'));
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await until(() => after.count === 1, 3000, 'gk-gift-sent');
      expect(before.count).to.equal(1);
      expect(before.events[0]?.gift.id).to.equal('confetti');
      expect(after.events[0]?.sent.giftId).to.equal('confetti');
      expect(requests.count).to.equal(0);
      expect(sends(harness)).to.equal(1);
      await sendKeys({ press: 'Tab' }); // out of the grid, not through its other gifts
      expect(focused(picker)?.getAttribute('role')).to.not.equal('gridcell');
      expect(gifts(picker)).to.not.include(focused(picker));
    });

    it('moves by cells, rows, row ends, grid ends and pages', async () => {
      await viewer(500);
      const picker = await sized();
      const cols = columns(picker);
      expect(cols).to.be.within(3, 5);
      expect(shadow(picker).querySelectorAll('[role="row"]')).to.have.length(Math.ceil(44 / cols));
      gift(picker, 'rose').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(activeIndex(picker)).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect(activeIndex(picker)).to.equal(1 + cols);
      await sendKeys({ press: 'End' });
      expect(activeIndex(picker)).to.equal(2 * cols - 1);
      await sendKeys({ press: 'ArrowRight' }); // runs on into the next row
      expect(activeIndex(picker)).to.equal(2 * cols);
      await sendKeys({ press: 'Home' });
      expect(activeIndex(picker)).to.equal(2 * cols);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeIndex(picker)).to.equal(cols);
      await sendKeys({ press: 'PageDown' }); // three rows fit in the 300 px grid
      expect(activeIndex(picker)).to.equal(4 * cols);
      await sendKeys({ press: 'PageUp' });
      expect(activeIndex(picker)).to.equal(cols);
      await withControl('End');
      expect(activeIndex(picker)).to.equal(43);
      await sendKeys({ press: 'ArrowRight' }); // stays on the last gift
      expect(activeIndex(picker)).to.equal(43);
      await withControl('Home');
      expect(activeIndex(picker)).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeIndex(picker)).to.equal(0);
      expect(gifts(picker).filter((button) => button.tabIndex === 0)).to.deep.equal([gift(picker, 'rose')]);
      await expectNoAxeViolations(picker);
    });

    it('mirrors the arrow keys in right-to-left layout', async () => {
      await viewer(500);
      const picker = await mount(html`<gk-gift-picker dir="rtl" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      gift(picker, 'gg').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(picker)).to.equal(gift(picker, 'ice_cream'));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(picker)).to.equal(gift(picker, 'rose'));
    });

    it('keeps focus on the same gift when a re-render rebuilds its cell', async () => {
      // The second catalog puts six new gifts first, which moves Heart into another row.
      const first = catalogOf([{ id: 'heart', name: 'Heart' }, { id: 'a', name: 'A' }, { id: 'b', name: 'B' }]);
      const added = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'].map((id) => ({ ...first.gifts[1], id, name: id.toUpperCase() }) as Gift);
      const second = { ...first, version: 'custom-2', gifts: [...added, ...first.gifts] };
      let served = first;
      const catalogHandler = http.get(`${BASE_URL}/v1/gifts`, () => HttpResponse.json(served));
      const { giftkit } = await viewer(500, { fetch: fetchThrough([catalogHandler]) });
      const picker = await sized();
      gift(picker, 'heart').focus();
      const cell = gift(picker, 'heart');
      served = second;
      await picker.reload();
      await picker.updateComplete;
      expect(names(picker)[0]).to.equal('N1');
      expect(gift(picker, 'heart')).to.not.equal(cell); // rebuilt in its new row…
      expect(focused(picker)).to.equal(gift(picker, 'heart')); // …and focused again
      // A balance change re-renders every cell; focus stays put.
      await giftkit.gifts.send('rose', { recipientId: CREATOR, streamId: STREAM });
      await picker.updateComplete;
      expect(focused(picker)).to.equal(gift(picker, 'heart'));
    });

    it('keeps the tab stop on the same gift while a search still shows it', async () => {
      await viewer(500);
      const picker = await mount();
      gift(picker, 'heart').focus();
      await sendKeys({ press: 'ArrowRight' }); // perfume
      part(picker, 'search')?.focus();
      await search(picker, 'e');
      expect(gift(picker, 'perfume').tabIndex).to.equal(0);
      await search(picker, 'perf');
      expect(gift(picker, 'perfume').tabIndex).to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(focused(picker)).to.equal(gift(picker, 'perfume'));
      part(picker, 'search')?.focus();
      await search(picker, 'rose'); // perfume is hidden: the tab stop moves to the first result
      expect(gift(picker, 'rose').tabIndex).to.equal(0);
      await search(picker, '');
      expect(gift(picker, 'rose').tabIndex).to.equal(0);
      expect(gifts(picker).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });
  });

  describe('properties and events', () => {
    it('fires no event when its properties are set from code', async () => {
      await viewer(100);
      const picker = await mount();
      const types = ['gk-gift-send', 'gk-gift-sent', 'gk-combo-end', 'gk-recharge-request', 'gk-error', 'change', 'input'] as const;
      const fail = (event: Event): void => expect.fail(`${event.type} fired for a property set from code`);
      for (const type of types) document.addEventListener(type, fail);
      try {
        picker.category = 'luxury';
        picker.confirmAbove = 1;
        picker.recipientId = 'creator_kai';
        picker.streamId = 'stream_2';
        picker.comboWindow = 10;
        picker.rechargeDialog = 'shop';
        // Dropping the picture CDN from the allowlist takes its pictures off the grid at once.
        picker.imageOrigins = [];
        await picker.updateComplete;
        expect(shadow(picker).querySelectorAll(`img[src^="${ASSETS}/"]`)).to.have.length(0);
        expect(gift(picker, 'crown').querySelector('.fallback')).to.exist;
        picker.setAttribute('image-origins', `https://cdn.example ${ASSETS}`);
        expect(picker.imageOrigins).to.deep.equal(['https://cdn.example', ASSETS]);
        picker.setAttribute('category', 'love');
        picker.setAttribute('confirm-above', '5');
        picker.removeAttribute('stream-id');
        await picker.updateComplete;
        expect(names(picker)[0]).to.equal('Heart Me');
        picker.category = null;
        await picker.reload();
        await picker.updateComplete;
        expect(gifts(picker)).to.have.length(44);
      } finally {
        for (const type of types) document.removeEventListener(type, fail);
      }
    });

    it('asks for recipient-id and stream-id before sending anything', async () => {
      await viewer(100);
      const picker = await mount(html`<gk-gift-picker></gk-gift-picker>`);
      const before = recordEvents(picker, 'gk-gift-send');
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        gift(picker, 'rose').click();
      } finally {
        console.warn = warn;
      }
      expect(String(warnings[0]?.[0])).to.contain('https://giftkit.dev/msg/picker-no-target');
      await picker.updateComplete;
      expect(before.count).to.equal(0);
      expect(part(picker, 'notice')?.textContent?.trim()).to.equal('Gifts cannot be sent here right now.');
      expect(sends(harness)).to.equal(0);
      await expectNoAxeViolations(picker);
    });

    it('bumps the combo counter, except with reduced motion', async () => {
      await viewer(100);
      // A long combo window: switching the media emulation between the two taps can take longer than 300 ms.
      const picker = await mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM} combo-window="10000" image-origins=${ASSETS}></gk-gift-picker>`);
      gift(picker, 'rose').click();
      await picker.updateComplete;
      expect(getComputedStyle(part(picker, 'combo') as HTMLElement).animationName).to.equal('bump');
      await emulateMedia({ reducedMotion: 'reduce' });
      gift(picker, 'rose').click();
      await picker.updateComplete;
      expect(part(picker, 'combo')?.textContent).to.equal('×2');
      expect(getComputedStyle(part(picker, 'combo') as HTMLElement).animationName).to.equal('none');
    });
  });

  describe('languages', () => {
    afterEach(() => setLocale('en'));

    it('speaks Spanish', async () => {
      await viewer(100);
      const picker = await mount();
      await setLocale('es');
      await picker.updateComplete;
      expect(tabs(picker)[0]?.textContent?.trim()).to.equal('Todos');
      expect(part(picker, 'search')?.getAttribute('placeholder')).to.equal('Buscar regalos');
      expect(gift(picker, 'rose').getAttribute('aria-label')).to.equal('Rose, 1 moneda');
      expect(gift(picker, 'universe').getAttribute('aria-label')).to.equal('Universe, 44,999 monedas, no tienes suficientes monedas');
      await search(picker, 'zzz');
      expect(part(picker, 'empty')?.textContent).to.equal('Ningún regalo coincide con «zzz».');
    });

    it('speaks Arabic, right to left', async () => {
      await viewer(100);
      const picker = await mount(html`<gk-gift-picker dir="rtl" recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
      await setLocale('ar');
      await picker.updateComplete;
      expect(tabs(picker)[0]?.textContent?.trim()).to.equal('الكل');
      expect(gift(picker, 'rose').getAttribute('aria-label')).to.equal('Rose، 1 عملة');
      // The plural after 3 to 10, the singular after 11 to 99 (figures as Intl writes them in Arabic).
      const arabic = new Intl.NumberFormat('ar');
      expect(gift(picker, 'panda').getAttribute('aria-label')).to.equal(`Panda، ${arabic.format(5)} عملات`);
      expect(gift(picker, 'perfume').getAttribute('aria-label')).to.equal(`Perfume، ${arabic.format(20)} عملة`);
      await expectNoAxeViolations(picker);
    });

    it('lays the grid and the tabs out from the right in Arabic under an ancestor\'s dir="rtl"', async () => {
      await viewer(100);
      await setLocale('ar');
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM} image-origins=${ASSETS}
        style="width: 520px; --gk-picker-cell-size: 100px; --gk-picker-gap: 0px"></gk-gift-picker></div>`);
      const picker = wrapper.querySelector('gk-gift-picker') as GkGiftPicker;
      await until(() => gifts(picker).length > 0, 5000, 'the gifts');
      await picker.updateComplete;
      expect(tabs(picker)[0]?.textContent?.trim()).to.equal('الكل');

      const grid = part(picker, 'grid') as HTMLElement;
      const box = grid.getBoundingClientRect();
      const cells = gifts(picker).map((button) => (button.closest('[role="gridcell"]') as HTMLElement).getBoundingClientRect());
      const [first, second] = cells;
      if (!first || !second) throw new Error('fewer than two gifts');
      // The first gift starts the row at the right: only the grid's padding (and, wherever the browser puts
      // it, the scrollbar's reserved gutter) lies between it and the grid's right edge.
      const inset = parseFloat(getComputedStyle(grid).paddingRight) + (grid.offsetWidth - grid.clientWidth) + 1;
      expect(box.right - first.right, 'first gift against the right edge').to.be.within(0, inset);
      expect(first.left - box.left, 'the first gift in the right half').to.be.above(box.width / 2);
      // The second follows to its left, on the same row.
      expect(second.top).to.be.closeTo(first.top, 0.5);
      expect(second.right).to.be.at.most(first.left + 0.5);
      const row = shadow(picker).querySelector('[role="row"]')?.children.length ?? 0;
      expect(row).to.be.at.least(3);
      for (let index = 1; index < row; index++) {
        expect(cells[index]?.right, `gift ${index + 1} left of gift ${index}`).to.be.at.most((cells[index - 1]?.left ?? 0) + 0.5);
      }

      // The tabs run right to left too: "All" at the right end of the tab list, each next tab to the left.
      const list = (part(picker, 'tabs') as HTMLElement).getBoundingClientRect();
      const tabBoxes = tabs(picker).map((tab) => tab.getBoundingClientRect());
      expect(list.right - (tabBoxes[0]?.right ?? 0), '"All" against the right end').to.be.within(0, 1);
      for (let index = 1; index < tabBoxes.length; index++) {
        expect(tabBoxes[index]?.top).to.be.closeTo(tabBoxes[0]?.top ?? 0, 0.5);
        expect(tabBoxes[index]?.right, `tab ${index + 1} left of tab ${index}`).to.be.at.most((tabBoxes[index - 1]?.left ?? 0) + 0.5);
      }
      await expectNoAxeViolations(picker);
    });
  });
});
