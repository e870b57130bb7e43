/** One database transaction on one connection, begun with the dialect's own statement. */
import { sql, type Kysely } from 'kysely';
import type { WalletDatabase } from './tables.js';

/**
 * Runs `fn` inside `begin` … `commit` on a single connection of `db`, rolling back when `fn` or the
 * commit throws. Raw statements rather than Kysely's `transaction()`: Kysely cannot say
 * `BEGIN IMMEDIATE` (SQLite) and the PostgreSQL store needs the isolation level in the same statement.
 */
export function inTransaction<T>(
  db: Kysely<WalletDatabase>,
  begin: string,
  fn: (conn: Kysely<WalletDatabase>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(begin).execute(conn);
    try {
      const result = await fn(conn);
      await sql.raw('commit').execute(conn);
      return result;
    } catch (error) {
      // A failed COMMIT leaves a SQLite transaction open (PostgreSQL ends it, and only warns on this ROLLBACK).
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
