import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { getConfigured, getLocale, setLocale, type GkCoinBalance } from '@giftkit/widgets';
import '@giftkit/widgets/define';
import { configureFromScript } from './script-config.js';
import { useHarness, fixture, until, BASE_URL } from './test/harness.js';

/** A `<script>` tag as a page would write it (not executed: only its data attributes are read). */
function scriptTag(data: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
  return script;
}

describe("the bundle's <script data-*> configuration", () => {
  const harness = useHarness();

  afterEach(async () => {
    document.documentElement.style.removeProperty('--gk-color-scheme');
    await setLocale('en');
  });

  it('configures the page from data-base-url, data-token-url, data-locale, data-platform, data-theme and data-official-origins', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(12_500);
    harness.use(http.post('https://app.giftkit.test/api/giftkit-token', () => HttpResponse.json({ token: backend.tokenFor(userId) })));
    const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
    configureFromScript(scriptTag({
      baseUrl: BASE_URL,
      tokenUrl: 'https://app.giftkit.test/api/giftkit-token',
      locale: 'es-ES',
      platform: 'ios',
      theme: 'dark',
      officialOrigins: 'https://coins.example https://shop.example',
    }));
    const instance = getConfigured();
    expect(instance).to.exist;
    await until(() => badge.coins === 12_500 && getLocale() === 'es', 3000, 'the configured badge in Spanish');
    await badge.updateComplete;
    expect(badge.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label')).to.equal('12.500 monedas, 12,5\u00a0mil. Conseguir monedas');
    expect(getComputedStyle(badge).colorScheme).to.equal('dark');
    // The platform whose prices apply: the catalog the SDK loads is the iOS one.
    expect((await instance!.pricing.packages()).platform).to.equal('ios');
    expect(instance?.security.assessSeller('https://shop.example/coins').level, 'an official origin').to.equal('none');
    expect(instance?.security.assessSeller('https://other.example/coins').level).not.to.equal('none');
  });

  it('still switches the language when the page configures the SDK itself', async () => {
    configureFromScript(scriptTag({ locale: 'ar' }));
    expect(getConfigured()).to.equal(undefined);
    await until(() => getLocale() === 'ar', 3000, 'Arabic');
  });

  it('does nothing without a script tag or without data attributes', () => {
    configureFromScript(null);
    configureFromScript(scriptTag({}));
    expect(getConfigured()).to.equal(undefined);
    expect(document.documentElement.style.getPropertyValue('--gk-color-scheme')).to.equal('');
  });
});
