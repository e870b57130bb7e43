import { expect } from 'chai';
import { html } from 'lit';
import { useHarness, recordEvents, updated, until, BASE_URL } from '../test/harness.js';
import { deepActiveElement } from '../internal/focus.js';
import {
  acceptTerms, announcement, choose, dialogFixture, expectAccessible, openDialog, panelText, part, pay, rechargeIdOf, rechargePosts,
  spyOnPopups, untilState, type PopupSpy,
} from '../test/recharge-dialog-driver.js';

/** The part of Chromium's Navigation API the same-tab test uses (TypeScript's DOM library lacks it). */
interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string };
  readonly navigationType: string;
}

/** The page's `navigation` object: it announces every navigation this document starts, cancelably. */
const navigation = (globalThis as unknown as { navigation: EventTarget }).navigation;

describe('<gk-recharge-dialog>: paying', () => {
  const harness = useHarness();
  let popups: PopupSpy | undefined;
  afterEach(() => popups?.restore());

  /** Opens a dialog for a fresh viewer, picks `packageId` and accepts the terms. */
  async function ready(packageId = 'pkg_350', template = html`<gk-recharge-dialog></gk-recharge-dialog>`) {
    const viewer = await harness.viewer();
    const dialog = await dialogFixture(template);
    await openDialog(dialog);
    await choose(dialog, packageId);
    await acceptTerms(dialog);
    return { ...viewer, dialog };
  }

  it('opens the popup inside the click, sends it to the hosted checkout, waits, and shows the coins once paid', async () => {
    const { backend } = harness;
    const { dialog, giftkit, userId } = await ready();
    const before = await backend.state.balance(userId);
    const completes = recordEvents(dialog, 'gk-recharge-complete');
    const checkouts = recordEvents(dialog, 'gk-checkout');
    popups = spyOnPopups(backend);
    backend.faults.add({ kind: 'latency', ms: 400, match: { method: 'POST', path: '/v1/recharges' } });
    await pay(dialog);
    // Opened before the purchase request, as popup blockers require, and empty until the URL is known.
    expect(popups.calls).to.have.length(1);
    expect(popups.calls[0]!.recharges).to.equal(0);
    expect(popups.popups[0]!.opener).to.equal(null);
    expect(dialog.state).to.equal('processing');
    expect(panelText(dialog)).to.contain('Starting your payment');
    await expectAccessible(dialog);
    await untilState(dialog, 'pending');
    const popup = popups.popups[0]!;
    expect(popup.visited).to.have.length(1);
    expect(popup.visited[0]).to.satisfy((url: string) => url.startsWith(`${BASE_URL}/sandbox/checkout/`));
    expect(checkouts.count).to.equal(1);
    expect([checkouts.events[0]!.mode, checkouts.events[0]!.url]).to.deep.equal(['popup', popup.visited[0]]);
    expect(panelText(dialog)).to.contain('Waiting for your payment');
    expect(part<HTMLAnchorElement>(dialog, '[part~="checkout-link"]').href).to.equal(popup.visited[0]);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="stop-button"]'));
    await expectAccessible(dialog);

    await backend.state.completeCheckout(rechargeIdOf(popup.visited[0]), 'succeed');
    await untilState(dialog, 'succeeded');
    const coins = (await giftkit.pricing.packages()).packages.find((p) => p.id === 'pkg_350')!.coins;
    expect(await backend.state.balance(userId)).to.equal(before + coins);
    expect(giftkit.wallet.balance.get().coins).to.equal(before + coins);
    expect(panelText(dialog)).to.contain(`You got ${coins} coins`).and.to.contain(`Your balance is now ${(before + coins).toLocaleString('en-US')} coins`);
    expect(completes.count).to.equal(1);
    expect(completes.events[0]!.recharge.status).to.equal('succeeded');
    expect(completes.events[0]!.balance).to.equal(before + coins);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="done-button"]'));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(announcement()).to.contain(`You got ${coins} coins`);
    await expectAccessible(dialog);
    expect(rechargePosts(backend)).to.have.length(1);
  });

  it('pays in this tab when the popup is blocked (the page may take over through gk-checkout)', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    popups = spyOnPopups(backend, 'block');
    const urls: string[] = [];
    dialog.addEventListener('gk-checkout', (event) => {
      expect(event.mode).to.equal('same-tab');
      urls.push(event.url);
      event.preventDefault(); // a real page would now leave for the checkout; the test stays here
    });
    await pay(dialog);
    await untilState(dialog, 'pending');
    expect(urls).to.have.length(1);
    expect(location.href).to.not.contain('/sandbox/checkout/');
    await backend.state.completeCheckout(rechargeIdOf(urls[0]), 'decline');
    await untilState(dialog, 'declined');
    expect(panelText(dialog)).to.contain('Payment declined').and.to.contain('Your bank declined the card');
    await expectAccessible(dialog);
  });

  it('sends this tab to the checked checkout URL when the popup is blocked and the page lets it', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    popups = spyOnPopups(backend, 'block');
    const checkouts = recordEvents(dialog, 'gk-checkout');
    // The dialog's default action is a real navigation of this tab (location.assign). The Navigation API
    // announces it before it happens; cancelling it keeps the test page here while the URL is checked.
    const navigations: Array<{ url: string; type: string }> = [];
    const onNavigate = (event: Event): void => {
      const { destination, navigationType } = event as NavigateEventLike;
      navigations.push({ url: destination.url, type: navigationType });
      event.preventDefault();
    };
    navigation.addEventListener('navigate', onNavigate);
    try {
      await pay(dialog);
      await untilState(dialog, 'pending');
      await until(() => navigations.length > 0, 3000, 'the navigation to the checkout');
    } finally {
      navigation.removeEventListener('navigate', onNavigate);
    }
    expect(popups.calls).to.have.length(1); // tried the popup first, inside the click
    expect(checkouts.count).to.equal(1);
    const checkout = checkouts.events[0]!;
    expect([checkout.mode, checkout.defaultPrevented]).to.deep.equal(['same-tab', false]);
    expect(navigations).to.deep.equal([{ url: checkout.url, type: 'push' }]);
    expect(checkout.url).to.satisfy((url: string) => url.startsWith(`${BASE_URL}/sandbox/checkout/`));
    expect(checkout.rechargeId).to.equal(rechargeIdOf(checkout.url));
    expect(location.href).to.not.contain('/sandbox/checkout/');
  });

  it('retries a declined payment as a new attempt with a new Idempotency-Key', async () => {
    const { backend } = harness;
    const { dialog } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_declined"></gk-recharge-dialog>`);
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'declined');
    expect(panelText(dialog)).to.contain('Your bank declined the card');
    expect(popups.popups[0]!.closed).to.equal(true);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="retry-button"]'));
    dialog.testToken = 'tok_success';
    part(dialog, '[part~="retry-button"]').click();
    await untilState(dialog, 'succeeded');
    const posts = rechargePosts(backend);
    expect(posts.map((p) => p.status)).to.deep.equal([402, 201]);
    expect(posts[0]!.key).to.not.equal(posts[1]!.key);
    expect(popups.calls).to.have.length(2);
  });

  it('shows a checkout canceled on the provider’s page', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'pending');
    await backend.state.completeCheckout(rechargeIdOf(popups.popups[0]!.visited[0]), 'cancel');
    await untilState(dialog, 'canceled');
    expect(panelText(dialog)).to.contain('Payment canceled').and.to.contain('Nothing was charged');
    await expectAccessible(dialog);
    part(dialog, 'button:not([part])').click(); // "Choose another option"
    await untilState(dialog, 'choose');
  });

  it('shows a checkout that expired unpaid', async () => {
    const { backend } = harness;
    const { dialog, giftkit } = await ready();
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'pending');
    const id = rechargeIdOf(popups.popups[0]!.visited[0]);
    const pending = await giftkit.wallet.getRecharge(id);
    // The sandbox expires checkouts after 30 minutes; the next poll answers as it would then.
    backend.faults.add({
      kind: 'malformed',
      body: { ...pending, recharge: { ...pending.recharge, status: 'expired', nextAction: { type: 'none' } } },
      match: { method: 'GET', path: `/v1/recharges/${id}` },
      times: Infinity,
    });
    await untilState(dialog, 'expired');
    expect(panelText(dialog)).to.contain('Checkout expired');
    await expectAccessible(dialog);
  });

  it('leaves the tab alone when the viewer closed the empty popup, and links to the checkout instead', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    const checkouts = recordEvents(dialog, 'gk-checkout');
    popups = spyOnPopups(backend);
    await pay(dialog);
    popups.popups[0]!.close();
    await untilState(dialog, 'pending');
    expect(popups.popups[0]!.visited).to.deep.equal([]);
    expect(checkouts.count).to.equal(0);
    const link = part<HTMLAnchorElement>(dialog, '[part~="checkout-link"]');
    expect(link.href).to.satisfy((url: string) => url.startsWith(`${BASE_URL}/sandbox/checkout/`));
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
  });

  it('stops waiting on request, closing its popup, and goes back to the packages', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'pending');
    part(dialog, '[part~="stop-button"]').click();
    await untilState(dialog, 'choose');
    expect(popups.popups[0]!.closed).to.equal(true);
    expect(part<HTMLInputElement>(dialog, 'input[value="pkg_350"]').checked).to.equal(true);
  });

  it('refuses a checkout outside the allowed origins and never navigates to it', async () => {
    const { backend } = harness;
    const { dialog, giftkit } = await ready();
    const catalog = await giftkit.pricing.packages();
    const evil = {
      recharge: {
        id: 'rch_evil', status: 'requires_action', item: { type: 'package', packageId: 'pkg_350' }, coins: 350,
        price: catalog.packages[1]!.price, platform: 'web', paymentMethod: 'card',
        nextAction: { type: 'redirect', url: 'https://cheap-coins.example/pay', expiresAt: new Date(Date.now() + 60_000).toISOString() },
        failure: null, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
      },
      balance: 1000,
    };
    backend.faults.add({ kind: 'malformed', body: evil, match: { method: 'POST', path: '/v1/recharges' } });
    const errors = recordEvents(dialog, 'gk-error');
    const checkouts = recordEvents(dialog, 'gk-checkout');
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'failed');
    expect(popups.popups[0]!.visited).to.deep.equal([]);
    expect(popups.popups[0]!.closed).to.equal(true);
    expect(checkouts.count).to.equal(0);
    expect(errors.count).to.equal(1);
    expect(errors.events[0]!.operation).to.equal('checkout');
    expect(panelText(dialog)).to.contain('not on an address this site trusts');
    await expectAccessible(dialog);
  });

  it('opens a checkout on an origin listed in checkout-origins', async () => {
    const { backend } = harness;
    const { dialog } = await ready('pkg_350', html`<gk-recharge-dialog checkout-origins="https://pay.example https://checkout.example"></gk-recharge-dialog>`);
    const real = await (async () => {
      popups = spyOnPopups(backend);
      await pay(dialog);
      await untilState(dialog, 'pending');
      return popups.popups[0]!.visited[0];
    })();
    expect(dialog.checkoutOrigins).to.deep.equal(['https://pay.example', 'https://checkout.example']);
    expect(real).to.satisfy((url: string) => url.startsWith(`${BASE_URL}/`)); // the SDK's own origin stays allowed
  });

  it('never follows a javascript: redirect', async () => {
    const { backend } = harness;
    const { dialog } = await ready();
    backend.faults.add({
      kind: 'malformed',
      body: { recharge: { id: 'rch_js', status: 'requires_action', nextAction: { type: 'redirect', url: 'javascript:alert(1)' } }, balance: 0 },
      match: { method: 'POST', path: '/v1/recharges' },
    });
    const errors = recordEvents(dialog, 'gk-error');
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'choose');
    expect(popups.popups[0]!.visited).to.deep.equal([]);
    expect(popups.popups[0]!.closed).to.equal(true);
    expect(part(dialog, '[part~="pay-error"]').textContent).to.contain('could not start');
    expect(errors.count).to.equal(1);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="pay-button"]'));
    await expectAccessible(dialog);
  });

  it('repeats a purchase whose answer was lost under the same key, so it is charged once', async () => {
    const { backend } = harness;
    const { dialog, userId } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_success"></gk-recharge-dialog>`);
    const before = await backend.state.balance(userId);
    backend.faults.add({ kind: 'lose_response', match: { method: 'POST', path: '/v1/recharges' }, times: 4 });
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'choose');
    expect(part(dialog, '[part~="pay-error"]').textContent).to.contain('could not start');
    await pay(dialog);
    await untilState(dialog, 'succeeded');
    const keys = new Set(rechargePosts(backend).map((p) => p.key));
    expect(keys.size).to.equal(1);
    expect(await backend.state.balance(userId)).to.equal(before + 70);
  });

  it('says a purchase would pass the budget, and charges nothing', async () => {
    const { backend } = harness;
    const viewer = await harness.viewer();
    await viewer.giftkit.wallet.setBudgets([{ unit: 'money', period: 'week', limit: { amount: 2000, currency: 'USD' } }]);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    await choose(dialog, 'pkg_3500');
    await acceptTerms(dialog);
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'choose');
    await updated(dialog);
    expect(part(dialog, '[part~="pay-error"]').textContent).to.match(/go over your spending budget: \$[\d.]+ left/);
    expect(rechargePosts(backend).map((p) => p.status)).to.deep.equal([403]);
    await expectAccessible(dialog);
  });

  it('shows the age restriction when the wallet refuses the purchase for it', async () => {
    const { backend } = harness;
    const { dialog, userId } = await ready();
    await backend.state.setAge(userId, 16);
    popups = spyOnPopups(backend);
    await pay(dialog);
    await untilState(dialog, 'age-restricted');
    expect(popups.popups[0]!.closed).to.equal(true);
    expect(panelText(dialog)).to.contain('Coins are for viewers 18 and over')
      .and.to.contain('You can still watch streams and chat')
      .and.to.contain('contact this site’s support to correct it');
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="done-button"]'));
    await expectAccessible(dialog);
  });

  it('follows a recharge paid in this tab when opened with its id', async () => {
    const { backend } = harness;
    const { giftkit } = await harness.viewer();
    const catalog = await giftkit.pricing.packages();
    const started = await giftkit.wallet.recharge({ type: 'package', packageId: catalog.packages[0]!.id }, { paymentMethod: 'card' });
    await backend.state.completeCheckout(started.recharge.id, 'succeed');
    const dialog = await dialogFixture();
    const completes = recordEvents(dialog, 'gk-recharge-complete');
    dialog.show({ rechargeId: started.recharge.id });
    await untilState(dialog, 'succeeded');
    expect(completes.count).to.equal(1);
  });
});
