/** The base class of every error the Giftkit SDK throws. */

/** Marks Giftkit errors so that guards recognise them across realms (iframes, duplicated bundles). */
const BRAND = Symbol.for('giftkit.error');

/** What every Giftkit error carries besides its message. */
export interface GiftkitErrorOptions {
  /** Stable machine-readable code: a wallet API code such as `insufficient_funds`, or an SDK code such as `network_error`. */
  code: string;
  /** Whether repeating the very same request can succeed without the user doing anything. @default false */
  retryable?: boolean;
  /** HTTP status of the response that caused the error, when there was one. */
  status?: number;
  /** The server's request id, for support tickets and logs. */
  requestId?: string;
  /** Structured details from the error envelope. */
  details?: Readonly<Record<string, unknown>>;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The base class of every error the SDK throws; branch on `code` or on the subclass.
 *
 * @example
 * try { await giftkit.gifts.send('rose', { recipientId, streamId }); }
 * catch (error) { if (isGiftkitError(error) && error.retryable) showRetryButton(); }
 */
export class GiftkitError extends Error {
  override readonly name: string = 'GiftkitError';
  /** Stable machine-readable code. */
  readonly code: string;
  /** Whether repeating the very same request can succeed without the user doing anything. */
  readonly retryable: boolean;
  /** HTTP status of the response that caused the error, when there was one. */
  readonly status: number | undefined;
  /** The server's request id, when there was one. */
  readonly requestId: string | undefined;
  /** Structured details from the error envelope, when there were any. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(message: string, options: GiftkitErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.requestId = options.requestId;
    this.details = options.details;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Whether `error` is a Giftkit error, also when it comes from another realm or copy of the SDK. */
export function isGiftkitError(error: unknown): error is GiftkitError {
  return (
    error instanceof GiftkitError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true)
  );
}
