/** `<gk-recharge-dialog>`: buy coins in a modal dialog, from the package list to the payment's outcome. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  isAgeRestrictedError, isBudgetExceededError, isGiftkitError, isPaymentDeclinedError, isStepUpFailedError,
  isStepUpRequiredError, quoteCustom,
  type Giftkit, type Money, type PackageCatalog, type PaymentMethod, type RechargeItem, type RechargeResult,
  type StepUpChallenge, type TopUpSuggestion, type Wallet,
} from '@giftkit/core';
import { GiftkitController } from '../internal/giftkit-controller.js';
import { originList, safeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/dev-mode.js';
import { announce } from '../internal/announce.js';
import { cleanCode } from '../internal/digits.js';
import { deepActiveElement } from '../internal/focus.js';
import { getLocale } from '../localization.js';
import { GkRechargeCompleteEvent } from '../events/recharge-complete.js';
import { GkErrorEvent } from '../events/error.js';
import { GkCheckoutEvent } from '../events/checkout.js';
import { navigateCheckoutWindow, openCheckoutWindow } from './checkout-window.js';
import { checkCustomAmount, type CustomAmountCheck } from './custom-amount.js';
import { declineReason } from './decline-reason.js';
import { isSamePurchase, newPurchase, type Purchase } from './purchase.js';
import { CUSTOM, renderChoose } from './choose-view.js';
import { renderStepUp, type StepUpProblem } from './step-up-view.js';
import { outcomeText, renderStatus, type OutcomeScreen, type StatusScreen } from './status-view.js';
import { rechargeDialogStyles } from './recharge-dialog.styles.js';

/** What the dialog shows. */
type Screen =
  | StatusScreen
  | { readonly name: 'choose' }
  | { readonly name: 'step-up'; readonly challenge: StepUpChallenge; readonly problem: StepUpProblem | null; readonly busy: boolean };

/**
 * Where the dialog stands, reflected as its `state` attribute: `loading`, `load-failed`, `age-restricted`,
 * `choose`, `processing`, `step-up`, `pending`, `succeeded`, `declined`, `canceled`, `expired` or `failed`.
 */
export type RechargeDialogState = Screen['name'];

/** Options of {@link GkRechargeDialog.show}. */
export interface RechargeDialogShowOptions {
  /** Coins the viewer is short of: the cheapest top-up covering it is preselected. */
  shortfall?: number;
  /**
   * A recharge to follow to its end instead of choosing a new one, e.g. the `giftkit_recharge_id` query
   * parameter the hosted checkout adds to `return-url` after a same-tab payment.
   */
  rechargeId?: string;
}

/** How often "ends in…" is brought up to date while the dialog is open. */
const CLOCK_INTERVAL = 60_000;

const isAbort = (error: unknown, signal: AbortSignal): boolean => signal.aborted || (error instanceof DOMException && error.name === 'AbortError');

/**
 * A modal dialog (native `<dialog>`) in which the viewer buys coins: packages with localized prices,
 * price per coin, bonus, savings, the best value and running promotions; a custom amount; the region's
 * payment methods; the budget left, an official-channel notice and the terms to accept. Payment happens on
 * the provider's hosted checkout, in a popup opened from the Pay click (this tab if the popup is
 * blocked); the dialog follows the recharge to its end and handles step-up codes itself, resuming the
 * same purchase with the same Idempotency-Key. A History tab shows `<gk-wallet-view>`.
 *
 * Opening and closing from code (`open`, `show()`, `hide()`) fires no event. After a same-tab checkout,
 * call `show({ rechargeId })` with the `giftkit_recharge_id` query parameter to show the outcome.
 *
 * @summary Buy coins: packages, custom amount, hosted checkout, step-up, outcome, and the wallet's history.
 *
 * @event {Event} close - The viewer closed the dialog (Escape, the close button, Done).
 * @event {GkRechargeCompleteEvent} gk-recharge-complete - A recharge succeeded; `recharge` and the new `balance` are on the event.
 * @event {GkCheckoutEvent} gk-checkout - Cancelable. The dialog is about to open the hosted checkout (`url`, `mode`); prevent it to open the URL yourself.
 * @event {GkErrorEvent} gk-error - Loading or paying failed in a way the page may want to log (`error`, `operation`); the dialog shows it too.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The title bar.
 * @csspart title - The dialog's heading.
 * @csspart close-button - The close button.
 * @csspart tabs - The Buy / History tab list.
 * @csspart tab - Each tab.
 * @csspart panel - The scrolling content.
 * @csspart package - A package (or the custom amount) option; `package-selected` too when checked.
 * @csspart package-selected - The selected option.
 * @csspart best-value - The "Best value" badge.
 * @csspart promotion - A running promotion and its end.
 * @csspart custom-input - The custom amount field.
 * @csspart payment-methods - The payment method group.
 * @csspart payment-method - A payment method option.
 * @csspart budget - The budget left.
 * @csspart shortfall - The shortfall and suggested top-up.
 * @csspart region-notice - The region mismatch notice.
 * @csspart official-notice - The warning about unofficial sellers.
 * @csspart terms - The terms checkbox.
 * @csspart pay-button - The Pay button.
 * @csspart pay-error - Why the last Pay did not go through.
 * @csspart step-up - The one-time-code form.
 * @csspart code-input - The one-time-code field.
 * @csspart verify-button - Confirms the code.
 * @csspart new-code-button - Asks for a new code after an expired or locked one.
 * @csspart cancel-button - Leaves the code form.
 * @csspart field-error - A field's error message.
 * @csspart status - A status screen (pending and outcomes); `data-status` names it.
 * @csspart spinner - The progress spinner.
 * @csspart checkout-link - Reopens the hosted checkout while waiting.
 * @csspart stop-button - Stops waiting for the payment.
 * @csspart retry-button - Starts a new attempt.
 * @csspart done-button - Closes the dialog after the outcome.
 * @csspart wallet - The `<gk-wallet-view>` of the History tab; theme it with `::part(wallet) { --gk-wallet-…: … }`.
 *
 * @cssproperty [--gk-recharge-width=34rem] - The dialog's width.
 * @cssproperty [--gk-recharge-background=var(--gk-color-surface)] - The dialog's background.
 * @cssproperty [--gk-recharge-color=var(--gk-color-text)] - The dialog's text colour.
 * @cssproperty [--gk-recharge-accent=var(--gk-color-accent)] - Selected options, buttons, focus.
 * @cssproperty [--gk-recharge-accent-contrast=var(--gk-color-accent-contrast)] - Text on the accent.
 * @cssproperty [--gk-recharge-radius=var(--gk-radius)] - Corner radius.
 * @cssproperty [--gk-recharge-backdrop=var(--gk-color-backdrop)] - The backdrop behind the dialog.
 * @cssproperty [--gk-recharge-option-background=var(--gk-color-surface-raised)] - Options' background.
 * @cssproperty [--gk-recharge-border=var(--gk-color-border)] - Borders.
 * @cssproperty [--gk-recharge-coin-color=var(--gk-color-coin)] - Coin amounts.
 * @cssproperty [--gk-recharge-badge-color=var(--gk-color-success)] - The best-value badge and savings.
 * @cssproperty [--gk-recharge-danger-color=var(--gk-color-danger)] - Errors.
 */
export class GkRechargeDialog extends LitElement {
  static override styles = rechargeDialogStyles;

  private readonly giftkitController = new GiftkitController(this);

  @query('dialog') private accessor dialog!: HTMLDialogElement;

  @state() private accessor screen: Screen = { name: 'loading' };
  @state() private accessor tab: 'buy' | 'history' = 'buy';
  @state() private accessor catalog: PackageCatalog | undefined = undefined;
  @state() private accessor wallet: Wallet | undefined = undefined;
  @state() private accessor suggestion: TopUpSuggestion | null = null;
  @state() private accessor selection: string | null = null;
  @state() private accessor customText = '';
  @state() private accessor method: PaymentMethod['id'] | null = null;
  @state() private accessor termsAccepted = false;
  @state() private accessor termsError = false;
  @state() private accessor selectionError = false;
  /** Pay was pressed on this choice, so an empty custom amount now says what is missing. */
  @state() private accessor payAttempted = false;
  @state() private accessor payError: string | null = null;
  @state() private accessor code = '';
  @state() private accessor now = Date.now();

  /** Whether the dialog is open. Setting it opens or closes the dialog without firing an event. */
  @property({ type: Boolean, reflect: true }) accessor open = false;
  /** Coins the viewer is short of; the cheapest top-up covering them is preselected. */
  @property({ type: Number }) accessor shortfall: number | undefined = undefined;
  /** Where the hosted checkout sends the viewer back to; unset, the current page. */
  @property({ attribute: 'return-url' }) accessor returnUrl: string | undefined = undefined;
  /** Origins of the payment provider's hosted checkout, space-separated; the SDK's `baseUrl` origin is always allowed. */
  @property({ attribute: 'checkout-origins', converter: originList }) accessor checkoutOrigins: string[] = [];
  /** Sandbox only: the test payment token sent with each recharge (`tok_success`, `tok_declined`…). */
  @property({ attribute: 'test-token' }) accessor testToken: string | undefined = undefined;
  /** `light` or `dark` forces the colour scheme; unset, it follows `<gk-provider theme>` or the viewer's preference. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined = undefined;

  /** Aborted when the dialog closes: loads, the recharge in flight and the wait for it. */
  private session = new AbortController();
  /** Aborted by "Stop waiting" (and with the session). */
  private waiting: AbortController | undefined;
  private purchase: Purchase | undefined;
  /** A purchase whose answer was lost: pressing Pay for the same thing repeats it under the same key. */
  private unanswered: Purchase | undefined;
  private popup: Window | null = null;
  private returnFocus: Element | null = null;
  /** The recharge to follow on the next open, from `show({ rechargeId })`. */
  private followId: string | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  /** Selectors of the element to focus once the next render is done, the first that matches wins. */
  private focusAfterRender: readonly string[] | null = null;
  /** The instance the open dialog loaded from, to reload when the provider hands over another. */
  private loadedFor: Giftkit | undefined;

  /** Where the dialog stands (the screen it shows); reflected as the `state` attribute for styling. */
  get state(): RechargeDialogState {
    return this.screen.name;
  }

  /** The SDK instance in use: the nearest `<gk-provider>`'s, else the `configure()`d one. */
  private get sdk(): Giftkit | undefined {
    return this.giftkitController.giftkit;
  }

  private get customCheck(): CustomAmountCheck | null {
    const range = this.catalog?.customAmount;
    const pricing = this.sdk?.pricing;
    return range && pricing ? checkCustomAmount(this.customText, range, pricing) : null;
  }

  /** The item selected and its price, or `null` when nothing valid is selected. */
  private get selected(): { item: RechargeItem; price: Money } | null {
    const catalog = this.catalog;
    if (!catalog || this.selection === null) return null;
    if (this.selection === CUSTOM) {
      const check = this.customCheck;
      return check?.ok ? { item: { type: 'custom', coins: check.coins }, price: quoteCustom(catalog, check.coins) } : null;
    }
    const pkg = catalog.packages.find((candidate) => candidate.id === this.selection);
    return pkg ? { item: { type: 'package', packageId: pkg.id }, price: pkg.price } : null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endSession();
  }

  // ---- opening and closing --------------------------------------------------------------------------

  /** Starts afresh for an opening: called before the render, so the first frame already shows loading. */
  private startSession(): void {
    this.session.abort();
    this.session = new AbortController();
    this.loadedFor = undefined;
    clearInterval(this.clock);
    this.now = Date.now();
    this.clock = setInterval(() => (this.now = Date.now()), CLOCK_INTERVAL);
    this.tab = 'buy';
    this.screen = { name: 'loading' };
    this.resetChoice();
  }

  private endSession(): void {
    this.session.abort();
    this.loadedFor = undefined;
    this.waiting = undefined;
    clearInterval(this.clock);
    this.clock = undefined;
  }

  private resetChoice(): void {
    this.selection = null;
    this.customText = '';
    this.termsAccepted = false;
    this.termsError = false;
    this.selectionError = false;
    this.payAttempted = false;
    this.payError = null;
    this.suggestion = null;
    this.purchase = undefined;
    this.unanswered = undefined;
  }

  /** The `<dialog>` closed: when not from code (Escape, a close button), the viewer did it. */
  private onNativeClose = (): void => {
    if (!this.open) return; // closed from code: no event
    this.open = false;
    this.dispatchEvent(new Event('close', { bubbles: false, composed: true }));
  };

  /**
   * Escape. Closed here at once rather than on the native `close` event, which Chromium delays while
   * the page is hidden; when the browser does not let `cancel` be prevented, it closes the dialog anyway.
   */
  private onCancel = (event: Event): void => {
    event.preventDefault();
    this.closeByViewer();
  };

  private closeByViewer = (): void => {
    this.dialog?.close();
    this.onNativeClose();
  };

  private afterClose(): void {
    this.endSession();
    const target = this.returnFocus;
    this.returnFocus = null;
    // Chromium restores focus itself, but not into shadow trees every time; be explicit.
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }

  // ---- loading --------------------------------------------------------------------------------------

  private async load(): Promise<void> {
    const giftkit = this.sdk;
    const { signal } = this.session;
    this.loadedFor = giftkit;
    if (this.screen.name !== 'loading') this.screen = { name: 'loading' };
    // Without an instance the dialog keeps loading; `updated` loads once a provider or configure() gives one.
    if (!giftkit) return;
    try {
      const [wallet, catalog] = await Promise.all([giftkit.wallet.get({ signal }), giftkit.pricing.packages()]);
      if (signal.aborted) return;
      this.wallet = wallet;
      this.catalog = catalog;
      if (wallet.flags.ageRestricted) {
        this.showOutcome({ name: 'age-restricted' });
        return;
      }
      this.method = catalog.paymentMethods[0]?.id ?? null;
      if (this.followId) {
        const id = this.followId;
        this.followId = undefined;
        await this.follow(await giftkit.wallet.getRecharge(id, { signal }), null, giftkit);
        return;
      }
      await this.preselectTopUp(giftkit);
      if (signal.aborted) return;
      this.screen = { name: 'choose' };
    } catch (error) {
      if (isAbort(error, signal)) return;
      if (isAgeRestrictedError(error)) {
        this.showOutcome({ name: 'age-restricted' });
        return;
      }
      this.showOutcome({ name: 'load-failed' });
      this.dispatchEvent(new GkErrorEvent(error, 'load'));
    }
  }

  private async preselectTopUp(giftkit: Giftkit): Promise<void> {
    this.suggestion = null;
    if (!this.shortfall || this.shortfall <= 0) return;
    const suggestion = await giftkit.pricing.suggestTopUp(this.shortfall);
    const first = suggestion?.items[0];
    if (!suggestion || !first) return;
    this.suggestion = suggestion;
    if (first.type === 'package') {
      this.selection = first.package.id;
    } else {
      this.selection = CUSTOM;
      this.customText = String(first.coins);
    }
  }

  // ---- choosing -------------------------------------------------------------------------------------

  private onSelect = (value: string): void => {
    this.selection = value;
    this.selectionError = false;
    this.payError = null;
    if (value === CUSTOM) this.focusAfterRender = ['#custom-coins'];
  };

  private onCustomInput = (text: string): void => {
    this.customText = text;
    this.payError = null;
  };

  private onMethod = (id: PaymentMethod['id']): void => {
    this.method = id;
    this.payError = null;
  };

  private onTerms = (accepted: boolean): void => {
    this.termsAccepted = accepted;
    if (accepted) this.termsError = false;
  };

  private onShowBudgets = (): void => {
    this.selectTab('history');
  };

  // ---- paying ---------------------------------------------------------------------------------------

  /** Pay: checks the form, then opens the popup at once (still inside the click) and starts the purchase. */
  private onPay = (event: SubmitEvent): void => {
    event.preventDefault();
    this.payAttempted = true;
    const selected = this.selected;
    if (!selected || !this.method) {
      this.selectionError = this.selection === null;
      this.focusAfterRender = this.selection === CUSTOM ? ['#custom-coins'] : ['input[name="package"]'];
      return;
    }
    if (!this.termsAccepted) {
      this.termsError = true;
      this.focusAfterRender = ['#terms'];
      return;
    }
    const repeat = isSamePurchase(this.unanswered, selected.item, this.method) ? this.unanswered : undefined;
    this.purchase = repeat ?? newPurchase(selected.item, this.method);
    void this.charge(openCheckoutWindow());
  };

  /** A new attempt at the last purchase, under a new Idempotency-Key. */
  private onRetry = (): void => {
    const last = this.purchase;
    if (!last) return this.onBack();
    this.purchase = newPurchase(last.item, last.paymentMethod);
    void this.charge(openCheckoutWindow());
  };

  private onBack = (): void => {
    this.payError = null;
    this.screen = { name: 'choose' };
    this.focusAfterRender = ['input[name="package"]:checked', 'input[name="package"]'];
    if (this.shortfall && this.sdk) {
      void this.preselectTopUp(this.sdk);
    }
  };

  /** Sends the current purchase (first time, after a step-up, or asking for a new code). */
  private async charge(popup: Window | null): Promise<void> {
    const giftkit = this.sdk;
    const purchase = this.purchase;
    if (!giftkit || !purchase) {
      popup?.close();
      return;
    }
    const { signal } = this.session;
    this.popup = popup;
    if (this.screen.name !== 'step-up') this.screen = { name: 'processing' };
    let result: RechargeResult;
    try {
      result = await giftkit.wallet.recharge(purchase.item, {
        paymentMethod: purchase.paymentMethod,
        idempotencyKey: purchase.idempotencyKey,
        signal,
        ...this.returnUrlOption(),
        ...(this.testToken ? { testToken: this.testToken } : {}),
      });
    } catch (error) {
      this.closePopup();
      if (isAbort(error, signal)) return;
      this.chargeFailed(error, purchase);
      return;
    }
    this.unanswered = undefined;
    await this.follow(result, popup, giftkit);
  }

  /** `return-url`, else this page, when it is an http(s) URL the wallet accepts; nothing otherwise. */
  private returnUrlOption(): { returnUrl?: string } {
    const url = this.returnUrl ?? globalThis.location?.href;
    if (!url) return {};
    try {
      const { protocol } = new URL(url);
      return protocol === 'https:' || protocol === 'http:' ? { returnUrl: url } : {};
    } catch {
      return {};
    }
  }

  private chargeFailed(error: unknown, purchase: Purchase): void {
    if (isStepUpRequiredError(error)) {
      this.code = '';
      this.screen = { name: 'step-up', challenge: error.challenge, problem: null, busy: false };
      this.focusAfterRender = ['#code'];
      return;
    }
    if (isPaymentDeclinedError(error)) {
      this.showOutcome({ name: 'declined', reason: declineReason(error.reason) });
      return;
    }
    if (isAgeRestrictedError(error)) {
      this.showOutcome({ name: 'age-restricted' });
      return;
    }
    if (isBudgetExceededError(error)) {
      const left = error.budget?.unit === 'money' ? this.sdk?.pricing.format.money(error.budget.remaining) : null;
      this.payError = left
        ? msg(str`This purchase would go over your spending budget: ${left} left. Nothing was charged.`, { id: 'gk.recharge.budgetExceeded' })
        : msg('This purchase would go over your spending budget. Nothing was charged.', { id: 'gk.recharge.budgetExceededPlain' });
    } else {
      // The answer may have been lost after the server took the purchase: the same Pay repeats it under
      // the same key, so it can never be charged twice.
      if (isGiftkitError(error) && error.retryable) this.unanswered = purchase;
      this.payError = msg('The payment could not start. Check your connection and try again.', { id: 'gk.recharge.payFailed' });
      this.dispatchEvent(new GkErrorEvent(error, 'recharge'));
    }
    this.screen = { name: 'choose' };
    this.focusAfterRender = ['[part~="pay-button"]'];
  }

  /** Takes a recharge from its first answer to its end: checkout, waiting, outcome. */
  private async follow(result: RechargeResult, popup: Window | null, giftkit: Giftkit): Promise<void> {
    const { recharge } = result;
    if (recharge.status !== 'requires_action' && recharge.status !== 'pending') {
      this.closePopup();
      this.settle(result);
      return;
    }
    let checkoutUrl: string | null = null;
    if (recharge.nextAction.type === 'redirect') {
      checkoutUrl = safeUrl(recharge.nextAction.url, [new URL(giftkit.baseUrl).origin, ...this.checkoutOrigins]);
      if (!checkoutUrl) {
        this.closePopup();
        warn('checkout-origin', `<gk-recharge-dialog> refused to open a checkout URL outside its allowed origins; add the provider's origin to checkout-origins.`);
        this.dispatchEvent(new GkErrorEvent(new Error(`checkout URL refused: ${recharge.nextAction.url}`), 'checkout'));
        this.showOutcome({ name: 'failed', message: msg('The checkout page is not on an address this site trusts, so it was not opened. Nothing was charged.', { id: 'gk.recharge.checkoutRefused' }) });
        return;
      }
      this.openCheckout(checkoutUrl, popup, recharge.id);
    } else {
      this.closePopup();
    }
    this.screen = { name: 'pending', checkoutUrl };
    this.focusAfterRender = ['[part~="stop-button"]'];
    announce(msg('Waiting for your payment…', { id: 'gk.recharge.pending.title' }));
    const waiting = new AbortController();
    this.waiting = waiting;
    const signal = AbortSignal.any([waiting.signal, this.session.signal]);
    try {
      this.settle(await giftkit.wallet.waitForRecharge(recharge.id, { signal }));
    } catch (error) {
      if (isAbort(error, signal)) return;
      this.dispatchEvent(new GkErrorEvent(error, 'recharge'));
      this.showOutcome({ name: 'failed', message: msg('We lost track of the payment. If you paid, the coins will appear in your balance shortly.', { id: 'gk.recharge.waitFailed' }) });
    } finally {
      if (this.waiting === waiting) this.waiting = undefined;
    }
  }

  private openCheckout(url: string, popup: Window | null, rechargeId: string): void {
    // The viewer closed the empty popup before the URL came: leave this tab alone; the pending screen
    // links to the checkout.
    if (popup?.closed) return;
    const allowed = this.dispatchEvent(new GkCheckoutEvent(url, popup ? 'popup' : 'same-tab', rechargeId));
    if (!allowed) {
      this.closePopup();
      return;
    }
    if (popup) {
      navigateCheckoutWindow(popup, url);
      return;
    }
    // The browser blocked the popup: pay in this tab; the checkout comes back to `return-url`.
    window.location.assign(url);
  }

  private closePopup(): void {
    if (this.popup && !this.popup.closed) this.popup.close();
    this.popup = null;
  }

  private settle(result: RechargeResult): void {
    const { recharge } = result;
    switch (recharge.status) {
      case 'succeeded': {
        this.shortfall = this.shortfall ? Math.max(0, this.shortfall - recharge.coins) : this.shortfall;
        this.showOutcome({ name: 'succeeded', result });
        this.dispatchEvent(new GkRechargeCompleteEvent(result));
        return;
      }
      case 'declined':
        this.showOutcome({ name: 'declined', reason: declineReason(recharge.failure?.code, recharge.failure?.message) });
        return;
      case 'canceled':
        this.showOutcome({ name: 'canceled' });
        return;
      case 'expired':
        this.showOutcome({ name: 'expired' });
        return;
      default:
        // waitForRecharge resolves only with a final status; anything else is drift worth reporting.
        this.showOutcome({ name: 'failed', message: msg('We lost track of the payment. If you paid, the coins will appear in your balance shortly.', { id: 'gk.recharge.waitFailed' }) });
    }
  }

  /** Shows an outcome, moves focus to its main button and has screen readers read it. */
  private showOutcome(screen: OutcomeScreen): void {
    this.screen = screen;
    this.focusAfterRender = ['[part~="done-button"]', '[part~="retry-button"]'];
    const { title, body } = outcomeText(screen, this.sdk?.pricing);
    announce(`${title}. ${body}`, screen.name === 'succeeded' ? 'polite' : 'assertive');
  }

  private onStopWaiting = (): void => {
    this.waiting?.abort();
    this.closePopup();
    this.onBack();
  };

  // ---- step-up --------------------------------------------------------------------------------------

  private onCodeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const cleaned = cleanCode(input.value);
    // Pasted "123 456" or "123-456" shows as the digits the server will get.
    if (cleaned !== input.value) input.value = cleaned;
    this.code = cleaned;
    if (this.screen.name === 'step-up' && this.screen.problem === 'incomplete') this.screen = { ...this.screen, problem: null };
  };

  /** Confirm: opens the popup at once (inside the submit), verifies the code, then repeats the same purchase. */
  private onVerify = (event: SubmitEvent): void => {
    event.preventDefault();
    const screen = this.screen;
    if (screen.name !== 'step-up' || screen.busy) return;
    if (this.code.length !== screen.challenge.length) {
      this.screen = { ...screen, problem: 'incomplete' };
      this.focusAfterRender = ['#code'];
      return;
    }
    void this.verify(screen.challenge, this.code, openCheckoutWindow());
  };

  private async verify(challenge: StepUpChallenge, code: string, popup: Window | null): Promise<void> {
    const giftkit = this.sdk;
    if (!giftkit) return;
    const { signal } = this.session;
    this.screen = { name: 'step-up', challenge, problem: null, busy: true };
    try {
      await giftkit.security.verifyStepUp(challenge.id, code, { signal });
    } catch (error) {
      popup?.close();
      if (isAbort(error, signal)) return;
      if (isStepUpFailedError(error)) {
        const left = error.attemptsLeft ?? 0;
        const problem: StepUpProblem = left > 0 ? 'wrong-code' : error.details?.['reason'] === 'expired' ? 'expired' : 'locked';
        this.code = '';
        this.screen = { name: 'step-up', challenge: { ...challenge, attemptsLeft: left }, problem, busy: false };
        this.focusAfterRender = left > 0 ? ['#code'] : ['[part~="new-code-button"]'];
        return;
      }
      // The code may be right: keep it, and let the viewer send it again.
      this.screen = { name: 'step-up', challenge, problem: 'unreachable', busy: false };
      this.focusAfterRender = ['[part~="verify-button"]'];
      this.dispatchEvent(new GkErrorEvent(error, 'step-up'));
      return;
    }
    await this.charge(popup);
  }

  /** A new code: the same purchase sent again under its key, which makes the server issue a new challenge. */
  private onNewCode = (): void => {
    const screen = this.screen;
    if (screen.name !== 'step-up' || screen.busy) return;
    this.code = '';
    this.screen = { ...screen, busy: true };
    void this.charge(openCheckoutWindow());
  };

  private onCancelStepUp = (): void => {
    this.code = '';
    this.purchase = undefined;
    this.onBack();
  };

  // ---- tabs -----------------------------------------------------------------------------------------

  private selectTab(tab: 'buy' | 'history'): void {
    this.tab = tab;
    this.focusAfterRender = [`#tab-${tab}`];
  }

  /** Arrow keys move between the two tabs (either way, in both directions), Home and End to the first and last. */
  private onTabKeydown = (event: KeyboardEvent): void => {
    const other = this.tab === 'buy' ? 'history' : 'buy';
    const keys: Record<string, 'buy' | 'history'> = { ArrowLeft: other, ArrowRight: other, Home: 'buy', End: 'history' };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    this.selectTab(next);
  };

  // ---- public methods -------------------------------------------------------------------------------

  /**
   * Opens the dialog (without firing an event). With `shortfall`, preselects the top-up that covers it;
   * without, clears the shortfall of an earlier opening. With `rechargeId`, shows how that recharge ends.
   */
  show(options: RechargeDialogShowOptions = {}): void {
    this.shortfall = options.shortfall;
    this.followId = options.rechargeId;
    if (this.open) {
      // Already open: start over with the new options.
      this.startSession();
      return;
    }
    this.open = true;
  }

  /** Closes the dialog (without firing an event); a payment in progress goes on at the provider. */
  hide(): void {
    this.open = false;
  }

  // ---- lifecycle ------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !changed.get('open')) {
      this.returnFocus = deepActiveElement();
      this.startSession();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.setAttribute('state', this.screen.name);
    if (changed.has('open')) {
      if (this.open && !this.dialog.open) {
        this.dialog.showModal();
      } else if (!this.open && this.dialog.open) {
        this.dialog.close();
      }
      if (!this.open && changed.get('open')) this.afterClose();
    }
    if (this.open && this.dialog.open && this.sdk !== this.loadedFor) void this.load();
    if (this.focusAfterRender) {
      const root = this.renderRoot;
      const target = this.focusAfterRender.map((selector) => root.querySelector<HTMLElement>(selector)).find(Boolean);
      this.focusAfterRender = null;
      target?.focus();
    }
  }

  private renderBuy(): TemplateResult {
    const screen = this.screen;
    const giftkit = this.sdk;
    if (screen.name === 'choose' && this.catalog && this.wallet && giftkit) {
      const check = this.selection === CUSTOM ? this.customCheck : null;
      const selected = this.selected;
      return renderChoose({
        catalog: this.catalog,
        wallet: this.wallet,
        pricing: giftkit.pricing,
        locale: getLocale(),
        now: this.now,
        shortfall: this.shortfall,
        suggestion: this.suggestion,
        selection: this.selection,
        customText: this.customText,
        customError: check && !check.ok && (this.customText !== '' || this.payAttempted) ? check.message : null,
        custom: check?.ok && selected ? { coins: check.coins, price: selected.price } : null,
        price: selected?.price ?? null,
        method: this.method,
        termsAccepted: this.termsAccepted,
        termsError: this.termsError,
        selectionError: this.selectionError,
        payError: this.payError,
        onSelect: this.onSelect,
        onCustomInput: this.onCustomInput,
        onMethod: this.onMethod,
        onTerms: this.onTerms,
        onPay: this.onPay,
        onShowBudgets: this.onShowBudgets,
      });
    }
    if (screen.name === 'step-up') {
      return renderStepUp({
        challenge: screen.challenge,
        code: this.code,
        problem: screen.problem,
        busy: screen.busy,
        onInput: this.onCodeInput,
        onVerify: this.onVerify,
        onNewCode: this.onNewCode,
        onCancel: this.onCancelStepUp,
      });
    }
    const status: StatusScreen = screen.name === 'choose' ? { name: 'loading' } : screen;
    return renderStatus(status, {
      pricing: giftkit?.pricing,
      shortfallLeft: this.shortfall ?? 0,
      onReload: () => void this.load(),
      onStopWaiting: this.onStopWaiting,
      onRetry: this.onRetry,
      onBack: this.onBack,
      onDone: this.closeByViewer,
    });
  }

  protected override render(): TemplateResult {
    // The tabs stay out of the way while a purchase is under way.
    const tabs = ['choose', 'loading', 'load-failed', 'age-restricted'].includes(this.screen.name);
    const content = !this.open
      ? nothing
      : this.tab === 'history'
        ? html`<gk-wallet-view part="wallet"></gk-wallet-view>`
        : this.renderBuy();
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.onCancel} @close=${this.onNativeClose}>
      <header part="header">
        <h2 id="title" part="title">${msg('Get coins', { id: 'gk.recharge.title' })}</h2>
        <button type="button" class="close" part="close-button" aria-label=${msg('Close', { id: 'gk.recharge.close' })} @click=${this.closeByViewer}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        </button>
      </header>
      ${tabs
        ? html`<div role="tablist" part="tabs" aria-label=${msg('Wallet', { id: 'gk.recharge.tabs' })} @keydown=${this.onTabKeydown}>
            ${this.renderTab('buy', msg('Buy coins', { id: 'gk.recharge.tab.buy' }))}
            ${this.renderTab('history', msg('History', { id: 'gk.recharge.tab.history' }))}
          </div>
          ${(['buy', 'history'] as const).map((tab) => html`<div class="panel" part="panel" id="panel-${tab}" role="tabpanel"
            aria-labelledby="tab-${tab}" ?hidden=${this.tab !== tab}>${this.tab === tab ? content : nothing}</div>`)}`
        : html`<div class="panel" part="panel">${content}</div>`}
    </dialog>`;
  }

  private renderTab(tab: 'buy' | 'history', label: string): TemplateResult {
    const selected = this.tab === tab;
    return html`<button type="button" role="tab" part="tab" id="tab-${tab}" aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${tab}" tabindex=${selected ? '0' : '-1'} @click=${() => this.selectTab(tab)}>${label}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-recharge-dialog': GkRechargeDialog;
  }
}
