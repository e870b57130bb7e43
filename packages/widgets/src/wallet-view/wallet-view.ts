/** `<gk-wallet-view>`: the viewer's history, spending, budgets and transaction reports. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  isBudgetExceededError, isValidationError,
  type Budget, type BudgetInput, type DisputeReason, type Giftkit, type SpendingPeriod, type Transaction, type Wallet,
} from '@giftkit/core';
import { GiftkitController } from '../internal/giftkit-controller.js';
import { announce } from '../internal/announce.js';
import { getLocale } from '../localization.js';
import { GkErrorEvent } from '../events/error.js';
import { renderSpending, type SpendingState } from './spending-summary.js';
import { budgetInputOf, checkBudgetDraft, renderBudgets, withBudget, type BudgetDraft } from './budgets.js';
import { renderTransactions, type Report } from './transactions.js';
import { walletViewStyles } from './wallet-view.styles.js';

type Loadable = 'loading' | 'ready' | 'error';

/**
 * The viewer's wallet beyond the balance: the transaction history, newest first, with "Load more"
 * paging (purchases, gifts and refunds with localized dates, coins and prices); what was given this week
 * and this month, in total and by creator; the spend budgets, to read and to set (per day, week or month,
 * in coins or in money); and a way to report a transaction the viewer does not recognise. Works on its
 * own or in the History tab of `<gk-recharge-dialog>`.
 *
 * @summary The viewer's history, spending summary, budgets and transaction reports.
 *
 * @event gk-error - Loading or saving failed (`operation`: `history`, `spending`, `budgets`, `dispute`); the view shows it too.
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
 * @csspart load-more - Loads the next page of history.
 *
 * @cssproperty --gk-wallet-surface - Background of the view. Defaults to `--gk-color-surface`.
 * @cssproperty --gk-wallet-background - Background of the cards and rows. Defaults to `--gk-color-surface-raised`.
 * @cssproperty --gk-wallet-color - Text colour. Defaults to `--gk-color-text`.
 * @cssproperty --gk-wallet-accent - Buttons and focus. Defaults to `--gk-color-accent`.
 * @cssproperty --gk-wallet-border - Borders. Defaults to `--gk-color-border`.
 * @cssproperty --gk-wallet-radius - Corner radius. Defaults to `--gk-radius`.
 * @cssproperty --gk-wallet-received-color - Coins received (+). Defaults to `--gk-color-success`.
 * @cssproperty --gk-wallet-spent-color - Coins spent (−). Defaults to `--gk-color-text`.
 * @cssproperty --gk-wallet-danger-color - Errors. Defaults to `--gk-color-danger`.
 */
export class GkWalletView extends LitElement {
  static override styles = walletViewStyles;

  private readonly giftkitController = new GiftkitController(this);

  @state() private accessor history: Loadable = 'loading';
  @state() private accessor transactions: Transaction[] = [];
  @state() private accessor cursor: string | null = null;
  @state() private accessor loadingMore = false;
  @state() private accessor spending: Record<SpendingPeriod, SpendingState> = { week: { status: 'loading' }, month: { status: 'loading' } };
  @state() private accessor wallet: Wallet | undefined = undefined;
  @state() private accessor walletStatus: Loadable = 'loading';
  @state() private accessor draft: BudgetDraft = { period: 'month', unit: 'money', limit: '' };
  @state() private accessor budgetError: string | null = null;
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
    this.transactions = [];
    this.cursor = null;
    this.report = null;
    this.spending = { week: { status: 'loading' }, month: { status: 'loading' } };
    void this.loadHistory(giftkit);
    for (const period of ['week', 'month'] as const) void this.loadSpending(giftkit, period);
    void this.loadWallet(giftkit);
  }

  private fail(error: unknown, operation: string, signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.dispatchEvent(new GkErrorEvent(error, operation));
    return true;
  }

  private async loadHistory(giftkit: Giftkit, cursor?: string): Promise<void> {
    const { signal } = this.session;
    if (cursor) this.loadingMore = true;
    else this.history = 'loading';
    try {
      // The wallet pages 1 to 100 transactions at a time.
      const limit = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20));
      const page = await giftkit.wallet.transactions({ limit, signal, ...(cursor ? { cursor } : {}) });
      if (signal.aborted) return;
      this.transactions = [...this.transactions, ...page.data];
      this.cursor = page.nextCursor;
      this.history = 'ready';
      if (cursor) {
        announce(msg('More transactions loaded.', { id: 'gk.wallet.moreLoaded' }));
        // Focus the first new row's action, so the keyboard carries on where the list grew.
        this.focusAfterRender = page.data[0] ? `[data-report="${page.data[0].id}"]` : '[part~="load-more"]';
      }
    } catch (error) {
      if (!this.fail(error, 'history', signal)) return;
      if (!cursor) this.history = 'error';
      else announce(msg('More transactions could not be loaded.', { id: 'gk.wallet.moreFailed' }), 'assertive');
    } finally {
      if (!signal.aborted) this.loadingMore = false;
    }
  }

  private async loadSpending(giftkit: Giftkit, period: SpendingPeriod): Promise<void> {
    const { signal } = this.session;
    try {
      const summary = await giftkit.wallet.spending(period, { signal });
      if (!signal.aborted) this.spending = { ...this.spending, [period]: { status: 'ready', summary } };
    } catch (error) {
      if (this.fail(error, 'spending', signal)) this.spending = { ...this.spending, [period]: { status: 'error' } };
    }
  }

  private async loadWallet(giftkit: Giftkit): Promise<void> {
    const { signal } = this.session;
    this.walletStatus = 'loading';
    try {
      const wallet = await giftkit.wallet.get({ signal });
      if (signal.aborted) return;
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
      this.budgetError = check.message;
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

  private async saveBudgets(budgets: BudgetInput[], confirmation: string, clearDraft: boolean): Promise<void> {
    const giftkit = this.sdk;
    if (!giftkit) return;
    const { signal } = this.session;
    this.savingBudgets = true;
    this.budgetError = null;
    try {
      this.wallet = await giftkit.wallet.setBudgets(budgets, { signal });
      if (clearDraft) this.draft = { ...this.draft, limit: '' };
      this.budgetSaved = confirmation;
    } catch (error) {
      if (!this.fail(error, 'budgets', signal)) return;
      this.budgetError = isValidationError(error) || isBudgetExceededError(error)
        ? msg('The wallet did not accept this budget. Check the amount.', { id: 'gk.wallet.budget.refused' })
        : msg('The budget could not be saved. Try again.', { id: 'gk.wallet.budget.failed' });
    } finally {
      if (!signal.aborted) this.savingBudgets = false;
    }
  }

  // ---- reports --------------------------------------------------------------------------------------

  private onReport = (transaction: Transaction): void => {
    this.report = { transactionId: transaction.id, status: 'editing', reason: 'not_recognised', description: '' };
    this.focusAfterRender = `#report-${transaction.id}-reason`;
  };

  private onReportChange = (patch: { reason?: DisputeReason; description?: string }): void => {
    const report = this.report;
    if (!report || report.status === 'sent' || report.status === 'sending') return;
    this.report = { ...report, ...patch, status: 'editing' };
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
        { signal },
      );
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

  private renderHistory(giftkit: Giftkit): TemplateResult {
    if (this.history === 'loading') return html`<p class="muted" role="status">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
    if (this.history === 'error') {
      return html`<p class="error">${msg('The history could not be loaded.', { id: 'gk.wallet.history.error' })}</p>
        <button type="button" @click=${() => void this.loadHistory(giftkit)}>${msg('Try again', { id: 'gk.wallet.retry' })}</button>`;
    }
    if (this.transactions.length === 0) return html`<p class="muted">${msg('No transactions yet.', { id: 'gk.wallet.history.empty' })}</p>`;
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
      ? html`<button type="button" class="load-more" part="load-more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.onLoadMore}>
          ${this.loadingMore ? msg('Loading…', { id: 'gk.wallet.loading' }) : msg('Load more', { id: 'gk.wallet.loadMore' })}
        </button>`
      : nothing}`;
  }

  private renderBudgetSection(giftkit: Giftkit): TemplateResult {
    const wallet = this.wallet;
    if (this.walletStatus === 'error') {
      return html`<p class="error">${msg('Your budgets could not be loaded.', { id: 'gk.wallet.budget.loadError' })}</p>
        <button type="button" @click=${() => void this.loadWallet(giftkit)}>${msg('Try again', { id: 'gk.wallet.retry' })}</button>`;
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
        ${renderSpending(this.spending.week, this.spending.month, giftkit.pricing)}
      </section>
      <section part="section" aria-labelledby="budgets-title">
        <h3 id="budgets-title">${msg('Budgets', { id: 'gk.wallet.budget.title' })}</h3>
        ${this.renderBudgetSection(giftkit)}
      </section>
      <section part="section" aria-labelledby="history-title">
        <h3 id="history-title">${msg('History', { id: 'gk.wallet.history.title' })}</h3>
        ${this.renderHistory(giftkit)}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-wallet-view': GkWalletView;
  }
}
