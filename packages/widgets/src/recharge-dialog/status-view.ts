/** The recharge dialog's status screens: loading, waiting for payment, the outcomes, and the dead ends made passable. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PricingApi, RechargeResult } from '@giftkit/core';
import { plural } from '../internal/plural.js';

/** A screen that is not the package list or the code form. */
export type StatusScreen =
  | { readonly name: 'loading' }
  | { readonly name: 'load-failed' }
  | { readonly name: 'age-restricted' }
  | { readonly name: 'processing' }
  | { readonly name: 'pending'; readonly checkoutUrl: string | null }
  | { readonly name: 'succeeded'; readonly result: RechargeResult }
  | { readonly name: 'declined'; readonly reason: string }
  | { readonly name: 'canceled' }
  | { readonly name: 'expired' }
  | { readonly name: 'failed'; readonly message: string };

/** The handlers the status screens call. */
export interface StatusActions {
  readonly pricing: PricingApi | undefined;
  /** Coins still missing after a purchase made for a shortfall. */
  readonly shortfallLeft: number;
  onReload(): void;
  onStopWaiting(): void;
  /** Starts a new attempt at the same purchase (a new Idempotency-Key). */
  onRetry(): void;
  onBack(): void;
  onDone(): void;
}

const spinner = html`<span class="spinner" part="spinner" aria-hidden="true"></span>`;

function retryActions(actions: StatusActions): TemplateResult {
  return html`
    <button type="button" class="primary" part="retry-button" @click=${actions.onRetry}>${msg('Try again', { id: 'gk.recharge.retry' })}</button>
    <button type="button" @click=${actions.onBack}>${msg('Choose another option', { id: 'gk.recharge.back' })}</button>`;
}

/** "You got N coins", in the form `coins` takes. */
function gotText(coins: number, pricing: PricingApi | undefined): string {
  const n = pricing?.format.coins(coins) ?? String(coins);
  return plural(coins, 'gk.recharge.succeeded.title.', str`You got ${n} coin`, str`You got ${n} coins`);
}

/** "Your balance is now N coins.", in the form `coins` takes. */
function balanceText(coins: number, pricing: PricingApi | undefined): string {
  const n = pricing?.format.coins(coins) ?? String(coins);
  return plural(
    coins,
    'gk.recharge.succeeded.balance.',
    str`Your balance is now ${n} coin.`,
    str`Your balance is now ${n} coins.`,
  );
}

/** "Buy the rest (N coins still needed)", in the form `coins` takes. */
function buyRestText(coins: number, pricing: PricingApi | undefined): string {
  const n = pricing?.format.coins(coins) ?? String(coins);
  return plural(
    coins,
    'gk.recharge.succeeded.next.',
    str`Buy the rest (${n} coin still needed)`,
    str`Buy the rest (${n} coins still needed)`,
  );
}

/** An outcome screen. */
export type OutcomeScreen = Extract<StatusScreen, { name: 'succeeded' | 'declined' | 'canceled' | 'expired' | 'failed' | 'age-restricted' | 'load-failed' }>;

/** The heading and sentence of an outcome, as shown and as announced. */
export function outcomeText(screen: OutcomeScreen, pricing: PricingApi | undefined): { title: string; body: string } {
  switch (screen.name) {
    case 'succeeded':
      return { title: gotText(screen.result.recharge.coins, pricing), body: balanceText(screen.result.balance, pricing) };
    case 'declined':
      return { title: msg('Payment declined', { id: 'gk.recharge.declined.title' }), body: screen.reason };
    case 'canceled':
      return {
        title: msg('Payment canceled', { id: 'gk.recharge.canceled.title' }),
        body: msg('The payment was canceled on the checkout page. Nothing was charged.', { id: 'gk.recharge.canceled.body' }),
      };
    case 'expired':
      return {
        title: msg('Checkout expired', { id: 'gk.recharge.expired.title' }),
        body: msg('The checkout page expired before the payment was finished. Nothing was charged.', { id: 'gk.recharge.expired.body' }),
      };
    case 'failed':
      return { title: msg('The payment could not go on', { id: 'gk.recharge.failed.title' }), body: screen.message };
    case 'age-restricted':
      return {
        title: msg('Coins are for viewers 18 and over', { id: 'gk.recharge.age.title' }),
        body: msg('Buying and sending coins needs you to be 18 or older (or the legal age where you live). You can still watch streams and chat. If the birth date on your account is wrong, contact this site’s support to correct it.', { id: 'gk.recharge.age.body' }),
      };
    case 'load-failed':
      return {
        title: msg('Coin packages could not be loaded', { id: 'gk.recharge.loadFailed.title' }),
        body: msg('Check your connection and try again.', { id: 'gk.recharge.loadFailed.body' }),
      };
  }
}

function outcome(screen: OutcomeScreen, actions: StatusActions, buttons: TemplateResult): TemplateResult {
  const { title, body } = outcomeText(screen, actions.pricing);
  return html`<div class="status" part="status" data-status=${screen.name}>
    <h3 class="screen-title" tabindex="-1">${title}</h3>
    <p>${body}</p>
    <div class="actions">${buttons}</div>
  </div>`;
}

const doneButton = (actions: StatusActions, label: string) =>
  html`<button type="button" class="primary" part="done-button" @click=${actions.onDone}>${label}</button>`;

/** One status screen. */
export function renderStatus(screen: StatusScreen, actions: StatusActions): TemplateResult {
  switch (screen.name) {
    case 'loading':
      return html`<div class="status" role="status" data-status="loading">${spinner}<p>${msg('Loading coin packages…', { id: 'gk.recharge.loading' })}</p></div>`;
    case 'processing':
      return html`<div class="status" role="status" data-status="processing">${spinner}<p>${msg('Starting your payment…', { id: 'gk.recharge.processing' })}</p></div>`;
    case 'pending':
      return html`<div class="status" part="status" data-status="pending">
        <div role="status">${spinner}<p class="screen-title">${msg('Waiting for your payment…', { id: 'gk.recharge.pending.title' })}</p></div>
        <p>${msg('Finish paying on the secure checkout page. This window updates by itself when the payment is done.', { id: 'gk.recharge.pending.body' })}</p>
        ${screen.checkoutUrl
          ? html`<p><a href=${screen.checkoutUrl} target="_blank" rel="noopener noreferrer" part="checkout-link">${msg('Open the checkout page', { id: 'gk.recharge.pending.open' })}</a></p>`
          : nothing}
        <div class="actions">
          <button type="button" part="stop-button" @click=${actions.onStopWaiting}>${msg('Stop waiting', { id: 'gk.recharge.pending.stop' })}</button>
        </div>
      </div>`;
    case 'load-failed':
      return outcome(screen, actions,
        html`<button type="button" class="primary" part="retry-button" @click=${actions.onReload}>${msg('Try again', { id: 'gk.recharge.retry' })}</button>`);
    case 'age-restricted':
      return outcome(screen, actions, doneButton(actions, msg('Close', { id: 'gk.recharge.close' })));
    case 'succeeded': {
      const left = actions.shortfallLeft;
      return outcome(screen, actions, html`
        ${doneButton(actions, msg('Done', { id: 'gk.recharge.done' }))}
        ${left > 0
          ? html`<button type="button" @click=${actions.onBack}>${buyRestText(left, actions.pricing)}</button>`
          : nothing}`);
    }
    case 'declined':
    case 'canceled':
    case 'expired':
    case 'failed':
      return outcome(screen, actions, retryActions(actions));
  }
}
