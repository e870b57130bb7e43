/** `gk-gift-send`: the viewer is about to send a gift. */
import type { Gift } from '@giftkit/core';

/** What a gift send request carries. */
export interface GkGiftSendInit {
  /** The gift to send. */
  readonly gift: Gift;
  /** How many of it. */
  readonly count: number;
  /** The creator receiving it. */
  readonly recipientId: string;
  /** The stream it is sent in. */
  readonly streamId: string;
}

/**
 * Fired (cancelable) before a gift is sent; `preventDefault()` stops the send, e.g. to ask the viewer
 * something first.
 */
export class GkGiftSendEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-gift-send';
  /** The gift to send. */
  readonly gift: Gift;
  /** How many of it. */
  readonly count: number;
  /** The creator receiving it. */
  readonly recipientId: string;
  /** The stream it is sent in. */
  readonly streamId: string;

  constructor(init: GkGiftSendInit) {
    super(GkGiftSendEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.gift = init.gift;
    this.count = init.count;
    this.recipientId = init.recipientId;
    this.streamId = init.streamId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-gift-send': GkGiftSendEvent;
  }
}
