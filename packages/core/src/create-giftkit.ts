/** `createGiftkit`: builds one SDK instance for one viewer. */
import * as z from 'zod/mini';
import { createHttpClient } from './http/client.js';
import { retryPolicy } from './http/retry-policy.js';
import { createEmitter } from './internal/emitter.js';
import { isGiftkitError } from './errors/giftkit-error.js';
import { createBalanceTracker } from './wallet/balance.js';
import { createWalletApi, type WalletApi } from './wallet/wallet.js';
import { createPricingApi, type PricingApi } from './pricing/pricing-api.js';
import { createGiftSender } from './gifts/gift-sender.js';
import { createGiftsApi, type GiftsApi } from './gifts/gifts-api.js';
import { createSecurityApi, type SecurityApi } from './security/security-api.js';
import { createEventStream, type StreamStatus } from './events/event-stream.js';
import { startTabSync } from './events/tab-sync.js';
import type { GiftkitEventMap } from './events/types.js';
import type { ReadableStore } from './internal/store.js';
import type { GiftkitOptions } from './options.js';

/** `giftkit.events`: typed events and the live event stream. */
export interface EventsApi {
  /** Calls `listener` on every `type` event (`balance`, `recharge`, `gift`, `error`); returns the function that stops it. */
  on<K extends keyof GiftkitEventMap>(type: K, listener: (payload: GiftkitEventMap[K]) => void): () => void;
  /** Opens the live event stream (`GET /v1/events`) and keeps it open, reconnecting after drops. */
  connect(): void;
  /** Closes the live event stream. */
  disconnect(): void;
  /** Where the live event stream stands: `disconnected`, `connecting` or `open`. */
  readonly status: ReadableStore<StreamStatus>;
}

/** One SDK instance, for one viewer. */
export interface Giftkit {
  /**
   * The wallet API's base URL as configured, without a trailing slash, e.g. `https://wallet.example.com`.
   * Widgets accept checkout pages on its origin (where the sandbox checkout lives).
   */
  readonly baseUrl: string;
  /** Balance store, wallet, history, budgets, spending, recharges and disputes. */
  readonly wallet: WalletApi;
  /** Coin packages and their prices, promotions, custom amounts and top-up suggestions, and formatting. */
  readonly pricing: PricingApi;
  /** The gift catalog, sends and combos. */
  readonly gifts: GiftsApi;
  /** Warnings about unofficial coin sellers, and step-up verification for apps that ask for codes themselves. */
  readonly security: SecurityApi;
  /** Typed events and the live event stream. */
  readonly events: EventsApi;
  /** Closes the event stream and the cross-tab channel; the instance should not be used afterwards. */
  destroy(): void;
}

function checkedBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`baseUrl must be http(s), got ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * Creates a Giftkit SDK instance. Nothing is fetched until a method is called (or the balance store gets
 * its first subscriber).
 *
 * @example
 * import { createGiftkit, isInsufficientFundsError } from '@giftkit/core';
 *
 * // Pointed at the sandbox (`@giftkit/mock`); in production: your wallet URL and your token endpoint.
 * const giftkit = createGiftkit({
 *   baseUrl: 'https://wallet.giftkit.test',
 *   getToken: () => fetch('https://app.example/api/giftkit-token').then((response) => response.text()),
 *   officialOrigins: ['https://coins.example'],
 *   onStepUp: (challenge) => prompt(`Enter the ${challenge.length}-digit code`),
 * });
 * giftkit.wallet.balance.subscribe(({ coins }) => console.log('coins:', coins));
 * try {
 *   const sent = await giftkit.gifts.send('rose', { recipientId: 'creator_lena', streamId: 'stream_lena_cooking' });
 *   console.log('sent; balance now', giftkit.pricing.format.coins(sent.balance));
 * } catch (error) {
 *   if (!isInsufficientFundsError(error)) throw error;
 *   const topUp = await giftkit.pricing.suggestTopUp(error.shortfall ?? 1);
 *   console.log('top up with', topUp && giftkit.pricing.format.money(topUp.price));
 * }
 */
export function createGiftkit(options: GiftkitOptions): Giftkit {
  // Here rather than at import, so that importing the SDK changes nothing; zod then never probes
  // `new Function`, which a strict Content-Security-Policy reports.
  z.config({ jitless: true });
  if (typeof options.getToken !== 'function') throw new TypeError('getToken must be a function');
  const baseUrl = checkedBaseUrl(options.baseUrl);
  const platform = options.platform ?? 'web';
  const locale = options.locale ?? globalThis.navigator?.language ?? 'en-US';
  const officialOrigins = [...(options.officialOrigins ?? [])];
  for (const origin of officialOrigins) checkedBaseUrl(origin);
  if (options.timeout !== undefined && options.timeout !== false && !(options.timeout > 0)) {
    throw new RangeError(`timeout must be a positive number of milliseconds or false, got ${options.timeout}`);
  }

  const http = createHttpClient({
    baseUrl,
    getToken: options.getToken,
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    retry: retryPolicy(options.retry),
    onStepUp: options.onStepUp,
  });
  const emitter = createEmitter<GiftkitEventMap>();
  const reportError = (error: unknown): void => {
    if (isGiftkitError(error)) emitter.emit('error', error);
  };
  // The first subscriber of the balance store loads the wallet.
  const balance = createBalanceTracker(emitter, () => {
    if (balance.store.get().status === 'idle') wallet.refresh().catch(reportError);
  });
  const wallet = createWalletApi({ http, balance, emitter, platform });
  const pricing = createPricingApi({ http, platform, locale });
  const post = createGiftSender(http, balance, () => void wallet.refresh().catch(reportError));
  const gifts = createGiftsApi({ http, balance, emitter, post });
  const security = createSecurityApi(officialOrigins, pricing, http);
  const stream = createEventStream({ http, balance, emitter });
  const stopTabSync = startTabSync(baseUrl, balance, emitter);

  return {
    baseUrl,
    wallet,
    pricing,
    gifts,
    security,
    events: { on: emitter.on, connect: stream.connect, disconnect: stream.disconnect, status: stream.status },
    destroy() {
      stream.disconnect();
      stopTabSync();
    },
  };
}
