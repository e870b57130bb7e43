/** `gk-gift-sent`: the server confirmed a gift send. */
import type { Gift, GiftSent } from '@giftkit/core';

/** Fired after the server accepted a gift send (each flush of a combo included). */
export class GkGiftSentEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-gift-sent';
  /** The gift that was sent. */
  readonly gift: Gift;
  /** What the server recorded: count, coins, combo count and the balance after it. */
  readonly sent: GiftSent;

  constructor(gift: Gift, sent: GiftSent) {
    super(GkGiftSentEvent.type, { bubbles: true, composed: true });
    this.gift = gift;
    this.sent = sent;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-gift-sent': GkGiftSentEvent;
  }
}
