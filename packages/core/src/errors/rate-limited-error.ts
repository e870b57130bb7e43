import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';

/** Too many requests (`rate_limited`, 429), and the SDK's retries did not get through. */
export class RateLimitedError extends HttpError {
  override readonly name = 'RateLimitedError' as const;
  /** Milliseconds the server asked to wait (from `Retry-After`), or `null` when it did not say. */
  readonly retryAfter: number | null;

  constructor(message: string, init: HttpErrorInit, retryAfter: number | null) {
    super(message, init);
    this.retryAfter = retryAfter;
  }
}

/** Whether `error` is a {@link RateLimitedError}, also across realms. */
export const isRateLimitedError = errorGuard(RateLimitedError, 'RateLimitedError');
