import { expect } from 'chai';
import { html } from 'lit';
import { ANNOUNCE_DELAY, getLocale, matchLocale, setLocale, type GkCoinBalance, type GkProvider } from '@giftkit/widgets';
import '@giftkit/widgets/define';
import { useHarness, fixture, until, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';

function label(badge: GkCoinBalance): string {
  return badge.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? '';
}

/** What the polite live region says now. */
function announcement(): string {
  return document.querySelector('[data-giftkit-announcer="polite"]')?.textContent ?? '';
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

  describe('counted nouns', () => {
    // Figures come from Intl in the widget's language (Arabic-Indic or Latin digits, as the browser's CLDR has it).
    const arabic = new Intl.NumberFormat('ar');

    it('says "1 coin" but "2 coins" on the badge, and "1 moneda" but "5 monedas" in Spanish', async () => {
      expect(label(await badgeIn('en', 1))).to.equal('Low balance: 1 coin. Get coins');
      expect(label(await badgeIn('en', 2))).to.equal('Low balance: 2 coins. Get coins');
      expect(label(await badgeIn('es', 1))).to.equal('Saldo bajo: 1 moneda. Conseguir monedas');
      expect(label(await badgeIn('es', 5))).to.equal('Saldo bajo: 5 monedas. Conseguir monedas');
    });

    it('says "de monedas" after a whole million in Spanish, before the compact figure', async () => {
      const badge = await badgeIn('es', 1_000_000);
      const compact = badge.shadowRoot?.querySelector('[part~="amount"]')?.textContent;
      expect(compact).to.match(/^1\s?M$/u); // what the badge shows, e.g. "1 M"
      expect(label(badge)).to.equal(`1.000.000 de monedas, ${compact}. Conseguir monedas`);
    });

    it('gives each Arabic count its form in the badge\'s name, keeping the figure the badge shows', async () => {
      const expected: Array<[number, string]> = [
        [0, `رصيد منخفض: ${arabic.format(0)} عملة. احصل على عملات`],
        // 1 and 2 keep their figure, so the name contains what the badge shows (WCAG 2.5.3).
        [1, `رصيد منخفض: ${arabic.format(1)} عملة. احصل على عملات`],
        [2, `رصيد منخفض: ${arabic.format(2)} عملة. احصل على عملات`],
        [3, `رصيد منخفض: ${arabic.format(3)} عملات. احصل على عملات`],
        [11, `رصيد منخفض: ${arabic.format(11)} عملة. احصل على عملات`],
        // 100 is not below the default low-balance threshold.
        [100, `${arabic.format(100)} عملة. احصل على عملات`],
      ];
      for (const [coins, text] of expected) {
        const badge = await badgeIn('ar', coins);
        expect(label(badge), `${coins} coins`).to.equal(text);
        expect(badge.shadowRoot?.querySelector('[part~="amount"]')?.textContent, `${coins} coins`).to.equal(arabic.format(coins));
      }
    });

    it('announces each Arabic balance in its grammatical form: 1, 2, 3, 11 and 100 coins', async () => {
      const { userId, giftkit } = await harness.viewer(0, { locale: 'ar' });
      await setLocale('ar');
      const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
      await until(() => badge.coins === 0, 3000, 'the empty balance');
      const expected: Array<[number, string]> = [
        [1, 'الرصيد: عملة واحدة'],
        [2, 'الرصيد: عملتان'],
        [3, `الرصيد: ${arabic.format(3)} عملات`],
        [11, `الرصيد: ${arabic.format(11)} عملة`],
        [100, `الرصيد: ${arabic.format(100)} عملة`],
      ];
      for (const [coins, text] of expected) {
        await harness.backend.state.grant(userId, coins - badge.coins!);
        await giftkit.wallet.refresh();
        await until(() => announcement() === text, ANNOUNCE_DELAY + 2000, `the announcement of ${coins} coins`);
      }
    });
  });
});
