/** The options of `createGiftkit`. */
import type { Platform } from '@giftkit/contract';
import type { RetryOptions } from './http/retry-policy.js';
import type { StepUpHandler } from './http/step-up.js';

/** The options of {@link createGiftkit}. */
export interface GiftkitOptions {
  /** The wallet API's base URL, e.g. `https://wallet.example.com` (`http:` only for local development). */
  baseUrl: string;
  /**
   * Returns the viewer's bearer token, minted by your backend; called before every request (retries
   * included), so it may return a refreshed token.
   */
  getToken: () => string | Promise<string>;
  /** The platform the viewer buys on; picks the package prices. @default 'web' */
  platform?: Platform;
  /** BCP 47 locale for money and coin formatting. @default navigator.language, else 'en-US' */
  locale?: string;
  /** Origins where coins are officially sold; `security.assessSeller` flags every other seller. @default [] */
  officialOrigins?: readonly string[];
  /**
   * Asks the viewer for a step-up code when the server wants a second factor; return the code, or
   * `null`/`undefined` to cancel. Without it, such calls throw `StepUpRequiredError`.
   */
  onStepUp?: StepUpHandler;
  /** The fetch implementation to use. @default globalThis.fetch, looked up on each request */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for a response before retrying (or failing with `TimeoutError`); `false` waits forever. @default 10000 */
  timeout?: number | false;
  /** How failed requests are retried; a number sets the retry limit, `0` turns retries off. @default { limit: 3, baseDelay: 300, maxDelay: 5000, maxRetryAfter: 60000 } */
  retry?: number | RetryOptions;
}
