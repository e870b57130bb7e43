/** `gk-recharge-request`: the viewer asked to buy coins. */

/** What a recharge request carries. */
export interface GkRechargeRequestInit {
  /** Coins the viewer is short of, when the request comes from an unaffordable action. */
  readonly shortfall?: number;
}

/**
 * Fired (cancelable) when the viewer asks to buy coins, before any dialog opens; `preventDefault()` keeps
 * the built-in recharge dialog closed so the page can show its own flow.
 */
export class GkRechargeRequestEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-recharge-request';
  /** Coins the viewer is short of, if known. */
  readonly shortfall: number | undefined;

  constructor(init: GkRechargeRequestInit = {}) {
    super(GkRechargeRequestEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.shortfall = init.shortfall;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-recharge-request': GkRechargeRequestEvent;
  }
}
