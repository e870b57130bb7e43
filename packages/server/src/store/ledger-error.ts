/** The error a ledger raises when a posting would break one of its invariants. */

/** Why a ledger posting was refused. */
export type LedgerErrorCode = 'unbalanced' | 'invalid_entry' | 'duplicate_id' | 'insufficient_balance';

/**
 * A ledger posting was refused and nothing of it was written. For `insufficient_balance`, `account`,
 * `unit`, `balance` and `shortfall` say which guarded account would have gone below zero and by how much.
 */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: LedgerErrorCode;
  readonly account: string | undefined;
  readonly unit: string | undefined;
  readonly balance: number | undefined;
  readonly shortfall: number | undefined;

  constructor(
    code: LedgerErrorCode,
    message: string,
    info: { account?: string; unit?: string; balance?: number; shortfall?: number } = {},
  ) {
    super(message);
    this.code = code;
    this.account = info.account;
    this.unit = info.unit;
    this.balance = info.balance;
    this.shortfall = info.shortfall;
  }

  /** Whether `error` is a `LedgerError`, also when it comes from another copy of this package. */
  static is(error: unknown): error is LedgerError {
    return error instanceof LedgerError || (error as { name?: unknown } | null)?.name === 'LedgerError';
  }
}
