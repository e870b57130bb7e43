/** The wallet view's spending summary: this week and this month, in total and by creator. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PricingApi, SpendingPeriod, SpendingSummary } from '@giftkit/core';
import { plural } from '../internal/plural.js';
import { renderFailed } from './failed.js';
import { coinsText, giftsText } from './counts.js';

/** Where the summary of one period stands (`retrying`: loading again after an error). */
export type SpendingState =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'retrying' }
  | { readonly status: 'ready'; readonly summary: SpendingSummary };

function periodTitle(period: SpendingPeriod): string {
  return period === 'week'
    ? msg('This week', { id: 'gk.wallet.spending.week' })
    : msg('This month', { id: 'gk.wallet.spending.month' });
}

/** "N coins given", in the form `coins` takes. */
function givenText(coins: number, pricing: PricingApi): string {
  const n = pricing.format.coins(coins);
  return plural(coins, 'gk.wallet.spending.given.', str`${n} coin given`, str`${n} coins given`);
}

function card(period: SpendingPeriod, state: SpendingState, pricing: PricingApi, onRetry: (period: SpendingPeriod) => void): TemplateResult {
  const id = `spending-${period}`;
  let body: TemplateResult;
  if (state.status === 'loading') {
    body = html`<p class="muted">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`;
  } else if (state.status === 'error' || state.status === 'retrying') {
    body = renderFailed({
      which: period,
      message: msg('Could not load this summary.', { id: 'gk.wallet.spending.error' }),
      retrying: state.status === 'retrying',
      // Both cards have a "Try again": the card's title tells them apart.
      describedBy: id,
      onRetry: () => onRetry(period),
    });
  } else {
    const { summary } = state;
    body = html`
      <p class="figure">${givenText(summary.totalCoins, pricing)}</p>
      <p class="muted">${msg(str`${pricing.format.money(summary.totalPurchased)} spent on coins`, { id: 'gk.wallet.spending.purchased' })}</p>
      ${summary.byCreator.length > 0
        ? html`<ul class="creators" aria-label=${msg('By creator', { id: 'gk.wallet.spending.byCreator' })}>
            ${summary.byCreator.map((creator) => html`<li>
              <span class="creator">${creator.creatorName}</span>
              <span>${msg(str`${coinsText(creator.coins, pricing)} · ${giftsText(creator.gifts, pricing)}`, { id: 'gk.wallet.spending.creator' })}</span>
            </li>`)}
          </ul>`
        : nothing}`;
  }
  return html`<section class="card" part="spending-card" aria-labelledby=${id} data-period=${period}>
    <h4 id=${id} tabindex="-1">${periodTitle(period)}</h4>
    ${body}
  </section>`;
}

/** The week and month summaries side by side; `onRetry` loads a failed one again. */
export function renderSpending(
  week: SpendingState, month: SpendingState, pricing: PricingApi, onRetry: (period: SpendingPeriod) => void,
): TemplateResult {
  return html`<div class="spending">${card('week', week, pricing, onRetry)}${card('month', month, pricing, onRetry)}</div>`;
}
