/** Running one unit of work on a connection that is inside a transaction: its repositories, guarded. */
import type { Kysely } from 'kysely';
import { LedgerError } from '../../store/ledger-error.js';
import type { WalletTx } from '../../store/wallet-store.js';
import { createSqlTx, type SqlTxOptions } from './repositories.js';
import type { WalletDatabase } from './tables.js';

/** Options of `runUnitOfWork`. */
export interface UnitOptions extends SqlTxOptions {
  /** Whether a statement's error means "run the whole unit again" (PostgreSQL's serialization failures). */
  readonly isRetryable: (error: unknown) => boolean;
}

/**
 * Runs `fn` with the repositories of `conn`. Resolves with its result only when every statement it
 * ran succeeded: when a statement failed and `fn` went on anyway, committing would keep half a unit
 * (and PostgreSQL would quietly roll back on COMMIT), so the statement's error is thrown instead.
 * A retryable failure wins over whatever `fn` made of it, so that the store can run the unit again.
 * Once `fn` has settled, every repository method refuses to run.
 */
export async function runUnitOfWork<T>(
  conn: Kysely<WalletDatabase>, options: UnitOptions, fn: (tx: WalletTx) => Promise<T>,
): Promise<T> {
  let open = true;
  const failures: unknown[] = [];
  const tx = guard(createSqlTx(conn, options), () => open, (error) => {
    // A refused posting has been rolled back to its savepoint and leaves the unit sound.
    if (!LedgerError.is(error)) failures.push(error);
  });
  try {
    const result = await fn(tx);
    if (failures.length > 0) throw failures[0];
    return result;
  } catch (error) {
    throw failures.length > 0 && options.isRetryable(failures[0]) ? failures[0] : error;
  } finally {
    open = false;
  }
}

type Repository = Record<string, (...args: never[]) => Promise<unknown>>;

function guard(tx: WalletTx, isOpen: () => boolean, onError: (error: unknown) => void): WalletTx {
  const wrap = (repository: object) => Object.fromEntries(Object.entries(repository as Repository).map(([name, method]) => [
    name,
    async (...args: never[]) => {
      if (!isOpen()) throw new Error('this unit of work has already ended');
      try {
        return await method(...args);
      } catch (error) {
        onError(error);
        throw error;
      }
    },
  ]));
  return Object.fromEntries(Object.entries(tx).map(([name, repository]) => [name, wrap(repository as object)])) as unknown as WalletTx;
}
