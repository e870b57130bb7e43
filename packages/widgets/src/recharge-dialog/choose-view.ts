/** The recharge dialog's main screen: packages, custom amount, payment method, budget, notices, terms, Pay. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import {
  bestValue, savingsPercent, totalCoins,
  type Budget, type CoinPackage, type CustomAmount, type Money, type PackageCatalog, type PaymentMethod, type PricingApi,
  type TopUpItem, type TopUpSuggestion, type Wallet,
} from '@giftkit/core';
import { plural } from '../internal/plural.js';
import { timeLeft } from './time-left.js';

/** The value of the custom amount option; the colon keeps it apart from every package id. */
export const CUSTOM = ':custom';

/** Everything the main screen shows and the handlers of what the viewer does there. */
export interface ChooseView {
  readonly catalog: PackageCatalog;
  readonly wallet: Wallet;
  readonly pricing: PricingApi;
  /** UI locale (dates, region names, lists). */
  readonly locale: string;
  readonly now: number;
  readonly shortfall: number | undefined;
  readonly suggestion: TopUpSuggestion | null;
  /** A package id, {@link CUSTOM}, or `null` before the viewer picks. */
  readonly selection: string | null;
  readonly customText: string;
  /** Why the typed custom amount cannot be bought, once the viewer typed; `null` when it can. */
  readonly customError: string | null;
  /** The custom amount and its price, when what the viewer typed can be bought. */
  readonly custom: { readonly coins: number; readonly price: Money } | null;
  /** The price of what is selected, if anything valid is. */
  readonly price: Money | null;
  readonly method: PaymentMethod['id'] | null;
  readonly termsAccepted: boolean;
  /** The viewer pressed Pay without accepting the terms. */
  readonly termsError: boolean;
  /** The viewer pressed Pay without choosing what to buy. */
  readonly selectionError: boolean;
  /** Why the last Pay did not go through (budget, network…); nothing was charged. */
  readonly payError: string | null;
  onSelect(value: string): void;
  onCustomInput(text: string): void;
  onMethod(id: PaymentMethod['id']): void;
  onTerms(accepted: boolean): void;
  onPay(event: SubmitEvent): void;
  onShowBudgets(): void;
}

/** "N coins", in the form `coins` takes. */
function coinsText(view: ChooseView, coins: number): string {
  const n = view.pricing.format.coins(coins);
  return plural(coins, 'gk.recharge.coins.', str`${n} coin`, str`${n} coins`);
}

/** "You need N more coins.", in the form `shortfall` takes. */
function shortfallText(view: ChooseView, shortfall: number): string {
  const n = view.pricing.format.coins(shortfall);
  return plural(shortfall, 'gk.recharge.shortfall.', str`You need ${n} more coin.`, str`You need ${n} more coins.`);
}

/** "10 to 5,000 coins, in steps of 10": the noun follows the largest figure, so takes its form. */
function rangeText(view: ChooseView, range: CustomAmount): string {
  const min = view.pricing.format.coins(range.minCoins);
  const max = view.pricing.format.coins(range.maxCoins);
  const step = view.pricing.format.coins(range.step);
  return plural(
    range.maxCoins,
    'gk.recharge.custom.range.',
    str`${min} to ${max} coin, in steps of ${step}`,
    str`${min} to ${max} coins, in steps of ${step}`,
  );
}

function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function shortfallNotice(view: ChooseView): TemplateResult | typeof nothing {
  if (!view.shortfall || view.shortfall <= 0) return nothing;
  const { suggestion } = view;
  const needed = shortfallText(view, view.shortfall);
  const combination = suggestion && (suggestion.items.length > 1 || suggestion.items.some((item) => item.type === 'package' && item.quantity > 1));
  if (!suggestion || !combination) {
    return html`<p class="notice" part="shortfall">${needed}</p>`;
  }
  const describe = (item: TopUpItem) => item.type === 'package'
    ? msg(str`${item.quantity} × ${coinsText(view, totalCoins(item.package))}`, { id: 'gk.recharge.suggestion.package' })
    : msg(str`a custom amount of ${coinsText(view, item.coins)}`, { id: 'gk.recharge.suggestion.custom' });
  const list = new Intl.ListFormat(view.locale, { type: 'conjunction' }).format(suggestion.items.map(describe));
  return html`<div class="notice" part="shortfall">
    <p>${needed}</p>
    <p>${msg(str`The cheapest way is ${list}, ${view.pricing.format.money(suggestion.price)} in all. A purchase buys one of them at a time; the first one is selected.`, { id: 'gk.recharge.suggestion.combination' })}</p>
  </div>`;
}

function regionNotice(view: ChooseView): TemplateResult | typeof nothing {
  if (!view.wallet.flags.regionMismatch) return nothing;
  const region = `${regionName(view.wallet.region, view.locale)} (${view.wallet.region})`;
  // The first sentence says why the prices may look foreign, the second what the viewer can do about it:
  // the widget cannot change the account's region, only the site can.
  return html`<div class="notice" part="region-notice" data-notice="region-mismatch">
    <p>${msg(str`Prices are for your account's region, ${region}. You seem to be somewhere else: what you pay and the payment methods follow your account, not your location.`, { id: 'gk.recharge.regionMismatch' })}</p>
    <p>${msg('You can still buy coins here at these prices, with the payment methods below. If you have moved, contact this site’s support to change your account’s region.', { id: 'gk.recharge.regionMismatch.action' })}</p>
  </div>`;
}

function packageOption(view: ChooseView, pkg: CoinPackage, best: CoinPackage | undefined): TemplateResult {
  const base = view.catalog.packages[0];
  const savings = base ? savingsPercent(pkg, base) : 0;
  const selected = view.selection === pkg.id;
  const promotion = pkg.promotion && Date.parse(pkg.promotion.endsAt) > view.now ? pkg.promotion : null;
  const id = `package-${pkg.id}`;
  return html`<label part=${selected ? 'package package-selected' : 'package'} class=${classMap({ option: true, package: true, selected })}>
    <input type="radio" class="radio" name="package" .value=${pkg.id} .checked=${selected}
      aria-labelledby="${id}-name ${id}-price" aria-describedby="${id}-details"
      @change=${() => view.onSelect(pkg.id)} />
    <span class="package-name" id="${id}-name">
      <span class="coins">${coinsText(view, pkg.coins)}</span>
      ${pkg.bonusCoins > 0
        ? html`<span class="bonus">${msg(str`+${view.pricing.format.coins(pkg.bonusCoins)} bonus`, { id: 'gk.recharge.bonus' })}</span>`
        : nothing}
    </span>
    <span class="package-price" id="${id}-price">${view.pricing.format.money(pkg.price)}</span>
    <span class="package-details" id="${id}-details">
      ${pkg.regularPrice
        ? html`<span class="regular-price">${msg(str`was ${view.pricing.format.money(pkg.regularPrice)}`, { id: 'gk.recharge.regularPrice' })}</span>`
        : nothing}
      <span>${msg(str`${view.pricing.unitPrice(pkg)} per coin`, { id: 'gk.recharge.unitPrice' })}</span>
      ${savings > 0 ? html`<span class="savings">${msg(str`Save ${savings}%`, { id: 'gk.recharge.savings' })}</span>` : nothing}
      ${best?.id === pkg.id
        ? html`<span class="badge" part="best-value">${msg('Best value', { id: 'gk.recharge.bestValue' })}</span>`
        : nothing}
      ${promotion
        ? html`<span class="promotion" part="promotion">${promotion.label} · ${msg(str`Ends ${timeLeft(Date.parse(promotion.endsAt) - view.now, view.locale)}`, { id: 'gk.recharge.promotionEnds' })}</span>`
        : nothing}
    </span>
  </label>`;
}

function customOption(view: ChooseView): TemplateResult | typeof nothing {
  const range = view.catalog.customAmount;
  if (!range) return nothing;
  const selected = view.selection === CUSTOM;
  return html`<label part=${selected ? 'package package-selected' : 'package'} class=${classMap({ option: true, package: true, selected })}>
    <input type="radio" class="radio" name="package" .value=${CUSTOM} .checked=${selected}
      aria-describedby="custom-range" @change=${() => view.onSelect(CUSTOM)} />
    <span class="package-name">${msg('Custom amount', { id: 'gk.recharge.custom' })}</span>
    <span class="package-details" id="custom-range">
      ${rangeText(view, range)}
    </span>
  </label>`;
}

function customField(view: ChooseView): TemplateResult | typeof nothing {
  const range = view.catalog.customAmount;
  if (!range || view.selection !== CUSTOM) return nothing;
  const invalid = view.customError !== null;
  return html`<div class="field">
    <label for="custom-coins">${msg('Coins to buy', { id: 'gk.recharge.custom.label' })}</label>
    <input id="custom-coins" part="custom-input" type="text" inputmode="numeric" autocomplete="off"
      .value=${view.customText} aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? 'custom-range custom-error' : 'custom-range custom-price'}
      @input=${(event: InputEvent) => view.onCustomInput((event.target as HTMLInputElement).value)} />
    ${invalid
      ? html`<p id="custom-error" class="error" part="field-error">${view.customError}</p>`
      : html`<p id="custom-price" class="hint">${view.custom
        ? msg(str`${view.pricing.format.money(view.custom.price)} (${view.pricing.format.unitPrice(view.custom.price, view.custom.coins)} per coin)`, { id: 'gk.recharge.custom.price' })
        : nothing}</p>`}
  </div>`;
}

function methods(view: ChooseView): TemplateResult {
  const offered = view.catalog.paymentMethods;
  if (offered.length === 0) {
    return html`<p class="error">${msg('No payment method is offered in your region yet.', { id: 'gk.recharge.noMethods' })}</p>`;
  }
  return html`<fieldset class="methods" part="payment-methods">
    <legend>${msg('Pay with', { id: 'gk.recharge.payWith' })}</legend>
    ${offered.map((method) => html`<label part="payment-method" class=${classMap({ option: true, method: true, selected: view.method === method.id })}>
      <input type="radio" class="radio" name="method" .value=${method.id} .checked=${view.method === method.id}
        @change=${() => view.onMethod(method.id)} />
      <span>${method.label}</span>
    </label>`)}
  </fieldset>`;
}

function budgetLine(view: ChooseView, budget: Extract<Budget, { unit: 'money' }>): TemplateResult {
  const left = view.pricing.format.money(budget.remaining);
  const limit = view.pricing.format.money(budget.limit);
  const text = budget.period === 'day'
    ? msg(str`Left to spend today: ${left} of ${limit}`, { id: 'gk.recharge.budget.day' })
    : budget.period === 'week'
      ? msg(str`Left to spend this week: ${left} of ${limit}`, { id: 'gk.recharge.budget.week' })
      : msg(str`Left to spend this month: ${left} of ${limit}`, { id: 'gk.recharge.budget.month' });
  const over = view.price !== null && view.price.currency === budget.remaining.currency && view.price.amount > budget.remaining.amount;
  return html`<li class=${classMap({ over })}>${text}${over
    ? html` — <strong>${msg('this purchase is more than that', { id: 'gk.recharge.budget.over' })}</strong>`
    : nothing}</li>`;
}

function budgets(view: ChooseView): TemplateResult | typeof nothing {
  const money = view.wallet.budgets.filter((budget): budget is Extract<Budget, { unit: 'money' }> => budget.unit === 'money');
  if (money.length === 0) return nothing;
  return html`<div class="budget" part="budget">
    <ul>${money.map((budget) => budgetLine(view, budget))}</ul>
    <button type="button" class="link" @click=${view.onShowBudgets}>${msg('Change budgets', { id: 'gk.recharge.budget.change' })}</button>
  </div>`;
}

/** The main screen of the recharge dialog. */
export function renderChoose(view: ChooseView): TemplateResult {
  const best = view.catalog.packages.length > 1 ? bestValue(view.catalog.packages) : undefined;
  const payLabel = view.price
    ? msg(str`Pay ${view.pricing.format.money(view.price)}`, { id: 'gk.recharge.payAmount' })
    : msg('Pay', { id: 'gk.recharge.pay' });
  return html`
    ${shortfallNotice(view)}
    ${regionNotice(view)}
    <form class="choose" novalidate @submit=${view.onPay}>
      <fieldset class="packages" aria-describedby=${view.selectionError ? 'selection-error' : nothing}>
        <legend>${msg('Choose coins', { id: 'gk.recharge.choose' })}</legend>
        <div class="package-list">
          ${view.catalog.packages.map((pkg) => packageOption(view, pkg, best))}
          ${customOption(view)}
        </div>
        ${view.selectionError
          ? html`<p id="selection-error" class="error">${msg('Choose a package or a custom amount.', { id: 'gk.recharge.chooseFirst' })}</p>`
          : nothing}
      </fieldset>
      ${customField(view)}
      ${methods(view)}
      ${budgets(view)}
      <p class="notice official" part="official-notice">
        <strong>${msg('Buy coins only here or in the official app.', { id: 'gk.recharge.official.title' })}</strong>
        ${msg('Sellers of "cheap coins" on other sites or in chats are not official: they are scams, and accounts that use them can lose their coins.', { id: 'gk.recharge.official.body' })}
      </p>
      <div class="terms">
        <input id="terms" type="checkbox" part="terms" .checked=${view.termsAccepted}
          aria-invalid=${view.termsError ? 'true' : 'false'} aria-describedby=${view.termsError ? 'terms-error' : nothing}
          @change=${(event: Event) => view.onTerms((event.target as HTMLInputElement).checked)} />
        <label for="terms">${msg('I understand that coins cannot be refunded or transferred to anyone else.', { id: 'gk.recharge.terms' })}</label>
      </div>
      ${view.termsError
        ? html`<p id="terms-error" class="error">${msg('Accept the terms to continue.', { id: 'gk.recharge.termsRequired' })}</p>`
        : nothing}
      ${view.payError ? html`<p class="error" role="alert" part="pay-error">${view.payError}</p>` : nothing}
      <button type="submit" class="primary" part="pay-button" ?disabled=${view.catalog.paymentMethods.length === 0}>${payLabel}</button>
    </form>
  `;
}
