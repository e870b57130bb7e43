/** `giftkit.gifts`: the gift catalog (revalidated by ETag), single sends and combos. */
import { routes, MAX_GIFTS_PER_SEND, type Gift, type GiftCatalog, type GiftSent } from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import type { Emitter } from '../internal/emitter.js';
import type { GiftkitEventMap } from '../events/types.js';
import type { BalanceTracker } from '../wallet/balance.js';
import { createCombo, type Combo, type ComboOptions } from './combo.js';
import type { PostSend } from './gift-sender.js';

/** Options of `gifts.send`. */
export interface SendOptions {
  /** The creator receiving the gift. */
  recipientId: string;
  /** The stream the gift is sent in. */
  streamId: string;
  /** How many of the gift to send in this one request, 1 to 9999. @default 1 */
  count?: number;
  /** Groups this send with others of one streak; `gifts.combo` sets it for you. */
  comboId?: string;
  /** Reuse a key to repeat the same send safely; one is made otherwise. */
  idempotencyKey?: string;
  /** Aborts the send (and its retries). */
  signal?: AbortSignal;
}

/** `giftkit.gifts`. */
export interface GiftsApi {
  /**
   * The gift catalog. Each call revalidates with `If-None-Match`; a 304 answers from the cached copy,
   * so calling it often is cheap.
   */
  catalog(options?: { signal?: AbortSignal }): Promise<GiftCatalog>;
  /**
   * Sends a gift (or `count` of it). Its coins leave the balance store at once and come back if the send
   * fails; on success the store takes the server's balance. A gift id is looked up in the catalog.
   */
  send(gift: Gift | string, options: SendOptions): Promise<GiftSent>;
  /** Starts a combo: taps on one gift coalesced into few requests, with a running count. */
  combo(gift: Gift, options: ComboOptions): Combo;
}

/** What the gifts module is built from. */
export interface GiftsContext {
  readonly http: HttpClient;
  readonly balance: BalanceTracker;
  readonly emitter: Emitter<GiftkitEventMap>;
  readonly post: PostSend;
}

/** Builds `giftkit.gifts`. */
export function createGiftsApi(context: GiftsContext): GiftsApi {
  const { http, post } = context;
  let cache: { etag: string | null; catalog: GiftCatalog } | undefined;
  let revalidating: Promise<GiftCatalog> | undefined;

  async function revalidate(signal: AbortSignal | undefined): Promise<GiftCatalog> {
    const previous = cache;
    const { data, etag } = await http.exchange(routes.getGifts, {
      ifNoneMatch: previous?.etag ?? undefined,
      signal,
    });
    if (data !== undefined) {
      cache = { etag, catalog: data };
      return data;
    }
    // Only a 304 yields no data, and If-None-Match goes out only with a cached copy.
    return (previous as NonNullable<typeof previous>).catalog;
  }

  function catalog(options: { signal?: AbortSignal } = {}): Promise<GiftCatalog> {
    // Concurrent callers share one request.
    revalidating ??= revalidate(options.signal).finally(() => (revalidating = undefined));
    return revalidating;
  }

  async function resolveGift(gift: Gift | string): Promise<Gift | string> {
    if (typeof gift !== 'string') return gift;
    const gifts = (cache?.catalog ?? (await catalog())).gifts;
    return gifts.find((candidate) => candidate.id === gift) ?? gift;
  }

  return {
    catalog,
    async send(gift, options) {
      const { recipientId, streamId, count = 1, comboId, idempotencyKey, signal } = options;
      if (!Number.isSafeInteger(count) || count < 1 || count > MAX_GIFTS_PER_SEND) {
        throw new RangeError(`count must be an integer from 1 to ${MAX_GIFTS_PER_SEND}, got ${count}`);
      }
      const resolved = await resolveGift(gift);
      // A gift missing from the catalog is still sent: the server is the judge, and answers not_found.
      const held = typeof resolved === 'string' ? 0 : resolved.coins * count;
      const giftId = typeof resolved === 'string' ? resolved : resolved.id;
      context.balance.hold(held);
      return post({ giftId, recipientId, streamId, count, ...(comboId === undefined ? {} : { comboId }) }, held, {
        idempotencyKey,
        signal,
      });
    },
    combo: (gift, options) => createCombo(gift, options, context),
  };
}
