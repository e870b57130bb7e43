/** The wallet view's budgets: the viewer's limits as they stand, and the form that sets one. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Budget, BudgetInput, BudgetPeriod, PricingApi } from '@giftkit/core';
import { parseMinorUnits, parseWholeNumber } from '../internal/digits.js';
import { coinsText } from './counts.js';

/** The most budgets the wallet keeps (one per unit and period). */
export const MAX_BUDGETS = 6;

/** The budget form as the viewer filled it in. */
export interface BudgetDraft {
  readonly period: BudgetPeriod;
  readonly unit: 'coins' | 'money';
  /** The limit as typed: whole coins, or money in major units ("25.50"). */
  readonly limit: string;
}

/** Why a budget could not be saved. */
export interface BudgetError {
  readonly message: string;
  /**
   * The limit the viewer typed is what is wrong (it fails the form's check, or the wallet refused it): the
   * field is marked invalid and described by the message. Otherwise (the wallet could not be reached) the
   * typed limit is fine and is kept as it is for another try.
   */
  readonly field: boolean;
}

/** What the budgets section shows and the handlers of what the viewer does there. */
export interface BudgetsView {
  readonly budgets: readonly Budget[];
  readonly currency: string;
  readonly pricing: PricingApi;
  readonly locale: string;
  readonly draft: BudgetDraft;
  /** Why the draft could not be saved, after the viewer tried. */
  readonly error: BudgetError | null;
  readonly saving: boolean;
  /** A confirmation after a save. */
  readonly saved: string | null;
  /** A field of the draft changed. */
  onDraft(patch: Partial<BudgetDraft>): void;
  onSave(event: SubmitEvent): void;
  onRemove(budget: Budget): void;
}

/** The decimals of a currency's major unit, as `Intl` knows them (ISO 4217 for the wallet's currencies). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A budget as the wallet takes it back in `setBudgets`. */
export function budgetInputOf(budget: Budget): BudgetInput {
  return budget.unit === 'coins'
    ? { unit: 'coins', period: budget.period, limit: budget.limit }
    : { unit: 'money', period: budget.period, limit: budget.limit };
}

/** The budget a draft asks for, or the message that says what to fix. */
export function checkBudgetDraft(draft: BudgetDraft, currency: string): { ok: true; input: BudgetInput } | { ok: false; message: string } {
  if (draft.limit.trim() === '') return { ok: false, message: msg('Enter a limit.', { id: 'gk.wallet.budget.empty' }) };
  if (draft.unit === 'coins') {
    const coins = parseWholeNumber(draft.limit);
    if (coins === null || coins <= 0) {
      return { ok: false, message: msg('Enter a whole number of coins above 0.', { id: 'gk.wallet.budget.badCoins' }) };
    }
    return { ok: true, input: { unit: 'coins', period: draft.period, limit: coins } };
  }
  const digits = currencyDigits(currency);
  const amount = parseMinorUnits(draft.limit, digits);
  if (amount === null || amount <= 0) {
    return digits === 0
      ? { ok: false, message: msg(str`Enter an amount in ${currency} above 0, without decimals.`, { id: 'gk.wallet.budget.badMoneyWhole' }) }
      : { ok: false, message: msg(str`Enter an amount in ${currency} above 0, with at most ${digits} decimals (e.g. 25.50).`, { id: 'gk.wallet.budget.badMoney' }) };
  }
  return { ok: true, input: { unit: 'money', period: draft.period, limit: { amount, currency } } };
}

/** The budgets to save: the current ones with the draft's (unit, period) replaced by it. */
export function withBudget(budgets: readonly Budget[], input: BudgetInput): BudgetInput[] {
  const others = budgets.filter((budget) => budget.unit !== input.unit || budget.period !== input.period).map(budgetInputOf);
  return [...others, input];
}

function periodLabel(period: BudgetPeriod): string {
  switch (period) {
    case 'day':
      return msg('Daily', { id: 'gk.wallet.budget.day' });
    case 'week':
      return msg('Weekly', { id: 'gk.wallet.budget.week' });
    case 'month':
      return msg('Monthly', { id: 'gk.wallet.budget.month' });
  }
}

function budgetRow(view: BudgetsView, budget: Budget): TemplateResult {
  const show = (value: Budget['limit']) => typeof value === 'number' ? coinsText(value, view.pricing) : view.pricing.format.money(value);
  const resets = new Intl.DateTimeFormat(view.locale, { dateStyle: 'medium' }).format(new Date(budget.resetsAt));
  const limit = show(budget.limit);
  const label = budget.period === 'day'
    ? msg(str`Daily limit: ${limit}`, { id: 'gk.wallet.budget.limitDay' })
    : budget.period === 'week'
      ? msg(str`Weekly limit: ${limit}`, { id: 'gk.wallet.budget.limitWeek' })
      : msg(str`Monthly limit: ${limit}`, { id: 'gk.wallet.budget.limitMonth' });
  return html`<li class="budget" part="budget" data-unit=${budget.unit} data-period=${budget.period}>
    <div>
      <strong>${label}</strong>
      <p class="muted">${msg(str`${show(budget.spent)} used, ${show(budget.remaining)} left · starts again ${resets}`, { id: 'gk.wallet.budget.status' })}</p>
    </div>
    <button type="button" class="small" aria-disabled=${view.saving ? 'true' : 'false'} aria-label=${msg(str`Remove: ${label}`, { id: 'gk.wallet.budget.removeLabel' })}
      @click=${() => view.onRemove(budget)}>${msg('Remove', { id: 'gk.wallet.budget.remove' })}</button>
  </li>`;
}

/** The budgets section's content. */
export function renderBudgets(view: BudgetsView): TemplateResult {
  const { draft } = view;
  const change = (patch: Partial<BudgetDraft>) => view.onDraft(patch);
  const full = view.budgets.length >= MAX_BUDGETS && !view.budgets.some((b) => b.unit === draft.unit && b.period === draft.period);
  return html`
    ${view.budgets.length === 0
      ? html`<p class="muted">${msg('No budget set. A budget caps what you spend per day, week or month.', { id: 'gk.wallet.budget.none' })}</p>`
      : html`<ul class="budgets">${view.budgets.map((budget) => budgetRow(view, budget))}</ul>`}
    <form class="budget-form" part="budget-form" novalidate @submit=${view.onSave}>
      <fieldset>
        <legend>${msg('Set a budget', { id: 'gk.wallet.budget.set' })}</legend>
        <div class="row">
          <label>
            <span>${msg('Period', { id: 'gk.wallet.budget.period' })}</span>
            <select @change=${(event: Event) => change({ period: (event.target as HTMLSelectElement).value as BudgetPeriod })}>
              ${(['day', 'week', 'month'] as const).map((period) => html`<option value=${period} ?selected=${draft.period === period}>${periodLabel(period)}</option>`)}
            </select>
          </label>
          <label>
            <span>${msg('Limit in', { id: 'gk.wallet.budget.unit' })}</span>
            <select @change=${(event: Event) => change({ unit: (event.target as HTMLSelectElement).value as 'coins' | 'money' })}>
              <option value="coins" ?selected=${draft.unit === 'coins'}>${msg('Coins (gifts)', { id: 'gk.wallet.budget.unitCoins' })}</option>
              <option value="money" ?selected=${draft.unit === 'money'}>${msg(str`${view.currency} (coin purchases)`, { id: 'gk.wallet.budget.unitMoney' })}</option>
            </select>
          </label>
          <label>
            <span>${msg('Limit', { id: 'gk.wallet.budget.amount' })}</span>
            <input part="budget-input" type="text" inputmode=${draft.unit === 'coins' ? 'numeric' : 'decimal'} autocomplete="off"
              .value=${draft.limit} aria-invalid=${view.error?.field ? 'true' : 'false'} aria-describedby=${view.error?.field ? 'budget-error' : nothing}
              @input=${(event: InputEvent) => change({ limit: (event.target as HTMLInputElement).value })} />
          </label>
        </div>
        ${view.error ? html`<p id="budget-error" class="error" role="alert">${view.error.message}</p>` : nothing}
        ${full ? html`<p class="muted">${msg(str`You can keep up to ${MAX_BUDGETS} budgets; remove one first.`, { id: 'gk.wallet.budget.full' })}</p>` : nothing}
        <button type="submit" class="primary" part="budget-save" ?disabled=${full} aria-disabled=${view.saving ? 'true' : 'false'}>
          ${view.saving ? msg('Saving…', { id: 'gk.wallet.saving' }) : msg('Save budget', { id: 'gk.wallet.budget.save' })}
        </button>
        <p class="confirmation" role="status">${view.saved ?? nothing}</p>
      </fieldset>
    </form>`;
}
