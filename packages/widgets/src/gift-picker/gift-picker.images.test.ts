// <gk-gift-picker>'s image allowlist: which origins a gift picture may load from. A file of its own because
// the dev-mode warning is printed once per page, and each test file runs in a page of its own.
import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse, getResponse, type RequestHandler } from 'msw';
import type { GiftCatalog } from '@giftkit/core';
import { useHarness, fixture, until, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';
import { setLocale } from '../localization.js';
import './gift-picker.define.js';
import type { GkGiftPicker } from './gift-picker.js';

const CREATOR = 'creator_lena';
const STREAM = 'stream_lena_cooking';

/** A picture on this test page's own origin (a file the test server has). */
const PAGE_IMAGE = new URL('/node_modules/istanbul-reports/lib/html/assets/favicon.png', location.href).href;
/** A picture on the wallet API's origin. */
const WALLET_IMAGE = `${BASE_URL}/assets/gifts/wallet.png`;
/** A picture on a CDN that the host lists in image-origins. */
const CDN_IMAGE = 'https://cdn.gifts.test/art/cdn.png';
/** A picture on an origin nobody allowed: a tracking pixel. */
const TRACKER_IMAGE = 'https://tracker.evil.test/pixel.png?viewer=ada';

const catalog: GiftCatalog = {
  version: 'images-1',
  categories: [{ id: 'custom', name: 'Custom' }],
  gifts: [
    ['page', 'Page', PAGE_IMAGE],
    ['wallet', 'Wallet', WALLET_IMAGE],
    ['cdn', 'CDN', CDN_IMAGE],
    ['tracker', 'Tracker', TRACKER_IMAGE],
  ].map(([id, name, imageUrl]) => ({
    id: id as string, name: name as string, imageUrl: imageUrl as string, coins: 5, animationUrl: null, streakable: false, categoryId: 'custom',
  })),
};

/**
 * An SDK `fetch` that serves `catalog` for the gift list and falls through to the page's fetch (the mock
 * backend's service worker) for everything else.
 */
function fetchThrough(handlers: RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return (await getResponse(handlers, request.clone())) ?? fetch(request);
  };
}

function shadow(picker: GkGiftPicker): ShadowRoot {
  if (!picker.shadowRoot) throw new Error('no shadow root');
  return picker.shadowRoot;
}

function gift(picker: GkGiftPicker, id: string): HTMLButtonElement {
  const button = shadow(picker).querySelector<HTMLButtonElement>(`[part~="gift"][data-id="${id}"]`);
  if (!button) throw new Error(`no gift ${id} on show`);
  return button;
}

/** The `src` a gift's picture has, or `null` when it shows the fallback glyph instead. */
function pictureOf(picker: GkGiftPicker, id: string): string | null {
  const button = gift(picker, id);
  const src = button.querySelector('img')?.getAttribute('src') ?? null;
  const glyph = button.querySelector('.fallback[part="gift-image"] svg');
  // Exactly one of the two shows.
  expect(src === null, `gift ${id}: a picture or the glyph, not both or neither`).to.equal(glyph !== null);
  return src;
}

/** Every `src` in the picker's shadow tree. */
function sources(picker: GkGiftPicker): string[] {
  return [...shadow(picker).querySelectorAll('img[src]')].map((image) => image.getAttribute('src') ?? '');
}

/** A 1×1 SVG picture. */
function picture(): HttpResponse<string> {
  return new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { headers: { 'content-type': 'image/svg+xml' } });
}

/** Resource timing entries (requests the page made) for `url`'s origin. */
function requestsTo(url: string): PerformanceEntry[] {
  const { origin } = new URL(url);
  return performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(origin));
}

describe('<gk-gift-picker> image origins', () => {
  const harness = useHarness();
  /** Requests the service worker saw for the refused origin (none may come). */
  const trackerHits: string[] = [];
  const warnings: string[] = [];
  const consoleWarn = console.warn;

  beforeEach(async () => {
    trackerHits.length = 0;
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const catalogHandler = http.get(`${BASE_URL}/v1/gifts`, () => HttpResponse.json(catalog));
    await harness.viewer(100, { fetch: fetchThrough([catalogHandler]) });
    // The pictures load when the page is rendered (they are lazy): serve real ones, so that none fails
    // over to the glyph, and record any request for the tracker's.
    harness.use(
      http.get('https://tracker.evil.test/*', ({ request }) => {
        trackerHits.push(request.url);
        return picture();
      }),
      http.get('https://cdn.gifts.test/*', picture),
      http.get(`${BASE_URL}/assets/*`, picture),
    );
  });

  afterEach(() => {
    console.warn = consoleWarn;
  });

  async function mount(template: ReturnType<typeof html>): Promise<GkGiftPicker> {
    const picker = await fixture<GkGiftPicker>(template);
    await until(() => shadow(picker).querySelectorAll('[part~="gift"]').length === 4, 5000, 'the gifts');
    await picker.updateComplete;
    return picker;
  }

  // First in the file: the warning is printed once per page.
  it('allows the page\'s and the wallet\'s origins by default, and refuses any other with one warning naming image-origins', async () => {
    const picker = await mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
    expect(pictureOf(picker, 'page')).to.equal(PAGE_IMAGE);
    expect(pictureOf(picker, 'wallet')).to.equal(WALLET_IMAGE);
    expect(pictureOf(picker, 'cdn')).to.equal(null);
    expect(pictureOf(picker, 'tracker')).to.equal(null);
    expect(sources(picker)).to.have.members([PAGE_IMAGE, WALLET_IMAGE]);

    const refusals = warnings.filter((warning) => warning.includes('/msg/picker-image-origin for'));
    expect(refusals, warnings.join('\n')).to.have.length(1);
    expect(refusals[0]).to.contain('image-origins').and.to.contain(new URL(CDN_IMAGE).origin);

    // A rebuild of the labels (another language) refuses the same pictures without saying it again.
    await setLocale('es');
    await picker.updateComplete;
    await setLocale('en');
    await picker.updateComplete;
    expect(pictureOf(picker, 'cdn')).to.equal(null);
    expect(warnings.filter((warning) => warning.includes('/msg/picker-image-origin for'))).to.have.length(1);
    await expectNoAxeViolations(picker);
  });

  it('loads pictures from the origins listed in image-origins, and never requests one from elsewhere', async () => {
    const picker = await mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}
      image-origins="https://cdn.gifts.test https://static.gifts.test/ignored/path"></gk-gift-picker>`);
    expect(picker.imageOrigins).to.deep.equal(['https://cdn.gifts.test', 'https://static.gifts.test/ignored/path']);
    expect(pictureOf(picker, 'cdn')).to.equal(CDN_IMAGE);
    expect(pictureOf(picker, 'page')).to.equal(PAGE_IMAGE);
    expect(pictureOf(picker, 'wallet')).to.equal(WALLET_IMAGE);
    expect(pictureOf(picker, 'tracker')).to.equal(null);
    expect(shadow(picker).querySelectorAll('img[src*="tracker.evil.test"]')).to.have.length(0);

    // Give any request the chance to happen (the allowed pictures are lazy: they may load meanwhile).
    gift(picker, 'tracker').scrollIntoView();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trackerHits).to.deep.equal([]);
    expect(requestsTo(TRACKER_IMAGE)).to.deep.equal([]);
  });

  it('checks the pictures again when imageOrigins is set from code', async () => {
    const picker = await mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}></gk-gift-picker>`);
    expect(pictureOf(picker, 'cdn')).to.equal(null);
    picker.imageOrigins = ['https://cdn.gifts.test'];
    await picker.updateComplete;
    expect(pictureOf(picker, 'cdn')).to.equal(CDN_IMAGE);
    picker.imageOrigins = [];
    await picker.updateComplete;
    expect(pictureOf(picker, 'cdn')).to.equal(null);
    expect(pictureOf(picker, 'wallet')).to.equal(WALLET_IMAGE);
  });

  it('ignores an image-origins entry that is not an origin, and says which', async () => {
    const picker = await mount(html`<gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM}
      image-origins="cdn.gifts.test data:image/png"></gk-gift-picker>`);
    expect(pictureOf(picker, 'cdn')).to.equal(null);
    const invalid = warnings.filter((warning) => warning.includes('picker-image-origins-invalid'));
    expect(invalid, warnings.join('\n')).to.have.length(1);
    expect(invalid[0]).to.contain('cdn.gifts.test data:image/png');
  });
});
