import { GiftkitError } from './giftkit-error.js';
import { errorGuard } from './guard.js';

/** What an error built from an HTTP response carries. */
export interface HttpErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** The envelope's code, or `http_error` when the body was not an error envelope. */
  code: string;
  /** Whether repeating the very same request can succeed. */
  retryable: boolean;
  /** The server's request id. */
  requestId?: string | undefined;
  /** The envelope's `details`. */
  details?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The server answered with an error status. Codes with a class of their own (insufficient funds,
 * step-up…) throw that subclass; unknown codes, `internal_error` and `unavailable` throw this one.
 */
export class HttpError extends GiftkitError {
  override readonly name: string = 'HttpError';
  /** HTTP status of the response. */
  declare readonly status: number;

  constructor(message: string, init: HttpErrorInit) {
    super(message, {
      code: init.code,
      retryable: init.retryable,
      status: init.status,
      ...(init.requestId === undefined ? {} : { requestId: init.requestId }),
      ...(init.details === undefined ? {} : { details: init.details }),
    });
  }
}

/** Whether `error` is an {@link HttpError} (or a subclass of it in this realm). */
export const isHttpError = errorGuard(HttpError, 'HttpError');
