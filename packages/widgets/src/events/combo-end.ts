/** `gk-combo-end`: a combo (a streak of one gift) ended and all of its sends settled. */
import type { Gift, GiftkitError } from '@giftkit/core';

/** What an ended combo carries. */
export interface GkComboEndInit {
  /** The gift of the streak. */
  readonly gift: Gift;
  /** The id shared by every send of the streak. */
  readonly comboId: string;
  /** Gifts the server confirmed. */
  readonly sent: number;
  /** The error of the last failed send of the streak, if one failed (its gifts were not charged). */
  readonly error: GiftkitError | undefined;
}

/**
 * Fired when a combo ends (after its idle window, another gift, or the picker leaving the page), once
 * every send of it has settled. `gk-gift-send` fired once per tap before; this is the streak's outcome.
 */
export class GkComboEndEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-combo-end';
  /** The gift of the streak. */
  readonly gift: Gift;
  /** The id shared by every send of the streak. */
  readonly comboId: string;
  /** Gifts the server confirmed. */
  readonly sent: number;
  /** The error of the last failed send of the streak, if any. */
  readonly error: GiftkitError | undefined;

  constructor(init: GkComboEndInit) {
    super(GkComboEndEvent.type, { bubbles: true, composed: true });
    this.gift = init.gift;
    this.comboId = init.comboId;
    this.sent = init.sent;
    this.error = init.error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-combo-end': GkComboEndEvent;
  }
}
