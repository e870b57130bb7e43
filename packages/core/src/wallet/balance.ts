/**
 * The balance store: the server's confirmed balance minus optimistic debits in flight, kept in order by
 * server timestamps so that a late, older answer never overwrites a newer one.
 */
import type { GiftkitError } from '../errors/giftkit-error.js';
import type { Emitter } from '../internal/emitter.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import type { BalanceSource, GiftkitEventMap } from '../events/types.js';

/** What the balance store holds. */
export interface BalanceState {
  /** `idle` before the first load, `loading` during it, then `ready`, or `error` when the last load failed. */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Coins to show: the confirmed balance minus `pending`; `null` until the wallet is loaded. */
  readonly coins: number | null;
  /** Coins of optimistic debits whose requests are still in flight. */
  readonly pending: number;
  /** Why the last load failed, when `status` is `error`. */
  readonly error?: GiftkitError;
}

/** The SDK-internal side of the balance store. */
export interface BalanceTracker {
  readonly store: ReadableStore<BalanceState>;
  /** The wallet's owner, once a wallet was loaded; scopes the cross-tab messages. */
  readonly userId: string | null;
  /** Debits `coins` optimistically. */
  hold(coins: number): void;
  /**
   * Ends an optimistic debit of `held` coins: with the balance its response reported when the request
   * went through, without one when it failed (the debit is rolled back).
   */
  settle(held: number, result?: { readonly coins: number; readonly updatedAt: string }): void;
  /**
   * Applies a balance the server confirmed outside of a debit (a load, a recharge, the stream, another
   * tab), unless a newer one was already applied. While debits are in flight it may or may not include
   * them, so it waits until they settle rather than subtracting them twice.
   */
  confirm(coins: number, updatedAt: string, source: BalanceSource): void;
  /** Records the wallet's owner. */
  identify(userId: string): void;
  /** Marks a load as started. */
  loading(): void;
  /** Marks the last load as failed. */
  failed(error: GiftkitError): void;
}

/** A new balance tracker; `onStart` runs when the store gets its first subscriber. */
export function createBalanceTracker(emitter: Emitter<GiftkitEventMap>, onStart: () => void): BalanceTracker {
  let confirmed: number | null = null;
  let confirmedAt = Number.NEGATIVE_INFINITY;
  let pending = 0;
  let userId: string | null = null;
  let deferred: { coins: number; updatedAt: string; source: BalanceSource } | null = null;
  const store = createStore<BalanceState>({ status: 'idle', coins: null, pending: 0 }, onStart);

  const publish = (patch: Partial<BalanceState> = {}): void => {
    const { status, error } = { ...store.get(), ...patch };
    const coins = confirmed === null ? null : confirmed - pending;
    store.set({ status, coins, pending, ...(status === 'error' && error ? { error } : {}) });
  };

  const apply = (coins: number, updatedAt: string, source: BalanceSource): void => {
    const at = Date.parse(updatedAt);
    if (at < confirmedAt) return;
    confirmedAt = at;
    confirmed = coins;
    publish({ status: 'ready' });
    emitter.emit('balance', { coins, updatedAt, source });
  };

  return {
    store,
    get userId() {
      return userId;
    },
    hold(coins) {
      pending += coins;
      publish();
    },
    settle(held, result) {
      pending = Math.max(0, pending - held);
      if (result) apply(result.coins, result.updatedAt, 'response');
      else publish();
      if (pending === 0 && deferred) {
        const { coins, updatedAt, source } = deferred;
        deferred = null;
        apply(coins, updatedAt, source);
      }
    },
    confirm(coins, updatedAt, source) {
      if (pending === 0) apply(coins, updatedAt, source);
      else if (!deferred || Date.parse(updatedAt) >= Date.parse(deferred.updatedAt)) deferred = { coins, updatedAt, source };
    },
    identify(id) {
      userId = id;
    },
    loading() {
      if (store.get().status !== 'ready') publish({ status: 'loading' });
    },
    failed(error) {
      publish({ status: 'error', error });
    },
  };
}
