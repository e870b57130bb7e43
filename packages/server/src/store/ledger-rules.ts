/** The checks every store applies to a ledger posting before writing any of it. */
import { LedgerError } from './ledger-error.js';
import type { LedgerTransactionInput } from './records.js';

/**
 * Throws a `LedgerError` unless the transaction has at least two entries, every amount is a non-zero
 * safe integer, and the entries sum to zero per unit.
 */
export function assertBalanced(transaction: LedgerTransactionInput): void {
  if (transaction.entries.length < 2) {
    throw new LedgerError('invalid_entry', `ledger transaction ${transaction.id} needs at least two entries`);
  }
  const sums = new Map<string, number>();
  for (const entry of transaction.entries) {
    if (!Number.isSafeInteger(entry.amount) || entry.amount === 0) {
      throw new LedgerError('invalid_entry', `entry amount must be a non-zero safe integer, got ${entry.amount}`, {
        account: entry.account,
        unit: entry.unit,
      });
    }
    const sum = (sums.get(entry.unit) ?? 0) + entry.amount;
    if (!Number.isSafeInteger(sum)) throw new LedgerError('invalid_entry', 'entry amounts overflow the safe integer range');
    sums.set(entry.unit, sum);
  }
  for (const [unit, sum] of sums) {
    if (sum !== 0) {
      throw new LedgerError('unbalanced', `entries of ${transaction.id} sum to ${sum} ${unit}, not 0`, { unit });
    }
  }
}
