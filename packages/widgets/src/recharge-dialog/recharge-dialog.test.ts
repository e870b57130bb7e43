import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { useHarness, fixture, recordEvents, updated, until } from '../test/harness.js';
import { bestValue, totalCoins } from '@giftkit/core';
import { deepActiveElement } from '../internal/focus.js';
import { setLocale } from '../localization.js';
import { CUSTOM } from './choose-view.js';
import {
  acceptTerms, choose, dialogFixture, expectAccessible, failOnEvents, openDialog, panelText, part, parts, pay, typeCustom, untilState,
} from '../test/recharge-dialog-driver.js';

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
    expect(part(dialog, '[part~="region-notice"]').textContent).to.contain("Prices are for your account's region, United States (US).");
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
});
