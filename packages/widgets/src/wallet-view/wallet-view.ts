/** `<gk-wallet-view>`: the viewer's history, spending, budgets and transaction reports. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  isBudgetExceededError, isValidationError, newIdempotencyKey,
  type Budget, type BudgetInput, type DisputeReason, type Giftkit, type SpendingPeriod, type Transaction, type Wallet,
} from '@giftkit/core';
import { GiftkitController } from '../internal/giftkit-controller.js';
import { announce } from '../internal/announce.js';
import { getLocale } from '../localization.js';
import { GkErrorEvent } from '../events/error.js';
import { GkRechargeRequestEvent } from '../events/recharge-request.js';
import { closestComposed, openRechargeDialog } from '../internal/open-recharge.js';
import { renderSpending, type SpendingState } from './spending-summary.js';
import { budgetInputOf, checkBudgetDraft, renderBudgets, withBudget, type BudgetDraft, type BudgetError } from './budgets.js';
import { renderTransactions, type Report } from './transactions.js';
import { renderFailed } from './failed.js';
import { walletViewStyles } from './wallet-view.styles.js';

/** Where a section's load stands; `retrying` is loading again after an error, with the retry button kept. */
type Loadable = 'loading' | 'ready' | 'error' | 'retrying';

/** The longest server reason shown under the budget form; longer ones are cut. */
const MAX_REASON_LENGTH = 300;

/**
 * What to tell the viewer when the wallet refused a budget: its reason, which is server text shown as
 * text (the reference wallet says e.g. "Money budgets are in the wallet's currency, USD."), cut to a
 * readable length; without one, a request to check the amount.
 */
function refusal(error: unknown): string {
  const raw = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : '';
  if (!raw) return msg('The wallet did not accept this budget. Check the amount.', { id: 'gk.wallet.budget.refused' });
  const reason = raw.length > MAX_REASON_LENGTH ? `${raw.slice(0, MAX_REASON_LENGTH - 1)}…` : raw;
  return msg(str`The wallet did not accept this budget: ${reason}`, { id: 'gk.wallet.budget.refusedReason' });
}

/**
 * The viewer's wallet beyond the balance: the transaction history, newest first, with "Load more"
 * paging (purchases, gifts and refunds with localized dates, coins and prices); what was given this week
 * and this month, in total and by creator; the spend budgets, to read and to set (per day, week or month,
 * in coins or in money); and a way to report a transaction the viewer does not recognise. Works on its
 * own or in the History tab of `<gk-recharge-dialog>`.
 *
 * @summary The viewer's history, spending summary, budgets and transaction reports.
 *
 * @event {GkErrorEvent} gk-error - Loading or saving failed (`operation`: `history`, `spending`, `budgets`, `dispute`), once per failure; the view shows it too, with a way to try again.
 * @event {GkRechargeRequestEvent} gk-recharge-request - Cancelable. The viewer chose "Buy coins" in the empty history; unless prevented, the recharge dialog opens.
 *
 * @csspart section - Each section (spending, budgets, history).
 * @csspart spending-card - The summary of one period.
 * @csspart budget - One budget as it stands.
 * @csspart budget-form - The form that sets a budget.
 * @csspart budget-input - The limit field.
 * @csspart budget-save - The save button.
 * @csspart transaction - One transaction row.
 * @csspart report-button - Opens the report form of a transaction.
 * @csspart report-form - The report form.
 * @csspart report-submit - Sends the report.
 * @csspart report-confirmation - The confirmation after a report.
 * @csspart load-more - Loads the next page of history ("Try again" after that failed).
 * @csspart retry-button - Loads again a section (or a spending period) that could not be loaded.
 * @csspart empty - The history of a viewer with no transactions yet.
 * @csspart buy-coins - The empty history's "Buy coins" (not shown inside `<gk-recharge-dialog>`, which has its own tab).
 *
 * @cssproperty [--gk-wallet-surface=var(--gk-color-surface)] - Background of the view.
 * @cssproperty [--gk-wallet-background=var(--gk-color-surface-raised)] - Background of the cards and rows.
 * @cssproperty [--gk-wallet-color=var(--gk-color-text)] - Text colour.
 * @cssproperty [--gk-wallet-accent=var(--gk-color-accent)] - Buttons and focus.
 * @cssproperty [--gk-wallet-border=var(--gk-color-border)] - Borders.
 * @cssproperty [--gk-wallet-radius=var(--gk-radius)] - Corner radius.
 * @cssproperty [--gk-wallet-received-color=var(--gk-color-success)] - Coins received (+).
 * @cssproperty [--gk-wallet-spent-color=var(--gk-color-text)] - Coins spent (−).
 * @cssproperty [--gk-wallet-danger-color=var(--gk-color-danger)] - Errors.
 */
export class GkWalletView extends LitElement {
  static override styles = walletViewStyles;

  private readonly giftkitController = new GiftkitController(this);

  @state() private accessor history: Loadable = 'loading';
  @state() private accessor transactions: Transaction[] = [];
  @state() private accessor cursor: string | null = null;
  @state() private accessor loadingMore = false;
  /** The last "Load more" failed; the rows already shown stay. */
  @state() private accessor moreError = false;
  @state() private accessor spending: Record<SpendingPeriod, SpendingState> = { week: { status: 'loading' }, month: { status: 'loading' } };
  @state() private accessor wallet: Wallet | undefined = undefined;
  @state() private accessor walletStatus: Loadable = 'loading';
  @state() private accessor draft: BudgetDraft = { period: 'month', unit: 'money', limit: '' };
  @state() private accessor budgetError: BudgetError | null = null;
  @state() private accessor savingBudgets = false;
  @state() private accessor budgetSaved: string | null = null;
  @state() private accessor report: Report | null = null;

  /** Transactions per page of history (1 to 100). @default 20 */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 20;
  /** `light` or `dark` forces the colour scheme; unset, it follows `<gk-provider theme>` or the viewer's preference. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined = undefined;

  /** Aborted when the element disconnects or the SDK instance changes. */
  private session = new AbortController();
  private loadedFor: Giftkit | undefined;
  /** A selector of the element to focus once the next render is done. */
  private focusAfterRender: string | null = null;

  private get sdk(): Giftkit | undefined {
    return this.giftkitController.giftkit;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the loads were abandoned on disconnect, so start them again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.abort();
    this.loadedFor = undefined;
  }

  // ---- loading --------------------------------------------------------------------------------------

  private load(giftkit: Giftkit): void {
    this.session.abort();
    this.session = new AbortController();
    this.loadedFor = giftkit;
    this.history = 'loading';
    this.transactions = [];
    this.cursor = null;
    this.loadingMore = false;
    this.moreError = false;
    this.report = null;
    this.spending = { week: { status: 'loading' }, month: { status: 'loading' } };
    // Another SDK instance may be another viewer: their budgets must not be shown, nor saved over the new ones.
    this.wallet = undefined;
    this.walletStatus = 'loading';
    this.budgetError = null;
    this.budgetSaved = null;
    this.savingBudgets = false;
    void this.loadHistory(giftkit);
    for (const period of ['week', 'month'] as const) void this.loadSpending(giftkit, period);
    void this.loadWallet(giftkit);
  }

  private fail(error: unknown, operation: string, signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.dispatchEvent(new GkErrorEvent(error, operation));
    return true;
  }

  /** Whether focus is on the retry button of `which`, which a successful retry is about to replace. */
  private retryHasFocus(which: string): boolean {
    const active = this.shadowRoot?.activeElement;
    return active instanceof HTMLElement && active.dataset['retry'] === which;
  }

  private async loadHistory(giftkit: Giftkit, cursor?: string): Promise<void> {
    const { signal } = this.session;
    if (cursor) {
      this.loadingMore = true;
      this.moreError = false;
    } else if (this.history !== 'retrying') {
      this.history = 'loading';
    }
    try {
      // The wallet pages 1 to 100 transactions at a time.
      const limit = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20));
      const page = await giftkit.wallet.transactions({ limit, signal, ...(cursor ? { cursor } : {}) });
      if (signal.aborted) return;
      if (!cursor && this.history === 'retrying' && this.retryHasFocus('history')) this.focusAfterRender = '#history-title';
      this.transactions = cursor ? [...this.transactions, ...page.data] : page.data;
      this.cursor = page.nextCursor;
      this.history = 'ready';
      if (cursor) {
        announce(msg('More transactions loaded.', { id: 'gk.wallet.moreLoaded' }));
        // Focus the first new row's action, so the keyboard carries on where the list grew.
        this.focusAfterRender = page.data[0] ? `[data-report="${page.data[0].id}"]` : '[part~="load-more"]';
      }
    } catch (error) {
      if (!this.fail(error, 'history', signal)) return;
      // Either way the view shows the failure in an alert, next to a button that tries again.
      if (!cursor) this.history = 'error';
      else this.moreError = true;
    } finally {
      if (!signal.aborted) this.loadingMore = false;
    }
  }

  private async loadSpending(giftkit: Giftkit, period: SpendingPeriod): Promise<void> {
    const { signal } = this.session;
    try {
      const summary = await giftkit.wallet.spending(period, { signal });
      if (signal.aborted) return;
      if (this.spending[period].status === 'retrying' && this.retryHasFocus(period)) this.focusAfterRender = `#spending-${period}`;
      this.spending = { ...this.spending, [period]: { status: 'ready', summary } };
    } catch (error) {
      if (this.fail(error, 'spending', signal)) this.spending = { ...this.spending, [period]: { status: 'error' } };
    }
  }

  private async loadWallet(giftkit: Giftkit): Promise<void> {
    const { signal } = this.session;
    if (this.walletStatus !== 'retrying') this.walletStatus = 'loading';
    try {
      const wallet = await giftkit.wallet.get({ signal });
      if (signal.aborted) return;
      if (this.walletStatus === 'retrying' && this.retryHasFocus('budgets')) this.focusAfterRender = '#budgets-title';
      this.wallet = wallet;
      this.walletStatus = 'ready';
    } catch (error) {
      if (this.fail(error, 'budgets', signal)) this.walletStatus = 'error';
    }
  }

  private onLoadMore = (): void => {
    const giftkit = this.sdk;
    if (giftkit && this.cursor && !this.loadingMore) void this.loadHistory(giftkit, this.cursor);
  };

  private onRetryHistory = (): void => {
    const giftkit = this.sdk;
    if (!giftkit || this.history !== 'error') return;
    this.history = 'retrying';
    void this.loadHistory(giftkit);
  };

  private onRetrySpending = (period: SpendingPeriod): void => {
    const giftkit = this.sdk;
    if (!giftkit || this.spending[period].status !== 'error') return;
    this.spending = { ...this.spending, [period]: { status: 'retrying' } };
    void this.loadSpending(giftkit, period);
  };

  private onRetryWallet = (): void => {
    const giftkit = this.sdk;
    if (!giftkit || this.walletStatus !== 'error') return;
    this.walletStatus = 'retrying';
    void this.loadWallet(giftkit);
  };

  /** The empty history's "Buy coins": the same request the coin badge makes. */
  private onBuyCoins = (): void => {
    if (!this.dispatchEvent(new GkRechargeRequestEvent())) return;
    void openRechargeDialog(this);
  };

  // ---- budgets --------------------------------------------------------------------------------------

  private onDraft = (patch: Partial<BudgetDraft>): void => {
    this.draft = { ...this.draft, ...patch };
    this.budgetError = null;
    this.budgetSaved = null;
  };

  private onSaveBudget = (event: SubmitEvent): void => {
    event.preventDefault();
    const wallet = this.wallet;
    if (!wallet || this.savingBudgets) return;
    const check = checkBudgetDraft(this.draft, wallet.currency);
    if (!check.ok) {
      this.budgetError = { message: check.message, field: true };
      this.focusAfterRender = '[part~="budget-input"]';
      return;
    }
    void this.saveBudgets(withBudget(wallet.budgets, check.input), msg('Budget saved.', { id: 'gk.wallet.budget.saved' }), true);
  };

  private onRemoveBudget = (budget: Budget): void => {
    const wallet = this.wallet;
    if (!wallet || this.savingBudgets) return;
    const rest = wallet.budgets.filter((other) => other !== budget).map(budgetInputOf);
    void this.saveBudgets(rest, msg('Budget removed.', { id: 'gk.wallet.budget.removed' }), false);
  };

  /**
   * Saves the budgets; `fromForm` when they carry the form's draft, which is cleared once saved and kept
   * (with the reason) when the wallet refuses it or cannot be reached.
   */
  private async saveBudgets(budgets: BudgetInput[], confirmation: string, fromForm: boolean): Promise<void> {
    const giftkit = this.sdk;
    if (!giftkit) return;
    const { signal } = this.session;
    // A removal takes its row, and the focused Remove button with it, away: focus goes to the section's title.
    const removing = !fromForm && !!this.shadowRoot?.activeElement?.closest('[part~="budget"]');
    this.savingBudgets = true;
    this.budgetError = null;
    this.budgetSaved = null;
    try {
      const wallet = await giftkit.wallet.setBudgets(budgets, { signal });
      if (signal.aborted) return;
      this.wallet = wallet;
      if (fromForm) this.draft = { ...this.draft, limit: '' };
      else if (removing) this.focusAfterRender = '#budgets-title';
      this.budgetSaved = confirmation;
    } catch (error) {
      if (!this.fail(error, 'budgets', signal)) return;
      const refused = isValidationError(error) || isBudgetExceededError(error);
      this.budgetError = { message: refused ? refusal(error) : msg('The budget could not be saved. Try again.', { id: 'gk.wallet.budget.failed' }), field: refused && fromForm };
      // The wallet refused what was typed: back to the field, as after the form's own check. A failure to
      // reach the wallet leaves focus on Save, which stayed in place, for another try.
      if (refused && fromForm) this.focusAfterRender = '[part~="budget-input"]';
    } finally {
      if (!signal.aborted) this.savingBudgets = false;
    }
  }

  // ---- reports --------------------------------------------------------------------------------------

  private onReport = (transaction: Transaction): void => {
    this.report = { transactionId: transaction.id, status: 'editing', reason: 'not_recognised', description: '', idempotencyKey: newIdempotencyKey() };
    this.focusAfterRender = `#report-${transaction.id}-reason`;
  };

  private onReportChange = (patch: { reason?: DisputeReason; description?: string }): void => {
    const report = this.report;
    if (!report || report.status === 'sent' || report.status === 'sending') return;
    const changed = (patch.reason !== undefined && patch.reason !== report.reason)
      || (patch.description !== undefined && patch.description !== report.description);
    // An unchanged report sent again is the same report (same key); a changed one is a new request.
    this.report = { ...report, ...patch, status: 'editing', idempotencyKey: changed ? newIdempotencyKey() : report.idempotencyKey };
  };

  private onReportCancel = (): void => {
    const id = this.report?.transactionId;
    this.report = null;
    if (id) this.focusAfterRender = `[data-report="${id}"]`;
  };

  private onReportSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const report = this.report;
    const giftkit = this.sdk;
    if (!giftkit || !report || report.status === 'sent' || report.status === 'sending') return;
    void this.sendReport(giftkit, report);
  };

  private async sendReport(giftkit: Giftkit, report: Extract<Report, { status: 'editing' | 'error' | 'sending' }>): Promise<void> {
    const { signal } = this.session;
    this.report = { ...report, status: 'sending' };
    const description = report.description.trim();
    try {
      const dispute = await giftkit.wallet.dispute(
        { transactionId: report.transactionId, reason: report.reason, ...(description ? { description } : {}) },
        { signal, idempotencyKey: report.idempotencyKey },
      );
      if (signal.aborted) return;
      this.report = { transactionId: report.transactionId, status: 'sent', dispute };
      this.focusAfterRender = '[part~="report-confirmation"]';
    } catch (error) {
      if (this.fail(error, 'dispute', signal)) this.report = { ...report, status: 'error' };
    }
  }

  // ---- lifecycle ------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the render, so that starting the loads re-renders nothing twice.
    const giftkit = this.sdk;
    const pageSizeChanged = changed.has('pageSize') && changed.get('pageSize') !== undefined;
    if (giftkit && (giftkit !== this.loadedFor || pageSizeChanged)) this.load(giftkit);
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = null;
      target?.focus();
    }
  }

  private renderEmptyHistory(): TemplateResult {
    // Inside the recharge dialog its "Buy coins" tab is right there; a second way there would only repeat it.
    const inDialog = closestComposed(this, 'gk-recharge-dialog') !== null;
    return html`<div class="empty" part="empty">
      <p class="empty-title">${msg('No transactions yet.', { id: 'gk.wallet.history.empty' })}</p>
      <p class="muted">${msg('Coins you buy and gifts you send will be listed here.', { id: 'gk.wallet.history.emptyHint' })}</p>
      ${inDialog
        ? nothing
        : html`<button type="button" class="primary" part="buy-coins" @click=${this.onBuyCoins}>${msg('Buy coins', { id: 'gk.wallet.buyCoins' })}</button>`}
    </div>`;
  }

  private renderHistory(giftkit: Giftkit): TemplateResult {
    if (this.history === 'loading') return html`<p class="muted" role="status">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
    if (this.history === 'error' || this.history === 'retrying') {
      return renderFailed({
        which: 'history',
        message: msg('The history could not be loaded.', { id: 'gk.wallet.history.error' }),
        retrying: this.history === 'retrying',
        onRetry: this.onRetryHistory,
      });
    }
    if (this.transactions.length === 0) return this.renderEmptyHistory();
    return html`${renderTransactions({
      transactions: this.transactions,
      pricing: giftkit.pricing,
      locale: getLocale(),
      report: this.report,
      onReport: this.onReport,
      onReportChange: this.onReportChange,
      onReportSubmit: this.onReportSubmit,
      onReportCancel: this.onReportCancel,
    })}
    ${this.cursor
      ? html`${this.moreError
          ? html`<p class="error" role="alert">${msg('More transactions could not be loaded.', { id: 'gk.wallet.moreFailed' })}</p>`
          : nothing}
        <button type="button" class="load-more" part="load-more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.onLoadMore}>
          ${this.loadingMore
            ? msg('Loading…', { id: 'gk.wallet.loading' })
            : this.moreError ? msg('Try again', { id: 'gk.wallet.retry' }) : msg('Load more', { id: 'gk.wallet.loadMore' })}
        </button>`
      : nothing}`;
  }

  private renderBudgetSection(giftkit: Giftkit): TemplateResult {
    const wallet = this.wallet;
    if (this.walletStatus === 'error' || this.walletStatus === 'retrying') {
      return renderFailed({
        which: 'budgets',
        message: msg('Your budgets could not be loaded.', { id: 'gk.wallet.budget.loadError' }),
        retrying: this.walletStatus === 'retrying',
        onRetry: this.onRetryWallet,
      });
    }
    if (!wallet) return html`<p class="muted" role="status">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
    return renderBudgets({
      budgets: wallet.budgets,
      currency: wallet.currency,
      pricing: giftkit.pricing,
      locale: getLocale(),
      draft: this.draft,
      error: this.budgetError,
      saving: this.savingBudgets,
      saved: this.budgetSaved,
      onDraft: this.onDraft,
      onSave: this.onSaveBudget,
      onRemove: this.onRemoveBudget,
    });
  }

  protected override render(): TemplateResult {
    const giftkit = this.sdk;
    if (!giftkit) return html`<p class="muted" role="status">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
    return html`
      <section part="section" aria-labelledby="spending-title">
        <h3 id="spending-title">${msg('Spending', { id: 'gk.wallet.spending.title' })}</h3>
        ${renderSpending(this.spending.week, this.spending.month, giftkit.pricing, this.onRetrySpending)}
      </section>
      <section part="section" aria-labelledby="budgets-title">
        <h3 id="budgets-title" tabindex="-1">${msg('Budgets', { id: 'gk.wallet.budget.title' })}</h3>
        ${this.renderBudgetSection(giftkit)}
      </section>
      <section part="section" aria-labelledby="history-title">
        <h3 id="history-title" tabindex="-1">${msg('History', { id: 'gk.wallet.history.title' })}</h3>
        ${this.renderHistory(giftkit)}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-wallet-view': GkWalletView;
  }
}
