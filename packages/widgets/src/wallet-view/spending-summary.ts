/** The wallet view's spending summary: this week and this month, in total and by creator. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PricingApi, SpendingPeriod, SpendingSummary } from '@giftkit/core';

/** Where the summary of one period stands. */
export type SpendingState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'ready'; readonly summary: SpendingSummary };

function periodTitle(period: SpendingPeriod): string {
  return period === 'week'
    ? msg('This week', { id: 'gk.wallet.spending.week' })
    : msg('This month', { id: 'gk.wallet.spending.month' });
}

function card(period: SpendingPeriod, state: SpendingState, pricing: PricingApi): TemplateResult {
  const id = `spending-${period}`;
  let body: TemplateResult;
  if (state.status === 'loading') {
    body = html`<p class="muted">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
  } else if (state.status === 'error') {
    body = html`<p class="error">${msg('Could not load this summary.', { id: 'gk.wallet.spending.error' })}</p>`;
  } else {
    const { summary } = state;
    body = html`
      <p class="figure">${msg(str`${pricing.format.coins(summary.totalCoins)} coins given`, { id: 'gk.wallet.spending.given' })}</p>
      <p class="muted">${msg(str`${pricing.format.money(summary.totalPurchased)} spent on coins`, { id: 'gk.wallet.spending.purchased' })}</p>
      ${summary.byCreator.length > 0
        ? html`<ul class="creators" aria-label=${msg('By creator', { id: 'gk.wallet.spending.byCreator' })}>
            ${summary.byCreator.map((creator) => html`<li>
              <span class="creator">${creator.creatorName}</span>
              <span>${msg(str`${pricing.format.coins(creator.coins)} coins · ${pricing.format.coins(creator.gifts)} gifts`, { id: 'gk.wallet.spending.creator' })}</span>
            </li>`)}
          </ul>`
        : nothing}`;
  }
  return html`<section class="card" part="spending-card" aria-labelledby=${id} data-period=${period}>
    <h4 id=${id}>${periodTitle(period)}</h4>
    ${body}
  </section>`;
}

/** The week and month summaries side by side. */
export function renderSpending(week: SpendingState, month: SpendingState, pricing: PricingApi): TemplateResult {
  return html`<div class="spending">${card('week', week, pricing)}${card('month', month, pricing)}</div>`;
}
