import { GiftkitError } from './giftkit-error.js';
import { errorGuard } from './guard.js';

/**
 * The request never got an answer: offline, DNS, CORS, or the connection dropped. A state-changing
 * request may still have been committed; the SDK reconciles the balance from the server.
 */
export class NetworkError extends GiftkitError {
  override readonly name = 'NetworkError' as const;

  constructor(cause: unknown) {
    super('The wallet service could not be reached.', { code: 'network_error', retryable: true, cause });
  }
}

/** Whether `error` is a {@link NetworkError}, also across realms. */
export const isNetworkError = errorGuard(NetworkError, 'NetworkError');
