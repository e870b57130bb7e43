/** When and how long the HTTP layer waits before repeating a request. */
import { isGiftkitError, type GiftkitError } from '../errors/giftkit-error.js';

/** How failed requests are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 3 */
  limit?: number;
  /** The backoff of the first retry, doubled on each one after it, in milliseconds. @default 300 */
  baseDelay?: number;
  /** The cap of the exponential backoff, in milliseconds. @default 5000 */
  maxDelay?: number;
  /** The longest `Retry-After` the SDK waits for; a longer one fails at once with the error. @default 60000 */
  maxRetryAfter?: number;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Fills in the defaults of the `retry` option; a number is the retry limit. */
export function retryPolicy(option: number | RetryOptions | undefined): RetryPolicy {
  const given = typeof option === 'number' ? { limit: option } : (option ?? {});
  const policy = { limit: 3, baseDelay: 300, maxDelay: 5000, maxRetryAfter: 60_000, ...given };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry.${key} must be a non-negative number, got ${value}`);
  }
  return policy;
}

/**
 * The backoff before retry number `attempt` (0 for the first): a uniformly random wait between zero and
 * the capped exponential ("full jitter"), so that many clients failing together do not retry together.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt));
}

/**
 * Whether repeating a request is safe and may help. GET and PUT are idempotent by HTTP semantics; a POST
 * only when it carries an Idempotency-Key, because then the server replays instead of charging twice.
 */
export function shouldRetry(error: unknown, method: string, hasIdempotencyKey: boolean): error is GiftkitError {
  if (!isGiftkitError(error) || !error.retryable) return false;
  return method === 'GET' || method === 'PUT' || hasIdempotencyKey;
}
