/** The one error class of the wallet's rules; the HTTP layer turns it into the error envelope. */
import { ERROR_CODES, type ErrorCode } from '@giftkit/contract';

/**
 * A request broke a wallet rule. `code` is a stable contract code and decides the HTTP status;
 * `details` goes out as `error.details` of the envelope.
 *
 * @example
 * ```ts
 * throw new WalletError('insufficient_funds', 'The wallet holds 5 coins, the gift costs 30.', { shortfall: 25 });
 * ```
 */
export class WalletError extends Error {
  override readonly name = 'WalletError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.code = code;
    this.details = details;
  }

  /** The HTTP status of the code, from the contract's `ERROR_CODES`. */
  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /** Whether `error` is a `WalletError`, also when it comes from another copy of this package. */
  static is(error: unknown): error is WalletError {
    return error instanceof WalletError || (error as { name?: unknown } | null)?.name === 'WalletError';
  }
}
