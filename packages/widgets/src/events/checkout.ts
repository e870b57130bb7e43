/** `gk-checkout`: the recharge dialog is about to show the payment provider's hosted checkout. */

/** Where the checkout opens: the popup the dialog opened, or this tab when the browser blocked the popup. */
export type GkCheckoutMode = 'popup' | 'same-tab';

/**
 * Fired (cancelable) right before `<gk-recharge-dialog>` sends the viewer to the hosted checkout, with
 * the checkout URL already checked against the allowed origins. `preventDefault()` leaves the opening to
 * the page (an in-app browser, a native web view): the dialog then closes its own popup, or stays on
 * this page, and keeps waiting for the payment.
 */
export class GkCheckoutEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-checkout';
  /** The hosted checkout's URL (`https:`, on an allowed origin). */
  readonly url: string;
  /** Where the dialog is about to open it. */
  readonly mode: GkCheckoutMode;
  /** The recharge being paid. */
  readonly rechargeId: string;

  constructor(url: string, mode: GkCheckoutMode, rechargeId: string) {
    super(GkCheckoutEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.url = url;
    this.mode = mode;
    this.rechargeId = rechargeId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-checkout': GkCheckoutEvent;
  }
}
