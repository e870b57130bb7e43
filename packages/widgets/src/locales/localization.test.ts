import { expect } from 'chai';
import { html } from 'lit';
import { getLocale, matchLocale, setLocale, type GkCoinBalance, type GkProvider } from '@giftkit/widgets';
import '@giftkit/widgets/define';
import { useHarness, fixture, until, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';

function label(badge: GkCoinBalance): string {
  return badge.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '';
}

describe('localization', () => {
  const harness = useHarness();

  async function badgeIn(locale: string, coins: number): Promise<GkCoinBalance> {
    const { backend } = harness;
    const userId = await harness.newViewer(coins);
    const provider = await fixture<GkProvider>(html`<gk-provider base-url=${BASE_URL} locale=${locale} .getToken=${() => backend.tokenFor(userId)}>
      <gk-coin-balance></gk-coin-balance>
    </gk-provider>`);
    const badge = provider.querySelector<GkCoinBalance>('gk-coin-balance') as GkCoinBalance;
    await until(() => badge.coins === coins && getLocale() === matchLocale(locale), 3000, `the ${locale} badge`);
    await badge.updateComplete;
    return badge;
  }

  afterEach(async () => {
    document.documentElement.removeAttribute('dir');
    await setLocale('en');
  });

  it('matches BCP 47 tags to the languages it speaks', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('AR_eg')).to.equal('ar');
    expect(matchLocale('fr')).to.equal('en');
    expect(matchLocale(undefined)).to.equal('en');
  });

  it("speaks Spanish with <gk-provider locale='es'>, figures included", async () => {
    const badge = await badgeIn('es-ES', 12_500);
    expect(getLocale()).to.equal('es');
    expect(label(badge)).to.equal('12.500 monedas, 12,5\u00a0mil. Conseguir monedas');
    expect(badge.shadowRoot?.querySelector('[part~="amount"]')?.textContent).to.equal('12,5\u00a0mil');
    await expectNoAxeViolations(badge);
  });

  it('re-renders widgets already on the page when setLocale is called', async () => {
    await harness.viewer(40);
    const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
    await until(() => badge.coins === 40);
    await badge.updateComplete;
    expect(label(badge)).to.equal('Low balance: 40 coins. Get coins');
    await setLocale('es');
    await badge.updateComplete;
    expect(label(badge)).to.equal('Saldo bajo: 40 monedas. Conseguir monedas');
    await setLocale('en');
    await badge.updateComplete;
    expect(label(badge)).to.equal('Low balance: 40 coins. Get coins');
  });

  it('speaks Arabic and lays out right to left under dir="rtl"', async () => {
    document.documentElement.dir = 'rtl';
    const badge = await badgeIn('ar', 500);
    expect(getLocale()).to.equal('ar');
    expect(label(badge)).to.equal('500 عملة. احصل على عملات');
    const icon = badge.shadowRoot?.querySelector('[part~="icon"]')?.getBoundingClientRect();
    const amount = badge.shadowRoot?.querySelector('[part~="amount"]')?.getBoundingClientRect();
    const action = badge.shadowRoot?.querySelector('[part~="action"]')?.getBoundingClientRect();
    if (!icon || !amount || !action) throw new Error('missing parts');
    expect(icon.left, 'the icon sits at the inline start: the right').to.be.at.least(amount.right - 0.5);
    expect(action.right, 'the "+" sits at the inline end: the left').to.be.at.most(amount.left + 0.5);
    await expectNoAxeViolations(badge);
  });
});
