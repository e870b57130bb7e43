/** The wallet view's history: one row per transaction, and the form that reports one. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dispute, DisputeReason, PricingApi, Transaction } from '@giftkit/core';
import { plural } from '../internal/plural.js';

/** The report form of one transaction and how far it got. */
export type Report =
  | {
    readonly transactionId: string;
    readonly status: 'editing' | 'sending' | 'error';
    readonly reason: DisputeReason;
    readonly description: string;
    /**
     * The Idempotency-Key of this report as it reads now: sending it again after a failure reuses it, so a
     * report whose answer was lost is not filed twice; changing the report makes a new one.
     */
    readonly idempotencyKey: string;
  }
  | { readonly transactionId: string; readonly status: 'sent'; readonly dispute: Dispute };

/** What the history shows and the handlers of what the viewer does there. */
export interface TransactionsView {
  readonly transactions: readonly Transaction[];
  readonly pricing: PricingApi;
  readonly locale: string;
  readonly report: Report | null;
  onReport(transaction: Transaction): void;
  onReportChange(patch: { reason?: DisputeReason; description?: string }): void;
  onReportSubmit(event: SubmitEvent): void;
  onReportCancel(): void;
}

const REASONS: readonly DisputeReason[] = ['not_recognised', 'not_received', 'duplicate', 'account_compromised', 'other'];

function reasonLabel(reason: DisputeReason): string {
  switch (reason) {
    case 'not_recognised':
      return msg('I don’t recognise this', { id: 'gk.wallet.reason.notRecognised' });
    case 'not_received':
      return msg('I paid but did not get the coins', { id: 'gk.wallet.reason.notReceived' });
    case 'duplicate':
      return msg('I was charged twice', { id: 'gk.wallet.reason.duplicate' });
    case 'account_compromised':
      return msg('Someone else used my account', { id: 'gk.wallet.reason.compromised' });
    case 'other':
      return msg('Something else', { id: 'gk.wallet.reason.other' });
  }
}

/** "Bought N coins", in the form `coins` takes. */
function boughtText(coins: number, pricing: PricingApi): string {
  const n = pricing.format.coins(coins);
  return plural(coins, 'gk.wallet.tx.purchase.', str`Bought ${n} coin`, str`Bought ${n} coins`);
}

/** What a transaction was, in a sentence; server text (gift and creator names, reasons) stays text. */
function describe(transaction: Transaction, pricing: PricingApi): string {
  switch (transaction.type) {
    case 'purchase':
      return boughtText(transaction.coins, pricing);
    case 'gift':
      return msg(str`${pricing.format.coins(transaction.count)} × ${transaction.giftName} to ${transaction.recipientName}`, { id: 'gk.wallet.tx.gift' });
    case 'refund':
      return msg(str`Refund: ${transaction.reason}`, { id: 'gk.wallet.tx.refund' });
  }
}

/**
 * `+700` or `−10`, with a real minus sign, signed the way the SDK's locale signs figures. The sign comes
 * from `Intl` (the SDK formats the negative figure) rather than being glued on, because `Intl` adds the
 * bidi mark that keeps it where the locale puts it in right-to-left text: `ar` prefixes an LRM so the
 * Latin-digit figure reads `−30`, while a bare `−` before digits in Arabic text would be drawn after them.
 */
function signedCoins(coins: number, pricing: PricingApi): string {
  if (coins === 0) return pricing.format.coins(0);
  const negative = pricing.format.coins(-Math.abs(coins));
  const sign = coins < 0 ? '\u2212' : '+';
  // The locale's minus is a hyphen-minus in most locales and U+2212 in a few; either is swapped, marks kept.
  return /[-\u2212]/.test(negative) ? negative.replace(/[-\u2212]/, sign) : `${sign}${pricing.format.coins(Math.abs(coins))}`;
}

function reportForm(view: TransactionsView, report: Report): TemplateResult {
  if (report.status === 'sent') {
    return html`<div class="report-sent" part="report-confirmation" role="status" tabindex="-1">
      ${msg(str`Thanks, we received your report and will review this transaction. Reference: ${report.dispute.id}.`, { id: 'gk.wallet.report.sent' })}
    </div>`;
  }
  const id = `report-${report.transactionId}`;
  return html`<form class="report" part="report-form" novalidate aria-labelledby="${id}-title" @submit=${view.onReportSubmit}>
    <p id="${id}-title" class="report-title">${msg('Report this transaction', { id: 'gk.wallet.report.title' })}</p>
    <label>
      <span>${msg('What is wrong?', { id: 'gk.wallet.report.reason' })}</span>
      <select id="${id}-reason" @change=${(event: Event) => view.onReportChange({ reason: (event.target as HTMLSelectElement).value as DisputeReason })}>
        ${REASONS.map((reason) => html`<option value=${reason} ?selected=${report.reason === reason}>${reasonLabel(reason)}</option>`)}
      </select>
    </label>
    <label>
      <span>${msg('Details (optional)', { id: 'gk.wallet.report.details' })}</span>
      <textarea maxlength="2000" rows="2" .value=${report.description}
        @input=${(event: InputEvent) => view.onReportChange({ description: (event.target as HTMLTextAreaElement).value })}></textarea>
    </label>
    ${report.status === 'error'
      ? html`<p class="error" role="alert">${msg('The report could not be sent. Try again.', { id: 'gk.wallet.report.error' })}</p>`
      : nothing}
    <div class="actions">
      <button type="submit" class="primary" part="report-submit" aria-disabled=${report.status === 'sending' ? 'true' : 'false'}>
        ${report.status === 'sending' ? msg('Sending…', { id: 'gk.wallet.report.sending' }) : msg('Send report', { id: 'gk.wallet.report.send' })}
      </button>
      <button type="button" @click=${view.onReportCancel}>${msg('Cancel', { id: 'gk.wallet.cancel' })}</button>
    </div>
  </form>`;
}

function row(view: TransactionsView, transaction: Transaction, dates: Intl.DateTimeFormat): TemplateResult {
  const report = view.report?.transactionId === transaction.id ? view.report : null;
  const what = describe(transaction, view.pricing);
  return html`<li class="transaction" part="transaction" data-type=${transaction.type} data-id=${transaction.id}>
    <div class="transaction-main">
      <div>
        <span class="what">${what}</span>
        <time class="muted" datetime=${transaction.createdAt}>${dates.format(new Date(transaction.createdAt))}</time>
      </div>
      <div class="amounts">
        <span class=${transaction.coins < 0 ? 'coins spent' : 'coins received'}>${signedCoins(transaction.coins, view.pricing)}</span>
        ${transaction.type === 'purchase' ? html`<span class="muted">${view.pricing.format.money(transaction.price)}</span>` : nothing}
      </div>
      ${report
        ? nothing
        : html`<button type="button" class="small" part="report-button" data-report=${transaction.id}
            aria-label=${msg(str`Report: ${what}`, { id: 'gk.wallet.report.buttonLabel' })}
            @click=${() => view.onReport(transaction)}>${msg('Report', { id: 'gk.wallet.report.button' })}</button>`}
    </div>
    ${report ? reportForm(view, report) : nothing}
  </li>`;
}

/** The list of transactions, newest first. */
export function renderTransactions(view: TransactionsView): TemplateResult {
  const dates = new Intl.DateTimeFormat(view.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<ul class="transactions">${view.transactions.map((transaction) => row(view, transaction, dates))}</ul>`;
}
