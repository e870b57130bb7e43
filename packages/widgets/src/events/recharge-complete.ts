/** `gk-recharge-complete`: a recharge succeeded and its coins are in the wallet. */
import type { Recharge, RechargeResult } from '@giftkit/core';

/** Fired when a recharge succeeded and the balance includes its coins. */
export class GkRechargeCompleteEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-recharge-complete';
  /** The finished recharge. */
  readonly recharge: Recharge;
  /** The viewer's coins after it. */
  readonly balance: number;

  constructor(result: RechargeResult) {
    super(GkRechargeCompleteEvent.type, { bubbles: true, composed: true });
    this.recharge = result.recharge;
    this.balance = result.balance;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-recharge-complete': GkRechargeCompleteEvent;
  }
}
