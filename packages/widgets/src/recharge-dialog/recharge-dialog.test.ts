import { expect } from 'chai';
import { html } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { useHarness, fixture, recordEvents, updated, until } from '../test/harness.js';
import { bestValue, quoteCustom, totalCoins, type Money, type RechargeResult } from '@giftkit/core';
import { configure } from '@giftkit/widgets';
import { deepActiveElement } from '../internal/focus.js';
import { setLocale } from '../localization.js';
import { CUSTOM } from './choose-view.js';
import { outcomeText } from './status-view.js';
import type { GkRechargeDialog } from './recharge-dialog.js';
import {
  acceptTerms, choose, dialogFixture, expectAccessible, failOnEvents, openDialog, panelText, part, parts, pay, tabAround, typeCustom,
  untilState,
} from '../test/recharge-dialog-driver.js';

/** The decimals of `currency`'s minor unit as Intl knows them from ISO 4217: JPY 0, BRL 2. */
const minorDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** What Intl writes for `money` in `locale`, with the currency's own decimals. */
function intlMoney(money: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.amount / 10 ** minorDigits(money.currency));
}

/**
 * What Intl writes for the price of one coin when `price` buys `coins`: price ÷ coins, to two decimals
 * finer than the currency's minor unit (the precision `formatUnitPrice` documents), rounded half up.
 */
function intlPerCoin(price: Money, coins: number, locale: string): string {
  const digits = minorDigits(price.currency) + 2;
  const scaled = Math.round((price.amount * 100) / coins); // hundredths of a minor unit
  // With fewer than three significant digits the SDK shows more decimals; none of the seed's prices get there.
  expect(scaled, `${price.amount} ${price.currency} for ${coins} coins`).to.be.at.least(100);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(scaled / 10 ** digits);
}

/** The texts of a package card's details (regular price, price per coin, savings…), one per line. */
function detailLines(dialog: GkRechargeDialog, packageId: string): string[] {
  return [...part(dialog, `#package-${packageId}-details`).children].map((line) => line.textContent!.trim());
}

/** A CSS time (`0.15s`, `150ms`, or a list of them) as its longest value in milliseconds. */
function longestMs(value: string): number {
  return Math.max(...value.split(',').map((time) => parseFloat(time) * (time.trim().endsWith('ms') ? 1 : 1000)));
}

describe('<gk-recharge-dialog>: opening, packages and the choose form', () => {
  const harness = useHarness();

  it('opens from code as a native modal, shows loading then the packages, and fires no event', async () => {
    await harness.viewer();
    harness.backend.faults.add({ kind: 'latency', ms: 300, match: { path: '/v1/packages' } });
    const dialog = await dialogFixture();
    const stop = failOnEvents(dialog);
    dialog.show();
    await updated(dialog);
    const native = part<HTMLDialogElement>(dialog, 'dialog');
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(dialog.hasAttribute('open')).to.equal(true);
    expect(dialog.state).to.equal('loading');
    expect(part(dialog, '[role="status"]').textContent).to.contain('Loading coin packages');
    await expectAccessible(dialog);
    await untilState(dialog, 'choose');
    dialog.hide();
    await updated(dialog);
    expect(native.open).to.equal(false);
    dialog.open = true;
    await untilState(dialog, 'choose');
    dialog.open = false;
    dialog.shortfall = 120;
    dialog.returnUrl = 'https://app.example/return';
    dialog.checkoutOrigins = ['https://pay.example'];
    dialog.testToken = 'tok_success';
    dialog.theme = 'dark';
    await updated(dialog);
    expect(dialog.getAttribute('theme')).to.equal('dark');
    // Native close events are queued as tasks: give them the chance to (wrongly) fire.
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
  });

  it('lists the region’s packages with localized prices, price per coin, bonus, savings, best value and the promotion', async () => {
    const { giftkit } = await harness.viewer();
    const dialog = await dialogFixture();
    await openDialog(dialog);
    const catalog = await giftkit.pricing.packages();
    const cards = parts(dialog, '[part~="package"]');
    expect(cards).to.have.length(catalog.packages.length + 1); // the custom amount too
    const first = cards[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('70 coins').and.to.contain('$0.99').and.to.contain('per coin');
    const big = cards[catalog.packages.findIndex((p) => p.coins === 3500)]!.textContent!;
    expect(big).to.match(/\+105 bonus/).and.to.match(/Save \d+%/);
    const badges = parts(dialog, '[part~="best-value"]');
    expect(badges).to.have.length(1);
    const best = bestValue(catalog.packages)!;
    expect(badges[0]!.closest('[part~="package"]')!.querySelector('input')!.value).to.equal(best.id);
    const promotion = part(dialog, '[part~="promotion"]');
    expect(promotion.textContent).to.contain('Spring deal').and.to.contain('Ends in 2 days');
    expect(promotion.closest('[part~="package"]')!.textContent).to.contain('700 coins').and.to.contain('was $9.19');
    const methods = parts(dialog, '[part~="payment-method"]').map((m) => m.textContent!.trim());
    expect(methods).to.deep.equal(catalog.paymentMethods.map((m) => m.label));
    expect(part(dialog, '[part~="official-notice"]').textContent).to.contain('cheap coins');
    expect(part(dialog, 'label[for="terms"]').textContent).to.match(/cannot be refunded or transferred/);
    await expectAccessible(dialog);
  });

  it('is one radio group: a single tab stop, arrow keys move the selection', async () => {
    await harness.viewer();
    const dialog = await dialogFixture();
    await openDialog(dialog);
    const radios = parts<HTMLInputElement>(dialog, 'input[name="package"]');
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await updated(dialog);
    expect(deepActiveElement()).to.equal(radios[1]);
    expect(radios[1]!.checked).to.equal(true);
    expect(part(dialog, '[part~="pay-button"]').textContent).to.contain('Pay $4.69');
    await sendKeys({ press: 'ArrowUp' });
    await updated(dialog);
    expect(radios[0]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const next = deepActiveElement() as HTMLInputElement;
    expect(next.name).to.not.equal('package');
  });

  it('checks the custom amount against the range and step, and prices it', async () => {
    await harness.viewer();
    const dialog = await dialogFixture();
    await openDialog(dialog);
    await choose(dialog, CUSTOM);
    const input = part<HTMLInputElement>(dialog, '#custom-coins');
    expect(deepActiveElement()).to.equal(input);
    await typeCustom(dialog, '20');
    expect(part(dialog, '#custom-error').textContent).to.contain('The smallest amount is 30 coins');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(dialog);
    await typeCustom(dialog, '3,000,000');
    expect(part(dialog, '#custom-error').textContent).to.contain('The largest amount is 2,500,000 coins');
    await typeCustom(dialog, '35');
    expect(part(dialog, '#custom-error').textContent).to.contain('multiple of 10');
    await typeCustom(dialog, 'ten');
    expect(part(dialog, '#custom-error').textContent).to.contain('whole coins');
    await typeCustom(dialog, '2,500');
    expect(parts(dialog, '#custom-error')).to.have.length(0);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    // 2,500 coins at the base pack's rate (70 coins for $0.99), rounded up: $35.36.
    expect(part(dialog, '#custom-price').textContent).to.contain('$35.36');
    expect(part(dialog, '[part~="pay-button"]').textContent).to.contain('Pay $35.36');
    await expectAccessible(dialog);
  });

  it('does not pay before the terms are accepted, or before something is chosen', async () => {
    const { backend } = harness;
    await harness.viewer();
    const dialog = await dialogFixture();
    await openDialog(dialog);
    await acceptTerms(dialog);
    await pay(dialog);
    expect(part(dialog, '#selection-error').textContent).to.contain('Choose a package');
    part<HTMLInputElement>(dialog, '#terms').click();
    await choose(dialog, 'pkg_70');
    await pay(dialog);
    expect(dialog.state).to.equal('choose');
    expect(part(dialog, '#terms-error').textContent).to.contain('Accept the terms');
    expect(deepActiveElement()).to.equal(part(dialog, '#terms'));
    expect(part(dialog, '#terms').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(dialog);
    expect(backend.state.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  it('closes on Escape and on the close button with one close event each, and gives focus back', async () => {
    await harness.viewer();
    const trigger = document.createElement('button');
    trigger.textContent = 'Get coins';
    document.body.append(trigger);
    try {
      const dialog = await dialogFixture();
      const closes = recordEvents(dialog, 'close');
      trigger.focus();
      await openDialog(dialog);
      expect(dialog.shadowRoot!.contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 2000, 'the dialog to close');
      await updated(dialog);
      expect(closes.count).to.equal(1);
      expect(part<HTMLDialogElement>(dialog, 'dialog').open).to.equal(false);
      expect(document.activeElement).to.equal(trigger);
      await openDialog(dialog);
      part(dialog, '[part~="close-button"]').click();
      await until(() => !dialog.open, 2000, 'the dialog to close');
      expect(closes.count).to.equal(2);
      expect(document.activeElement).to.equal(trigger);
    } finally {
      trigger.remove();
    }
  });

  it('preselects the package that covers a shortfall', async () => {
    const { giftkit } = await harness.viewer();
    const promoted = (await giftkit.pricing.packages()).packages.find((p) => p.id === 'pkg_700')!;
    const dialog = await dialogFixture();
    await openDialog(dialog, { shortfall: 600 });
    expect(part<HTMLInputElement>(dialog, 'input[value="pkg_700"]').checked).to.equal(true);
    expect(part(dialog, '[part~="shortfall"]').textContent).to.contain('You need 600 more coins.');
    expect(part(dialog, '[part~="pay-button"]').textContent).to.contain(`Pay ${giftkit.pricing.format.money(promoted.price)}`);
    await expectAccessible(dialog);
  });

  it('preselects the custom amount when that is the cheapest top-up', async () => {
    const { giftkit } = await harness.viewer();
    const suggestion = await giftkit.pricing.suggestTopUp(25);
    expect(suggestion!.items.map((item) => item.type)).to.deep.equal(['custom']);
    const dialog = await dialogFixture();
    await openDialog(dialog, { shortfall: 25 });
    expect(part<HTMLInputElement>(dialog, `input[value="${CUSTOM}"]`).checked).to.equal(true);
    expect(part<HTMLInputElement>(dialog, '#custom-coins').value).to.equal('30');
    expect(part(dialog, '[part~="pay-button"]').textContent).to.contain(`Pay ${giftkit.pricing.format.money(suggestion!.price)}`);
  });

  it('explains a suggested combination and preselects its first item', async () => {
    const { giftkit } = await harness.viewer();
    const suggestion = await giftkit.pricing.suggestTopUp(8000);
    expect(suggestion!.items.length).to.be.greaterThan(1);
    const dialog = await dialogFixture();
    await openDialog(dialog, { shortfall: 8000 });
    const first = suggestion!.items[0]!;
    const value = first.type === 'package' ? first.package.id : CUSTOM;
    expect(part<HTMLInputElement>(dialog, `input[value="${value}"]`).checked).to.equal(true);
    const notice = part(dialog, '[part~="shortfall"]').textContent!.replace(/\s+/g, ' ');
    const firstCoins = first.type === 'package' ? `${first.quantity} × ${giftkit.pricing.format.coins(totalCoins(first.package))} coins` : '';
    expect(notice).to.contain('You need 8,000 more coins.').and.to.contain(`The cheapest way is ${firstCoins}`);
    expect(notice).to.contain(giftkit.pricing.format.money(suggestion!.price));
  });

  it('shows the money budget left', async () => {
    const { giftkit } = await harness.viewer();
    const wallet = await giftkit.wallet.setBudgets([{ unit: 'money', period: 'month', limit: { amount: 5000, currency: 'USD' } }]);
    const left = await giftkit.wallet.remaining('money', 'month');
    expect(left!.amount).to.be.below(5000); // the coins granted to the new viewer were a purchase this month
    expect(wallet.budgets).to.have.length(1);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    expect(part(dialog, '[part~="budget"]').textContent).to.contain(`Left to spend this month: ${giftkit.pricing.format.money(left!)} of $50.00`);
    await choose(dialog, 'pkg_7000');
    expect(part(dialog, '[part~="budget"] .over').textContent).to.contain('more than that');
    await expectAccessible(dialog);
  });

  it('says prices follow the account’s region when the viewer is elsewhere', async () => {
    const { giftkit } = await harness.viewer();
    const wallet = await giftkit.wallet.get();
    harness.backend.faults.add({
      kind: 'malformed', body: { ...wallet, flags: { ageRestricted: false, regionMismatch: true } }, match: { method: 'GET', path: '/v1/wallet' },
    });
    const dialog = await dialogFixture();
    await openDialog(dialog);
    const sentences = () => parts(dialog, '[part~="region-notice"] p').map((p) => p.textContent!.trim());
    expect(sentences()).to.deep.equal([
      "Prices are for your account's region, United States (US). You seem to be somewhere else: what you pay and the payment methods follow your account, not your location.",
      'You can still buy coins here at these prices, with the payment methods below. If you have moved, contact this site’s support to change your account’s region.',
    ]);
    // What it says it still allows is there: the account region's packages, its payment methods, Pay.
    expect(parts(dialog, 'input[name="package"]').length).to.be.greaterThan(1);
    expect(parts(dialog, '[part~="payment-method"]').map((m) => m.textContent!.trim())).to.include('Apple Pay');
    expect(part<HTMLButtonElement>(dialog, '[part~="pay-button"]').disabled).to.equal(false);
    await expectAccessible(dialog);
    try {
      await setLocale('es');
      await updated(dialog);
      expect(sentences()[0]).to.contain('Los precios son los de la región de tu cuenta, Estados Unidos (US).');
      expect(sentences()[1]).to.contain('contacta con el soporte de este sitio para cambiar la región de tu cuenta');
    } finally {
      await setLocale('en');
    }
  });

  it('prices a Brazilian account in reais, in Spanish: Intl’s exact strings and the price of one coin', async () => {
    const giftkit = configure(harness.sdk({ userId: harness.backend.users.viewerBR, locale: 'es' }));
    const catalog = await giftkit.pricing.packages();
    // The mock prices the account's region (BR), not the page's: the seed's 70 coins cost R$5.49 there.
    expect([catalog.region, catalog.currency, catalog.packages[0]!.price]).to.deep.equal(['BR', 'BRL', { amount: 549, currency: 'BRL' }]);
    const dialog = await dialogFixture();
    try {
      await setLocale('es');
      await openDialog(dialog);
      for (const pkg of catalog.packages) {
        expect(part(dialog, `#package-${pkg.id}-price`).textContent, pkg.id).to.equal(intlMoney(pkg.price, 'es'));
        // Bonus coins are coins bought too: the price of one is the price over all of them.
        expect(detailLines(dialog, pkg.id), pkg.id).to.include(`${intlPerCoin(pkg.price, totalCoins(pkg), 'es')} por moneda`);
        if (pkg.regularPrice) expect(detailLines(dialog, pkg.id), pkg.id).to.include(`antes ${intlMoney(pkg.regularPrice, 'es')}`);
      }
      expect(catalog.packages.some((pkg) => pkg.regularPrice)).to.equal(true);
      await choose(dialog, 'pkg_70');
      expect(part(dialog, '[part~="pay-button"]').textContent!.trim()).to.equal(`Pagar ${intlMoney({ amount: 549, currency: 'BRL' }, 'es')}`);
      expect(parts(dialog, '[part~="payment-method"]').map((m) => m.textContent!.trim())).to.deep.equal(['Card', 'Pix', 'Boleto Bancário']);
      await expectAccessible(dialog);
    } finally {
      await setLocale('en');
    }
  });

  it('prices a Japanese account in whole yen, which has no minor unit', async () => {
    const giftkit = configure(harness.sdk({ userId: harness.backend.users.viewerJP, locale: 'ja-JP' }));
    const catalog = await giftkit.pricing.packages();
    expect([catalog.region, catalog.currency, catalog.packages[0]!.price]).to.deep.equal(['JP', 'JPY', { amount: 160, currency: 'JPY' }]);
    expect(minorDigits('JPY')).to.equal(0);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    for (const pkg of catalog.packages) {
      const price = part(dialog, `#package-${pkg.id}-price`).textContent!;
      // 160 is yen, not hundredths of one: shown as ￥160, never ￥1.60 nor ￥160.00.
      expect(price, pkg.id).to.equal(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(pkg.price.amount));
      expect(detailLines(dialog, pkg.id), pkg.id).to.include(`${intlPerCoin(pkg.price, totalCoins(pkg), 'ja-JP')} per coin`);
    }
    // Its digits are exactly 160: no decimals for a currency without a minor unit.
    expect(part(dialog, '#package-pkg_70-price').textContent!.replace(/\D/g, '')).to.equal('160');
    // 160 yen for 70 coins is 2.2857… yen a coin: two decimals of a yen.
    expect(intlPerCoin({ amount: 160, currency: 'JPY' }, 70, 'ja-JP'))
      .to.equal(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(2.29));
    await choose(dialog, CUSTOM);
    await typeCustom(dialog, '2500');
    const quote = quoteCustom(catalog, 2500);
    expect(quote.currency).to.equal('JPY');
    expect(part(dialog, '#custom-price').textContent!.trim())
      .to.equal(`${intlMoney(quote, 'ja-JP')} (${intlPerCoin(quote, 2500, 'ja-JP')} per coin)`);
    expect(part(dialog, '[part~="pay-button"]').textContent!.trim()).to.equal(`Pay ${intlMoney(quote, 'ja-JP')}`);
    await expectAccessible(dialog);
  });

  it('tells an under-age viewer what they can do instead of showing packages', async () => {
    const { userId } = await harness.viewer();
    await harness.backend.state.setAge(userId, 16);
    const dialog = await dialogFixture();
    dialog.show();
    await untilState(dialog, 'age-restricted');
    expect(panelText(dialog)).to.contain('Coins are for viewers 18 and over').and.to.contain('You can still watch streams');
    expect(parts(dialog, 'input[name="package"]')).to.have.length(0);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="done-button"]'));
    await expectAccessible(dialog);
  });

  it('shows a load failure with a retry, and reports it once', async () => {
    await harness.viewer();
    harness.backend.faults.add({ kind: 'status', status: 500, times: Infinity, match: { path: '/v1/packages' } });
    const dialog = await dialogFixture();
    const errors = recordEvents(dialog, 'gk-error');
    dialog.show();
    await untilState(dialog, 'load-failed');
    expect(errors.count).to.equal(1);
    expect(errors.events[0]!.operation).to.equal('load');
    await expectAccessible(dialog);
    harness.backend.faults.clear();
    part(dialog, '[part~="retry-button"]').click();
    await untilState(dialog, 'choose');
  });

  it('renders a package promotion label carrying HTML as text', async () => {
    const { giftkit } = await harness.viewer();
    const catalog = structuredClone(await giftkit.pricing.packages());
    const hostile = '<img src=x onerror="window.__pwned=1">Deal';
    catalog.packages[0]!.promotion = { id: 'promo_x', label: hostile, endsAt: new Date(Date.now() + 3_600_000).toISOString() };
    harness.backend.faults.add({ kind: 'malformed', body: catalog, match: { path: '/v1/packages' } });
    const fresh = harness.sdk({ userId: (await giftkit.wallet.get()).userId });
    const { configure } = await import('@giftkit/widgets');
    configure(fresh);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    expect(parts(dialog, 'img')).to.have.length(0);
    expect(part(dialog, '[part~="promotion"]').textContent).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes theming from its --gk-recharge-* properties', async () => {
    await harness.viewer();
    const dialog = await dialogFixture(html`<gk-recharge-dialog style="--gk-recharge-accent: rgb(1, 2, 3)"></gk-recharge-dialog>`);
    await openDialog(dialog);
    expect(getComputedStyle(part(dialog, '[part~="pay-button"]')).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('has a dark scheme that stays readable', async () => {
    await harness.viewer();
    const dialog = await dialogFixture(html`<gk-recharge-dialog theme="dark"></gk-recharge-dialog>`);
    await openDialog(dialog, { shortfall: 8000 });
    expect(getComputedStyle(part(dialog, 'dialog')).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expectAccessible(dialog);
  });

  it('uses the SDK instance of its <gk-provider>, and so does its History tab', async () => {
    const configured = await harness.viewer(1000);
    const provided = await harness.newViewer(2500);
    const giftkit = harness.sdk({ userId: provided });
    const { GkProvider } = await import('../provider/provider.js');
    await import('../provider/provider.define.js');
    const provider = await fixture<InstanceType<typeof GkProvider>>(html`<gk-provider .giftkit=${giftkit}><gk-recharge-dialog></gk-recharge-dialog></gk-provider>`);
    const dialog = provider.querySelector('gk-recharge-dialog')!;
    await openDialog(dialog);
    part(dialog, '#tab-history').click();
    await updated(dialog);
    const view = part(dialog, 'gk-wallet-view');
    await until(() => (view.shadowRoot?.textContent ?? '').includes('Bought 2,500 coins'), 4000, 'the provided viewer’s history');
    expect(view.shadowRoot!.textContent).to.not.contain('Bought 1,000 coins');
    expect(configured.userId).to.not.equal(provided);
  });

  it('shows the wallet’s history in the History tab, reached with the arrow keys', async () => {
    await harness.viewer(1000);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    part(dialog, '#tab-buy').focus();
    await sendKeys({ press: 'ArrowRight' });
    await updated(dialog);
    const history = part(dialog, '#tab-history');
    expect(deepActiveElement()).to.equal(history);
    expect([history.getAttribute('aria-selected'), history.tabIndex]).to.deep.equal(['true', 0]);
    expect([part(dialog, '#tab-buy').getAttribute('aria-selected'), part(dialog, '#tab-buy').tabIndex]).to.deep.equal(['false', -1]);
    expect(part(dialog, '#panel-buy').hidden).to.equal(true);
    const view = part(dialog, '#panel-history [part~="wallet"]');
    await until(() => (view.shadowRoot?.textContent ?? '').includes('Bought 1,000 coins'), 4000, 'the viewer’s history');
    await expectAccessible(dialog);
    await sendKeys({ press: 'Home' });
    await updated(dialog);
    expect(deepActiveElement()).to.equal(part(dialog, '#tab-buy'));
    expect(parts(dialog, '#panel-buy input[name="package"]').length).to.be.greaterThan(1);
  });

  it('keeps Tab and Shift+Tab in the open dialog: the page around it never gets focus', async () => {
    await harness.viewer();
    const page = await fixture<HTMLElement>(html`<div>
      <button type="button" id="before">Before</button>
      <gk-recharge-dialog></gk-recharge-dialog>
      <a id="after" href="#after">After</a>
    </div>`);
    const dialog = page.querySelector('gk-recharge-dialog')!;
    const before = page.querySelector<HTMLElement>('#before')!;
    before.focus(); // the page's trigger
    const outside = [before, page.querySelector<HTMLElement>('#after')!].map((element) => recordEvents(element, 'focus'));
    await openDialog(dialog);
    const first = part(dialog, '[part~="close-button"]');
    const last = part(dialog, '[part~="pay-button"]');
    last.focus();
    expect(await tabAround(dialog)).to.equal(first);
    expect(await tabAround(dialog, true)).to.equal(last);
    expect(outside.map((focus) => focus.count)).to.deep.equal([0, 0]);
    // Not only Tab: the rest of the page is inert while the dialog is open, so even code cannot focus it.
    before.focus();
    expect(deepActiveElement()).to.equal(last);
    expect(outside.map((focus) => focus.count)).to.deep.equal([0, 0]);
  });

  it('turns its fade and spinner off when the viewer prefers reduced motion, and on otherwise', async () => {
    const dialog = await dialogFixture();
    // No SDK instance is configured yet, so the dialog stays on its loading screen, spinner and all.
    dialog.show();
    await untilState(dialog, 'loading');
    const motion = () => {
      const surface = getComputedStyle(part(dialog, 'dialog'));
      const spinner = getComputedStyle(part(dialog, '[part~="spinner"]'));
      return {
        fade: [surface.animationName, longestMs(surface.animationDuration)] as const,
        spin: [spinner.animationName, longestMs(spinner.animationDuration), spinner.animationIterationCount] as const,
        transition: longestMs(getComputedStyle(part(dialog, '[part~="close-button"]')).transitionDuration),
      };
    };
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = motion();
      expect(moving.fade[0]).to.equal('gk-recharge-in');
      expect(moving.fade[1]).to.be.at.least(50);
      expect([moving.spin[0], moving.spin[2]]).to.deep.equal(['gk-recharge-spin', 'infinite']);
      expect(moving.spin[1]).to.be.at.least(50);
      expect(moving.transition).to.be.at.least(50);
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = motion();
      expect(still.fade[1]).to.be.below(1);
      expect([still.spin[1] < 1, still.spin[2]]).to.deep.equal([true, '1']);
      expect(still.transition).to.be.below(1);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('follows the viewer’s colour scheme, unless its theme attribute forces one', async () => {
    await harness.viewer();
    const dialog = await dialogFixture();
    await openDialog(dialog);
    const surface = () => getComputedStyle(part(dialog, 'dialog'));
    try {
      await emulateMedia({ colorScheme: 'light' });
      const light = [surface().backgroundColor, surface().color];
      await emulateMedia({ colorScheme: 'dark' });
      const dark = [surface().backgroundColor, surface().color];
      expect(light).to.deep.equal(['rgb(255, 255, 255)', 'rgb(24, 24, 27)']);
      expect(dark).to.deep.equal(['rgb(24, 24, 27)', 'rgb(244, 244, 245)']);
      await expectAccessible(dialog);
      dialog.theme = 'light';
      await updated(dialog);
      expect(surface().backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('speaks Spanish, and Arabic right to left', async () => {
    await harness.viewer();
    const dialog = await dialogFixture();
    try {
      await setLocale('es');
      await openDialog(dialog);
      expect(part(dialog, '#title').textContent).to.equal('Conseguir monedas');
      expect(part(dialog, '[part~="promotion"]').textContent).to.contain('Termina dentro de 2 días');
      expect(part(dialog, '[part~="pay-button"]').textContent!.trim()).to.equal('Pagar');
      await setLocale('ar');
      document.documentElement.dir = 'rtl';
      await updated(dialog);
      expect(part(dialog, '#title').textContent).to.equal('احصل على عملات');
      expect(getComputedStyle(part(dialog, 'header')).direction).to.equal('rtl');
      // The close button sits at the inline end, which is the left in Arabic.
      const header = part(dialog, 'header').getBoundingClientRect();
      expect(part(dialog, '[part~="close-button"]').getBoundingClientRect().left - header.left).to.be.below(header.width / 2);
      await expectAccessible(dialog);
    } finally {
      document.documentElement.dir = '';
      await setLocale('en');
    }
  });

  describe('counted nouns', () => {
    afterEach(() => setLocale('en'));

    // Figures as Intl writes them in Arabic (the SDK instances below format in the same locale).
    const arabic = new Intl.NumberFormat('ar');

    /** The sentence that says how many coins are missing, in a dialog opened for `shortfall`. */
    async function shortfallSentence(shortfall: number): Promise<string> {
      const dialog = await dialogFixture();
      await openDialog(dialog, { shortfall });
      const notice = part(dialog, '[part~="shortfall"]');
      // A suggested combination adds a second paragraph; the count is in the first.
      const sentence = ((notice.matches('p') ? notice : notice.querySelector('p'))?.textContent ?? '').trim();
      dialog.hide();
      return sentence;
    }

    it('says "You need 1 more coin" but "2 more coins", "1 moneda" but "5 monedas", and each Arabic form', async () => {
      await harness.viewer(1000, { locale: 'en-US' });
      expect(await shortfallSentence(1)).to.equal('You need 1 more coin.');
      expect(await shortfallSentence(2)).to.equal('You need 2 more coins.');
      await harness.viewer(1000, { locale: 'es' });
      await setLocale('es');
      expect(await shortfallSentence(1)).to.equal('Te falta 1 moneda.');
      expect(await shortfallSentence(5)).to.equal('Te faltan 5 monedas.');
      await harness.viewer(1000, { locale: 'ar' });
      await setLocale('ar');
      expect(await shortfallSentence(1)).to.equal('تحتاج إلى عملة إضافية واحدة.');
      expect(await shortfallSentence(2)).to.equal('تحتاج إلى عملتين إضافيتين.');
      expect(await shortfallSentence(3)).to.equal(`تحتاج إلى ${arabic.format(3)} عملات إضافية.`);
      expect(await shortfallSentence(11)).to.equal(`تحتاج إلى ${arabic.format(11)} عملة إضافية.`);
      expect(await shortfallSentence(100)).to.equal(`تحتاج إلى ${arabic.format(100)} عملة إضافية.`);
    });

    it('words a purchase and the balance after it in the form of each count, 0 to 100 in Arabic', async () => {
      /** The heading and sentence of a succeeded purchase of `coins` leaving a balance of `coins`. */
      const succeeded = (coins: number, locale: string) => {
        const result = { recharge: { coins } as RechargeResult['recharge'], balance: coins };
        const { title, body } = outcomeText({ name: 'succeeded', result }, harness.sdk({ locale }).pricing);
        return `${title} / ${body}`;
      };
      expect(succeeded(1, 'en-US')).to.equal('You got 1 coin / Your balance is now 1 coin.');
      expect(succeeded(2, 'en-US')).to.equal('You got 2 coins / Your balance is now 2 coins.');
      await setLocale('es');
      expect(succeeded(1, 'es')).to.equal('Has recibido 1 moneda / Tu saldo ahora es de 1 moneda.');
      expect(succeeded(5, 'es')).to.equal('Has recibido 5 monedas / Tu saldo ahora es de 5 monedas.');
      await setLocale('ar');
      // After "على" the dual is genitive (عملتين); as the predicate of the balance it is nominative (عملتان).
      expect(succeeded(0, 'ar')).to.equal(`حصلت على ${arabic.format(0)} عملة / رصيدك الآن ${arabic.format(0)} عملة.`);
      expect(succeeded(1, 'ar')).to.equal('حصلت على عملة واحدة / رصيدك الآن عملة واحدة.');
      expect(succeeded(2, 'ar')).to.equal('حصلت على عملتين / رصيدك الآن عملتان.');
      expect(succeeded(3, 'ar')).to.equal(`حصلت على ${arabic.format(3)} عملات / رصيدك الآن ${arabic.format(3)} عملات.`);
      expect(succeeded(11, 'ar')).to.equal(`حصلت على ${arabic.format(11)} عملة / رصيدك الآن ${arabic.format(11)} عملة.`);
      expect(succeeded(100, 'ar')).to.equal(`حصلت على ${arabic.format(100)} عملة / رصيدك الآن ${arabic.format(100)} عملة.`);
    });
  });
});
