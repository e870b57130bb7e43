/** The events `giftkit.events.on` delivers. */
import type { Recharge, WalletEvent } from '@giftkit/contract';
import type { GiftkitError } from '../errors/giftkit-error.js';

/** Where a confirmed balance came from. */
export type BalanceSource = 'response' | 'stream' | 'tab';

/** The server confirmed a new balance. */
export interface BalanceUpdate {
  /** The confirmed balance (optimistic debits in flight not subtracted). */
  readonly coins: number;
  /** When the server recorded this balance. */
  readonly updatedAt: string;
  /** An API response, the event stream, or another tab of the same site. */
  readonly source: BalanceSource;
}

/** A gift event of the stream: a gift the signed-in creator received, or a combo that settled. */
export type GiftEvent = Extract<WalletEvent, { type: 'gift.received' | 'gift.combo.settled' }>;

/** Event type → payload of `giftkit.events.on`. */
export interface GiftkitEventMap {
  /** The server confirmed a new balance. */
  balance: BalanceUpdate;
  /** A recharge was created (by `wallet.recharge`) or changed status (on the event stream). */
  recharge: Recharge;
  /** A gift event arrived on the event stream. */
  gift: GiftEvent;
  /** Something failed in the background: a combo flush, the event stream, a balance refresh. */
  error: GiftkitError;
}
