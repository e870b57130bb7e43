/**
 * Combos: a streak of taps on one gift, sent as few requests as possible. The first tap goes out at
 * once; later taps are counted and flushed every `flushInterval` as one send carrying their count, with
 * at most one request in flight, so a viewer tapping 50 times a second costs a handful of requests.
 */
import { MAX_GIFTS_PER_SEND, type Gift, type GiftSent } from '@giftkit/contract';
import { isGiftkitError, GiftkitError } from '../errors/giftkit-error.js';
import type { Emitter } from '../internal/emitter.js';
import { newIdempotencyKey } from '../internal/idempotency-key.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import type { GiftkitEventMap } from '../events/types.js';
import type { BalanceTracker } from '../wallet/balance.js';
import type { PostSend } from './gift-sender.js';

/** How often taps are flushed, in milliseconds: short enough for the creator to see the streak grow live. */
export const DEFAULT_FLUSH_INTERVAL = 800;

/** Options of `gifts.combo`. */
export interface ComboOptions {
  /** The creator receiving the gifts. */
  recipientId: string;
  /** The stream the gifts are sent in. */
  streamId: string;
  /** How often the taps that follow the first are sent, as one request, in milliseconds. @default 800 */
  flushInterval?: number;
  /**
   * Called once for each send of the combo the server confirmed (the first tap, then each flush), with
   * the server's record: its count, the streak's running `comboCount` and the balance after it.
   */
  onSent?: (sent: GiftSent) => void;
}

/** Where a combo stands. */
export interface ComboState {
  /** Taps so far, minus taps whose flush failed: the running count to show. */
  readonly count: number;
  /** Gifts the server confirmed. */
  readonly sent: number;
  /** `active` while taps are accepted, `ending` while the last taps are flushed after `end()`, then `ended`. */
  readonly status: 'active' | 'ending' | 'ended';
  /** The error of the last failed flush; its taps were rolled back. */
  readonly error?: GiftkitError;
}

/** A streak of one gift to one creator; subscribe to it for the running count. */
export interface Combo extends ReadableStore<ComboState> {
  /** Shared by every send of the combo, so the creator sees one streak. */
  readonly comboId: string;
  /** The gift being sent. */
  readonly gift: Gift;
  /** Adds one gift: debits its coins at once (optimistically) and sends it with the next flush. */
  tap(): void;
  /** Flushes the remaining taps and resolves with the final state once every request has settled. */
  end(): Promise<ComboState>;
}

/** What a combo is built from. */
export interface ComboContext {
  readonly post: PostSend;
  readonly balance: BalanceTracker;
  readonly emitter: Emitter<GiftkitEventMap>;
}

/** Starts a combo of `gift`. */
export function createCombo(gift: Gift, options: ComboOptions, { post, balance, emitter }: ComboContext): Combo {
  const { recipientId, streamId, flushInterval = DEFAULT_FLUSH_INTERVAL, onSent } = options;
  if (!(flushInterval >= 0)) throw new RangeError(`flushInterval must be a non-negative number, got ${flushInterval}`);
  const comboId = newIdempotencyKey();
  const store = createStore<ComboState>({ count: 0, sent: 0, status: 'active' });
  let queued = 0;
  let inFlight = false;
  let started = false;
  let due = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle: (() => void)[] = [];

  const update = (patch: Partial<ComboState>): void => store.set({ ...store.get(), ...patch });

  function schedule(): void {
    if (timer !== undefined || due) return;
    timer = setTimeout(() => {
      timer = undefined;
      due = true;
      pump();
    }, flushInterval);
  }

  function pump(): void {
    if (inFlight || queued === 0) {
      if (!inFlight && queued === 0 && store.get().status === 'ending') finish();
      return;
    }
    if (!due && store.get().status === 'active') return;
    flush();
  }

  function flush(): void {
    const count = Math.min(queued, MAX_GIFTS_PER_SEND);
    queued -= count;
    due = queued > 0; // more than one request's worth waits for no timer
    inFlight = true;
    const held = count * gift.coins;
    // One key per flush, reused by the HTTP layer on each of its retries.
    post({ giftId: gift.id, recipientId, streamId, count, comboId }, held, { idempotencyKey: newIdempotencyKey() }).then(
      (sent) => {
        update({ sent: store.get().sent + count });
        onSent?.(sent);
      },
      (error: unknown) => {
        const failure = isGiftkitError(error)
          ? error
          : new GiftkitError('A combo flush failed.', { code: 'combo_flush_failed', cause: error });
        update({ count: store.get().count - count, error: failure });
        emitter.emit('error', failure);
      },
    ).finally(() => {
      inFlight = false;
      pump();
    });
  }

  function finish(): void {
    update({ status: 'ended' });
    for (const resolve of idle.splice(0)) resolve();
  }

  return {
    comboId,
    gift,
    get: store.get,
    subscribe: store.subscribe,
    tap() {
      if (store.get().status !== 'active') throw new Error('This combo has ended; start a new one.');
      queued++;
      balance.hold(gift.coins);
      update({ count: store.get().count + 1 });
      if (!started) {
        started = true;
        flush();
      } else {
        schedule();
      }
    },
    end() {
      if (store.get().status === 'active') {
        clearTimeout(timer);
        timer = undefined;
        due = true;
        update({ status: 'ending' });
        pump();
      }
      if (store.get().status === 'ended') return Promise.resolve(store.get());
      return new Promise((resolve) => idle.push(() => resolve(store.get())));
    },
  };
}
