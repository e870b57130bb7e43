import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { Giftkit } from '@giftkit/core';
import { useHarness, fixture, recordEvents, until, updated } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';
import { deepActiveElement } from '../internal/focus.js';
import { dialogFixture, openDialog, part as dialogPart } from '../test/recharge-dialog-driver.js';
import type { GkWalletView } from './wallet-view.js';
import './wallet-view.define.js';

const STREAM = 'stream_lena_cooking';

function q<T extends Element = HTMLElement>(view: Element, selector: string): T {
  const found = view.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <gk-wallet-view>`);
  return found;
}

function all<T extends Element = HTMLElement>(view: Element, selector: string): T[] {
  return [...(view.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

const text = (element: Node) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(view: GkWalletView, check: () => boolean, what: string): Promise<void> {
  await until(check, 4000, what);
  await updated(view);
}

/** Sends Lena three roses and a doughnut from `giftkit`'s viewer. */
async function giveGifts(giftkit: Giftkit, creator: string): Promise<void> {
  await giftkit.gifts.send('rose', { recipientId: creator, streamId: STREAM, count: 3 });
  await giftkit.gifts.send('doughnut', { recipientId: creator, streamId: STREAM });
}

describe('<gk-wallet-view>', () => {
  const harness = useHarness();

  it('pages through the history with Load more: purchases and gifts with dates, coins and prices', async () => {
    const { giftkit } = await harness.viewer(1000);
    await giveGifts(giftkit, harness.backend.users.creator);
    const view = await fixture<GkWalletView>(html`<gk-wallet-view page-size="2"></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="transaction"]').length === 2, 'the first page');
    const [doughnut, roses] = all(view, '[part~="transaction"]');
    expect(text(doughnut!)).to.contain('1 × Doughnut to Lena Park').and.to.contain('\u221230');
    expect(text(roses!)).to.contain('3 × Rose to Lena Park').and.to.contain('\u22123');
    expect(q(view, 'time').getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(text(q(view, 'time'))).to.match(/\d{4}/);
    await expectNoAxeViolations(view);

    const more = q<HTMLButtonElement>(view, '[part~="load-more"]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(view, () => all(view, '[part~="transaction"]').length === 3, 'the second page');
    const purchase = all(view, '[part~="transaction"]')[2]!;
    expect(purchase.dataset['type']).to.equal('purchase');
    expect(text(purchase)).to.contain('Bought 1,000 coins').and.to.contain('+1,000').and.to.match(/\$\d+\.\d\d/);
    // The keyboard carries on at the first new row; the list ended, so there is no more Load more.
    expect(deepActiveElement()).to.equal(purchase.querySelector('[part~="report-button"]'));
    expect(all(view, '[part~="load-more"]')).to.have.length(0);
    const pages = harness.backend.state.requests.filter((r) => r.path === '/v1/wallet/transactions');
    expect(pages).to.have.length(2);
  });

  it('summarises this week and this month, in total and by creator', async () => {
    const { giftkit } = await harness.viewer(1000);
    await giveGifts(giftkit, harness.backend.users.creator);
    const week = await giftkit.wallet.spending('week');
    harness.backend.faults.add({ kind: 'latency', ms: 300, match: { path: '/v1/wallet/spending' }, times: 2 });
    const view = await fixture<GkWalletView>(html`<gk-wallet-view></gk-wallet-view>`);
    expect(text(q(view, '[part~="spending-card"]'))).to.contain('Loading');
    await expectNoAxeViolations(view);
    await settle(view, () => all(view, '[part~="spending-card"] .figure').length === 2, 'both summaries');
    const [thisWeek, thisMonth] = all(view, '[part~="spending-card"]');
    expect(text(thisWeek!)).to.contain('This week').and.to.contain('33 coins given')
      .and.to.contain(`${giftkit.pricing.format.money(week.totalPurchased)} spent on coins`);
    expect(text(thisWeek!)).to.contain('Lena Park').and.to.contain('33 coins · 4 gifts');
    expect(text(thisMonth!)).to.contain('This month').and.to.contain('33 coins given');
    await expectNoAxeViolations(view);
  });

  it('sets budgets, validates them, reads them back and removes one', async () => {
    const { giftkit } = await harness.viewer(1000);
    const view = await fixture<GkWalletView>(html`<gk-wallet-view></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="budget-form"]').length === 1, 'the budget form');
    expect(text(q(view, '[aria-labelledby="budgets-title"]'))).to.contain('No budget set');

    const setDraft = async (period: string, unit: string, limit: string) => {
      const [periodSelect, unitSelect] = all<HTMLSelectElement>(view, '[part~="budget-form"] select');
      periodSelect!.value = period;
      periodSelect!.dispatchEvent(new Event('change'));
      unitSelect!.value = unit;
      unitSelect!.dispatchEvent(new Event('change'));
      await updated(view);
      const input = q<HTMLInputElement>(view, '[part~="budget-input"]');
      input.value = limit;
      input.dispatchEvent(new InputEvent('input'));
      await updated(view);
      q(view, '[part~="budget-save"]').click();
      await updated(view);
    };

    await setDraft('month', 'money', '12.345');
    expect(text(q(view, '#budget-error'))).to.contain('at most 2 decimals');
    expect(q(view, '[part~="budget-input"]').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(q(view, '[part~="budget-input"]'));
    await expectNoAxeViolations(view);

    await setDraft('month', 'money', '25.50');
    await settle(view, () => all(view, '[part~="budget"]').length === 1, 'the saved budget');
    expect(text(q(view, '[part~="budget"]'))).to.contain('Monthly limit: $25.50');
    expect(text(q(view, '.confirmation'))).to.equal('Budget saved.');

    await setDraft('week', 'coins', 'lots');
    expect(text(q(view, '#budget-error'))).to.contain('whole number of coins');
    await setDraft('week', 'coins', '1,500');
    await settle(view, () => all(view, '[part~="budget"]').length === 2, 'the second budget');

    const saved = await giftkit.wallet.budgets();
    expect(saved.map((b) => [b.unit, b.period, b.limit])).to.have.deep.members([
      ['money', 'month', { amount: 2550, currency: 'USD' }],
      ['coins', 'week', 1500],
    ]);
    await expectNoAxeViolations(view);

    all(view, '[part~="budget"] button').find((button) => button.getAttribute('aria-label')!.includes('Monthly'))!.click();
    await settle(view, () => all(view, '[part~="budget"]').length === 1, 'the removal');
    expect((await giftkit.wallet.budgets()).map((b) => b.unit)).to.deep.equal(['coins']);
    expect(text(q(view, '.confirmation'))).to.equal('Budget removed.');
  });

  it('reports a transaction the viewer does not recognise and confirms it', async () => {
    const { giftkit } = await harness.viewer(1000);
    const view = await fixture<GkWalletView>(html`<gk-wallet-view></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="transaction"]').length === 1, 'the history');
    const [purchase] = (await giftkit.wallet.transactions()).data;
    q(view, '[part~="report-button"]').click();
    await updated(view);
    const reason = q<HTMLSelectElement>(view, '[part~="report-form"] select');
    expect(deepActiveElement()).to.equal(reason);
    await expectNoAxeViolations(view);
    reason.value = 'duplicate';
    reason.dispatchEvent(new Event('change'));
    const details = q<HTMLTextAreaElement>(view, '[part~="report-form"] textarea');
    details.value = 'Charged twice <b>for this</b>';
    details.dispatchEvent(new InputEvent('input'));
    await updated(view);
    q(view, '[part~="report-submit"]').click();
    await settle(view, () => all(view, '[part~="report-confirmation"]').length === 1, 'the confirmation');
    const confirmation = q(view, '[part~="report-confirmation"]');
    expect(text(confirmation)).to.match(/we received your report .* Reference: [\w-]+\./);
    expect(deepActiveElement()).to.equal(confirmation);
    const posts = harness.backend.state.requests.filter((r) => r.method === 'POST' && r.path === '/v1/disputes');
    expect(posts.map((r) => r.status)).to.deep.equal([201]);
    expect(purchase!.type).to.equal('purchase');
    await expectNoAxeViolations(view);
  });

  it('cancels a report and gives focus back to its button', async () => {
    await harness.viewer(1000);
    const view = await fixture<GkWalletView>(html`<gk-wallet-view></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="report-button"]').length === 1, 'the history');
    q(view, '[part~="report-button"]').click();
    await updated(view);
    all(view, '[part~="report-form"] button').find((b) => text(b) === 'Cancel')!.click();
    await updated(view);
    expect(all(view, '[part~="report-form"]')).to.have.length(0);
    expect(deepActiveElement()).to.equal(q(view, '[part~="report-button"]'));
  });

  it('reloads with a page size set from code, firing no event, and stays readable in the dark', async () => {
    await harness.viewer(1000);
    const view = await fixture<GkWalletView>(html`<gk-wallet-view page-size="1"></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="load-more"]').length === 0 && all(view, '[part~="transaction"]').length === 1, 'the first page');
    const fail = (event: Event) => expect.fail(`unexpected ${event.type}`);
    view.addEventListener('gk-error', fail);
    view.pageSize = 50;
    view.theme = 'dark';
    const pages = () => harness.backend.state.requests.filter((r) => r.path === '/v1/wallet/transactions');
    await settle(view, () => pages().length === 2 && all(view, '[part~="transaction"]').length === 1, 'the reload');
    expect(view.getAttribute('theme')).to.equal('dark');
    await expectNoAxeViolations(view);
    view.removeEventListener('gk-error', fail);
  });

  it('shows a history that failed to load, reports it once, and retries', async () => {
    await harness.viewer(1000);
    harness.backend.faults.add({ kind: 'status', status: 500, times: Infinity, match: { path: '/v1/wallet/transactions' } });
    const view = document.createElement('gk-wallet-view');
    const errors = recordEvents(view, 'gk-error');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(view);
    await settle(view, () => text(view.shadowRoot!).includes('could not be loaded'), 'the error');
    expect(errors.count).to.equal(1);
    expect(errors.events[0]!.operation).to.equal('history');
    await expectNoAxeViolations(view);
    harness.backend.faults.clear();
    all(view, '[aria-labelledby="history-title"] button')[0]!.click();
    await settle(view, () => all(view, '[part~="transaction"]').length === 1, 'the retried history');
  });

  it('renders server text (gift and creator names) as text', async () => {
    const { giftkit } = await harness.viewer(1000);
    const page = await giftkit.wallet.transactions();
    const hostile = { ...page.data[0]!, id: 'tx_hostile', type: 'gift', giftId: 'rose', giftName: '<img src=x onerror="window.__pwned=1">', count: 1,
      recipientId: 'creator_lena', recipientName: '<script>window.__pwned=1</script>', streamId: STREAM, comboId: null, coins: -1 };
    harness.backend.faults.add({ kind: 'malformed', body: { data: [hostile], nextCursor: null }, match: { path: '/v1/wallet/transactions' } });
    const view = await fixture<GkWalletView>(html`<gk-wallet-view></gk-wallet-view>`);
    await settle(view, () => all(view, '[part~="transaction"]').length === 1, 'the history');
    expect(all(view, 'img, script')).to.have.length(0);
    expect(text(q(view, '[part~="transaction"]'))).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is the History tab of the recharge dialog, reached by keyboard', async () => {
    await harness.viewer(1000);
    const dialog = await dialogFixture();
    await openDialog(dialog);
    dialogPart(dialog, '#tab-buy').focus();
    await sendKeys({ press: 'ArrowRight' });
    await updated(dialog);
    expect(dialogPart(dialog, '#tab-history').getAttribute('aria-selected')).to.equal('true');
    expect(deepActiveElement()).to.equal(dialogPart(dialog, '#tab-history'));
    const view = dialogPart<GkWalletView>(dialog, 'gk-wallet-view');
    await settle(view, () => all(view, '[part~="transaction"]').length === 1, 'the history in the dialog');
    expect(dialogPart(dialog, '#panel-buy').hidden).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await updated(dialog);
    expect(dialogPart(dialog, '#tab-buy').getAttribute('aria-selected')).to.equal('true');
  });
});
