import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import type { Giftkit } from '@giftkit/core';
import { useHarness, fixture, recordEvents, until, updated, BASE_URL } from '../test/harness.js';
import { expectNoAxeViolations } from '../test/a11y.js';
import { deepActiveElement } from '../internal/focus.js';
import { setLocale } from '../localization.js';
import type { GkRechargeDialog } from '../recharge-dialog/recharge-dialog.js';
import { dialogFixture, expectAccessible, openDialog, part as dialogPart, untilState } from '../test/recharge-dialog-driver.js';
import type { GkWalletView } from './wallet-view.js';
import './wallet-view.define.js';

const STREAM = 'stream_lena_cooking';

function q<T extends Element = HTMLElement>(view: Element, selector: string): T {
  const found = view.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <gk-wallet-view>`);
  return found;
}

/** The first element matching `selector` under `element` (itself inside the view's shadow tree). */
function find<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${element.localName}`);
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

/**
 * Mounts `<gk-wallet-view>` with `attributes`, its `gk-error` events recorded from before it connects, so
 * a failure of its very first loads is counted too.
 */
async function mountRecorded(attributes: Record<string, string> = {}) {
  const view = document.createElement('gk-wallet-view');
  for (const [name, value] of Object.entries(attributes)) view.setAttribute(name, value);
  const errors = recordEvents(view, 'gk-error');
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(view);
  await updated(view);
  return { view, errors };
}

/** Types `value` into a field of the view as the viewer would (an input event per change). */
async function type(view: GkWalletView, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new InputEvent('input'));
  await updated(view);
}

/** Picks `value` in a select of the view. */
async function pick(view: GkWalletView, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await updated(view);
}

/** Focuses `button` and presses Enter on it, as a keyboard user would. */
async function press(view: GkWalletView, button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await updated(view);
}

/** An error envelope answer of the wallet API. */
const envelope = (status: number, code: string, message: string, details?: Record<string, unknown>) =>
  HttpResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });

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

  describe('with nothing to show, or failing', () => {
    it('tells a viewer with no history yet so, and offers to buy coins', async () => {
      await harness.viewer(0);
      const page = await fixture<HTMLDivElement>(html`<div><gk-wallet-view></gk-wallet-view><gk-recharge-dialog></gk-recharge-dialog></div>`);
      const view = page.querySelector('gk-wallet-view')!;
      const dialog = page.querySelector<GkRechargeDialog>('gk-recharge-dialog')!;
      await settle(view, () => all(view, '[part~="empty"]').length === 1 && all(view, '[part~="budget-form"]').length === 1, 'the empty history');
      const history = q(view, '[aria-labelledby="history-title"]');
      expect(text(q(view, '[part~="empty"]'))).to.contain('No transactions yet.').and.to.contain('Coins you buy and gifts you send will be listed here.');
      // No empty table: no list, no rows, no paging.
      expect(history.querySelectorAll('ul, [part~="transaction"], [part~="load-more"]')).to.have.length(0);
      const buy = q<HTMLButtonElement>(view, '[part~="buy-coins"]');
      expect(buy.localName).to.equal('button');
      expect(text(buy)).to.equal('Buy coins');
      await expectNoAxeViolations(view);

      // Prevented, the request leaves the page to show its own flow.
      const requests = recordEvents(view, 'gk-recharge-request');
      const prevent = (event: Event) => event.preventDefault();
      view.addEventListener('gk-recharge-request', prevent);
      await press(view, buy);
      expect(requests.count).to.equal(1);
      expect(dialog.open).to.equal(false);
      view.removeEventListener('gk-recharge-request', prevent);

      await press(view, buy);
      expect(requests.count).to.equal(2);
      expect(requests.events[1]!.shortfall).to.equal(undefined);
      await until(() => dialog.open, 3000, 'the recharge dialog');
      await untilState(dialog, 'choose');
    });

    it('in the recharge dialog, explains the empty history and leaves buying to the dialog’s own tab', async () => {
      await harness.viewer(0);
      const dialog = await dialogFixture();
      await openDialog(dialog);
      dialogPart(dialog, '#tab-history').click();
      await updated(dialog);
      const view = dialogPart<GkWalletView>(dialog, 'gk-wallet-view');
      await settle(view, () => all(view, '[part~="empty"]').length === 1, 'the empty history in the dialog');
      expect(text(q(view, '[part~="empty"]'))).to.contain('No transactions yet.');
      expect(all(view, '[part~="buy-coins"]')).to.have.length(0);
      await expectAccessible(dialog);
    });

    it('shows a spending summary that failed, reports each failure once, and retries it from the keyboard', async () => {
      await harness.viewer(1000);
      let failWeek = true;
      // Only this week's summary fails; this month's comes from the mock.
      harness.use(http.get(`${BASE_URL}/v1/wallet/spending`, ({ request }) =>
        failWeek && new URL(request.url).searchParams.get('period') === 'week'
          ? envelope(500, 'internal_error', 'The spending service failed.')
          : undefined));
      const { view, errors } = await mountRecorded();
      await settle(view, () => all(view, '[data-period="week"] [part~="retry-button"]').length === 1
        && all(view, '[data-period="month"] .figure').length === 1, 'the failed week');
      const week = q(view, '[part~="spending-card"][data-period="week"]');
      expect(week.querySelector('[role="alert"]')?.textContent).to.equal('Could not load this summary.');
      expect(text(q(view, '[data-period="month"]'))).to.contain('0 coins given');
      const retry = find<HTMLButtonElement>(week, '[part~="retry-button"]');
      expect(text(retry)).to.equal('Try again');
      expect(q(view, `#${retry.getAttribute('aria-describedby')}`).textContent).to.equal('This week');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]!.operation).to.equal('spending');
      await expectNoAxeViolations(view);

      // It fails again: once more reported and shown, with focus still on the same button.
      await press(view, retry);
      await settle(view, () => errors.count === 2 && week.querySelector('[role="alert"]') !== null, 'the second failure');
      expect(deepActiveElement()).to.equal(retry);
      expect(text(week)).to.contain('Could not load this summary.');

      failWeek = false;
      await press(view, retry);
      await settle(view, () => week.querySelector('.figure') !== null, 'the retried week');
      expect(text(week)).to.contain('0 coins given');
      expect(week.querySelector('[role="alert"], [part~="retry-button"]')).to.equal(null);
      // The button went with the error: focus moved to the card it reloaded.
      expect(deepActiveElement()).to.equal(q(view, '#spending-week'));
      expect(errors.count).to.equal(2);
      await expectNoAxeViolations(view);
    });

    it('shows budgets that failed to load, reports it once, and retries with focus kept', async () => {
      await harness.viewer(1000);
      harness.backend.faults.add({ kind: 'status', status: 500, times: Infinity, match: { method: 'GET', path: '/v1/wallet' } });
      const { view, errors } = await mountRecorded();
      const budgets = () => q(view, '[aria-labelledby="budgets-title"]');
      await settle(view, () => budgets().querySelector('[role="alert"]') !== null, 'the budgets error');
      expect(text(budgets().querySelector('[role="alert"]')!)).to.equal('Your budgets could not be loaded.');
      expect(all(view, '[part~="budget-form"]')).to.have.length(0);
      expect(errors.count).to.equal(1);
      expect(errors.events[0]!.operation).to.equal('budgets');
      // The other sections do not depend on it.
      await settle(view, () => all(view, '[part~="transaction"]').length === 1, 'the history');
      await expectNoAxeViolations(view);

      harness.backend.faults.clear();
      await press(view, find(budgets(), '[part~="retry-button"]'));
      await settle(view, () => all(view, '[part~="budget-form"]').length === 1, 'the retried budgets');
      expect(text(budgets())).to.contain('No budget set');
      expect(deepActiveElement()).to.equal(q(view, '#budgets-title'));
      expect(errors.count).to.equal(1);
      await expectNoAxeViolations(view);
    });

    it('keeps the typed budget when the wallet refuses it, with its reason, or cannot be reached', async () => {
      await harness.viewer(1000);
      let answer: 'refuse' | 'fail' | 'pass' = 'refuse';
      harness.use(http.put(`${BASE_URL}/v1/wallet/budgets`, () => {
        if (answer === 'refuse') {
          return envelope(400, 'validation_failed', 'A weekly budget may not be above 100,000 coins <b>here</b>.', {
            issues: [{ path: 'body.budgets.0.limit', message: 'Too big' }],
          });
        }
        return answer === 'fail' ? envelope(503, 'unavailable', 'The wallet service is briefly unavailable.') : undefined;
      }));
      const { view, errors } = await mountRecorded();
      await settle(view, () => all(view, '[part~="budget-form"]').length === 1, 'the budget form');
      const [period, unit] = all<HTMLSelectElement>(view, '[part~="budget-form"] select');
      await pick(view, period!, 'week');
      await pick(view, unit!, 'coins');
      const input = q<HTMLInputElement>(view, '[part~="budget-input"]');
      await type(view, input, '250,000');
      const save = q<HTMLButtonElement>(view, '[part~="budget-save"]');
      await press(view, save);
      await settle(view, () => all(view, '#budget-error').length === 1, 'the refusal');

      const error = q(view, '#budget-error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal('The wallet did not accept this budget: A weekly budget may not be above 100,000 coins <b>here</b>.');
      expect(error.querySelector('b')).to.equal(null);
      // The viewer's input is kept, marked and described, with focus on it to correct it.
      expect(q<HTMLInputElement>(view, '[part~="budget-input"]')).to.equal(input);
      expect(input.value).to.equal('250,000');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('budget-error');
      expect(deepActiveElement()).to.equal(input);
      expect([period!.value, unit!.value]).to.deep.equal(['week', 'coins']);
      expect(all(view, '[part~="budget"]')).to.have.length(0);
      expect(text(q(view, '.confirmation'))).to.equal('');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]!.operation).to.equal('budgets');
      expect(text(save)).to.equal('Save budget');
      await expectNoAxeViolations(view);

      // Unreachable: the limit is not what is wrong; it stays, and so does focus on Save.
      answer = 'fail';
      await type(view, input, '50,000');
      await press(view, save);
      await settle(view, () => errors.count === 2 && all(view, '#budget-error').length === 1, 'the failure');
      expect(text(q(view, '#budget-error'))).to.equal('The budget could not be saved. Try again.');
      expect(input.value).to.equal('50,000');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.hasAttribute('aria-describedby')).to.equal(false);
      expect(deepActiveElement()).to.equal(save);
      expect(save.getAttribute('aria-disabled')).to.equal('false');
      await expectNoAxeViolations(view);

      answer = 'pass';
      await press(view, save);
      await settle(view, () => all(view, '[part~="budget"]').length === 1, 'the saved budget');
      expect(text(q(view, '[part~="budget"]'))).to.contain('Weekly limit: 50,000 coins');
      expect(all(view, '#budget-error')).to.have.length(0);
      expect(input.value).to.equal('');
      expect(errors.count).to.equal(2);
    });

    it('keeps a report that could not be sent, marks nothing reported, and sends it again under the same key', async () => {
      await harness.viewer(1000);
      harness.backend.faults.add({ kind: 'status', status: 503, times: Infinity, match: { method: 'POST', path: '/v1/disputes' } });
      const { view, errors } = await mountRecorded();
      await settle(view, () => all(view, '[part~="report-button"]').length === 1, 'the history');
      await press(view, q(view, '[part~="report-button"]'));
      await pick(view, q<HTMLSelectElement>(view, '[part~="report-form"] select'), 'duplicate');
      await type(view, q<HTMLTextAreaElement>(view, '[part~="report-form"] textarea'), 'Charged twice');
      const submit = q<HTMLButtonElement>(view, '[part~="report-submit"]');
      await press(view, submit);
      await settle(view, () => all(view, '[part~="report-form"] [role="alert"]').length === 1, 'the report error');

      expect(text(q(view, '[part~="report-form"] [role="alert"]'))).to.equal('The report could not be sent. Try again.');
      expect(errors.count).to.equal(1);
      expect(errors.events[0]!.operation).to.equal('dispute');
      // Nothing reads as reported: no confirmation; the form is still there with what the viewer wrote.
      expect(all(view, '[part~="report-confirmation"]')).to.have.length(0);
      expect(q<HTMLSelectElement>(view, '[part~="report-form"] select').value).to.equal('duplicate');
      expect(q<HTMLTextAreaElement>(view, '[part~="report-form"] textarea').value).to.equal('Charged twice');
      expect(text(submit)).to.equal('Send report');
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
      expect(deepActiveElement()).to.equal(submit);
      const posts = () => harness.backend.state.requests.filter((r) => r.method === 'POST' && r.path === '/v1/disputes');
      expect(posts().length).to.be.above(0);
      expect(posts().every((r) => r.status === 503)).to.equal(true);
      await expectNoAxeViolations(view);

      harness.backend.faults.clear();
      await press(view, submit);
      await settle(view, () => all(view, '[part~="report-confirmation"]').length === 1, 'the confirmation');
      expect(deepActiveElement()).to.equal(q(view, '[part~="report-confirmation"]'));
      expect(posts().filter((r) => r.status === 201)).to.have.length(1);
      // Every attempt of this one report carried the same Idempotency-Key, so it is filed at most once.
      expect(new Set(posts().map((r) => r.idempotencyKey)).size).to.equal(1);
      expect(errors.count).to.equal(1);
    });

    it('keeps the rows shown when Load more fails, says so, and loads them on retry', async () => {
      const { giftkit } = await harness.viewer(1000);
      await giveGifts(giftkit, harness.backend.users.creator);
      const { view, errors } = await mountRecorded({ 'page-size': '2' });
      await settle(view, () => all(view, '[part~="transaction"]').length === 2, 'the first page');
      harness.backend.faults.add({ kind: 'status', status: 500, times: Infinity, match: { path: '/v1/wallet/transactions' } });
      const more = q<HTMLButtonElement>(view, '[part~="load-more"]');
      await press(view, more);
      await settle(view, () => errors.count === 1 && all(view, '[aria-labelledby="history-title"] [role="alert"]').length === 1, 'the failed page');

      expect(text(q(view, '[aria-labelledby="history-title"] [role="alert"]'))).to.equal('More transactions could not be loaded.');
      expect(all(view, '[part~="transaction"]')).to.have.length(2);
      expect(text(all(view, '[part~="transaction"]')[0]!)).to.contain('1 × Doughnut to Lena Park');
      expect(q(view, '[part~="load-more"]')).to.equal(more);
      expect(text(more)).to.equal('Try again');
      expect(more.getAttribute('aria-disabled')).to.equal('false');
      expect(deepActiveElement()).to.equal(more);
      expect(errors.events[0]!.operation).to.equal('history');
      await expectNoAxeViolations(view);

      harness.backend.faults.clear();
      await press(view, more);
      await settle(view, () => all(view, '[part~="transaction"]').length === 3, 'the retried page');
      const purchase = all(view, '[part~="transaction"]')[2]!;
      expect(all(view, '[aria-labelledby="history-title"] [role="alert"]')).to.have.length(0);
      expect(deepActiveElement()).to.equal(purchase.querySelector('[part~="report-button"]'));
      expect(errors.count).to.equal(1);
    });
  });

  describe('in Arabic, right to left', () => {
    afterEach(() => setLocale('en'));

    /** The box of `element`. */
    const box = (element: Element) => element.getBoundingClientRect();

    it('mirrors the layout and formats figures, signs and dates through Intl for Arabic', async () => {
      const { giftkit } = await harness.viewer(1000, { locale: 'ar' });
      await giveGifts(giftkit, harness.backend.users.creator);
      await giftkit.wallet.setBudgets([{ unit: 'coins', period: 'week', limit: 500 }]);
      const purchase = (await giftkit.wallet.transactions()).data.find((t) => t.type === 'purchase')!;
      await setLocale('ar');
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><gk-wallet-view></gk-wallet-view></div>`);
      const view = wrapper.querySelector('gk-wallet-view')!;
      await settle(view, () => all(view, '[part~="transaction"]').length === 3 && all(view, '.figure').length === 2
        && all(view, '[part~="budget"]').length === 1, 'the Arabic wallet view');

      expect(getComputedStyle(q(view, '.transactions')).direction).to.equal('rtl');
      expect(q(view, '#history-title').textContent).to.equal('السجل');

      // Figures through Intl for Arabic: numbers, the sign (with the bidi mark Intl puts before it), money, dates.
      const numbers = new Intl.NumberFormat('ar');
      const signed = (coins: number) => new Intl.NumberFormat('ar', { signDisplay: 'exceptZero' }).format(coins).replace('-', '\u2212');
      const [doughnut, roses, bought] = all(view, '[part~="transaction"]');
      expect(find(doughnut!, '.coins').textContent).to.equal(signed(-30));
      expect(find(roses!, '.coins').textContent).to.equal(signed(-3));
      expect(find(bought!, '.coins').textContent).to.equal(signed(1000));
      expect(text(find(bought!, '.what'))).to.equal(`اشتريت ${numbers.format(1000)} عملة`);
      const price = purchase.type === 'purchase' ? purchase.price : undefined;
      expect(find(bought!, '.amounts .muted').textContent).to.equal(
        new Intl.NumberFormat('ar', { style: 'currency', currency: price!.currency }).format(price!.amount / 100));
      const time = find(bought!, 'time');
      expect(time.textContent).to.equal(
        new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time.getAttribute('datetime')!)));
      expect(text(q(view, '[data-period="week"] .figure'))).to.equal(`${numbers.format(33)} عملة مُهداة`);

      // The minus sits where Arabic puts it: with Latin digits (Intl's default for ar here) left of them, as in "−30".
      // Lit's comment markers sit beside the text: take the text node itself.
      const coins = [...find(doughnut!, '.coins').childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && !!node.textContent)!;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(coins, from);
        range.setEnd(coins, to);
        return range.getBoundingClientRect();
      };
      const minus = coins.data.indexOf('\u2212');
      const digits = at(minus + 1, coins.data.length);
      if (numbers.resolvedOptions().numberingSystem === 'latn') expect(at(minus, minus + 1).right).to.be.at.most(digits.left + 0.5);
      else expect(at(minus, minus + 1).left).to.be.at.least(digits.right - 0.5);

      // Each row starts at the right: what happened, then the amounts, then Report at the left edge.
      for (const row of all(view, '[part~="transaction"]')) {
        const main = box(find(row, '.transaction-main'));
        const what = box(find(row, '.what'));
        const amounts = box(find(row, '.amounts'));
        const report = box(find(row, '[part~="report-button"]'));
        expect(Math.abs(main.right - what.right), 'the description at the inline start, the right').to.be.below(1);
        expect(amounts.right).to.be.at.most(what.left + 0.5);
        expect(report.right).to.be.at.most(amounts.left + 0.5);
        expect(Math.abs(report.left - main.left), 'Report at the inline end, the left').to.be.below(1);
        // The amounts hug their column's inline end, toward Report.
        expect(Math.abs(box(find(row, '.coins')).left - amounts.left)).to.be.below(1);
      }

      // This week comes first, so at the right; this month to its left on the same line.
      const week = box(q(view, '[data-period="week"]'));
      const month = box(q(view, '[data-period="month"]'));
      expect(Math.abs(week.top - month.top)).to.be.below(1);
      expect(month.right).to.be.at.most(week.left + 0.5);

      // The budget: its limit at the right, Remove at the left; the form's fields in order from the right.
      const budget = q(view, '[part~="budget"]');
      expect(text(budget)).to.contain(`الحد الأسبوعي: ${numbers.format(500)} عملة`);
      expect(box(find(budget, 'button')).right).to.be.at.most(box(find(budget, 'strong')).left + 0.5);
      const [periodField, unitField, limitField] = all(view, '[part~="budget-form"] label');
      expect(box(unitField!).right).to.be.at.most(box(periodField!).left + 0.5);
      expect(box(limitField!).right).to.be.at.most(box(unitField!).left + 0.5);
      await expectNoAxeViolations(view);
    });
  });
});
