import { GiftkitError } from './giftkit-error.js';
import { errorGuard } from './guard.js';

/** No response came within the `timeout` option. */
export class TimeoutError extends GiftkitError {
  override readonly name = 'TimeoutError' as const;
  /** The timeout that passed, in milliseconds. */
  readonly timeout: number;

  constructor(timeout: number, cause?: unknown) {
    super(`The wallet service did not answer within ${timeout} ms.`, { code: 'timeout', retryable: true, cause });
    this.timeout = timeout;
  }
}

/** Whether `error` is a {@link TimeoutError}, also across realms. */
export const isTimeoutError = errorGuard(TimeoutError, 'TimeoutError');
