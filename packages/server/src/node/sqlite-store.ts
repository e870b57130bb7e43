/**
 * The SQLite `WalletStore`, on better-sqlite3 through Kysely's SqliteDialect (so that it shares its
 * queries with the PostgreSQL store). The embedded default: one file, WAL, units of work serialised
 * per store and taken as `BEGIN IMMEDIATE` write transactions across processes.
 */
import type { WalletEvent } from '@giftkit/contract';
import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { EventHub } from '../store/event-hub.js';
import type { WalletStore, WalletTx } from '../store/wallet-store.js';
import { migrate } from './sql/migrations.js';
import type { WalletDatabase } from './sql/tables.js';
import { inTransaction } from './sql/transaction.js';
import { runUnitOfWork } from './sql/unit-of-work.js';
import { loadDriver } from './drivers.js';
import { positiveInt } from './options.js';

/** Options of `createSqliteStore`. */
export interface SqliteStoreOptions {
  /** The database file (created when missing), or `':memory:'` for a private in-memory database. */
  filename: string;
  /**
   * How long a unit of work waits for another process's write transaction on the same file before
   * failing. better-sqlite3 is synchronous, so the whole process waits with it.
   * @default 5000
   */
  busyTimeoutMs?: number;
  /**
   * How many events are kept per user for `Last-Event-ID` resumption; older ones are deleted.
   * @default 1000
   */
  eventsPerUser?: number;
}

/**
 * Opens (creating and migrating when needed) a SQLite wallet store.
 *
 * Needs the `better-sqlite3` package, loaded on this first call: without it, this throws a
 * `MissingDriverError` (`npm install better-sqlite3`).
 *
 * Settings: `journal_mode=WAL` (readers never wait for the writer), `synchronous=FULL` (a committed
 * payment survives a power cut, not only a crash), `foreign_keys=ON`, `busy_timeout`. Integers are read
 * as BigInt and turned into numbers only when safe, so a corrupt balance fails loudly instead of rounding.
 *
 * @example
 * ```ts
 * const store = await createSqliteStore({ filename: './.giftkit/wallet.sqlite' });
 * const app = createWalletApp({ store, authenticate });
 * ```
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<WalletStore> {
  if (typeof options.filename !== 'string' || options.filename === '') throw new TypeError('filename must be a file path or ":memory:"');
  const busyTimeoutMs = positiveInt(options.busyTimeoutMs ?? 5000, 'busyTimeoutMs');
  const eventsPerUser = positiveInt(options.eventsPerUser ?? 1000, 'eventsPerUser');

  const Sqlite = loadDriver('better-sqlite3');
  const database = new Sqlite(options.filename);
  let db: Kysely<WalletDatabase>;
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${busyTimeoutMs}`);
    database.defaultSafeIntegers(true);
    db = new Kysely<WalletDatabase>({ dialect: new SqliteDialect({ database: bindingIntegersExactly(database) }) });
    await migrate(db, { dialect: 'sqlite', schema: null });
  } catch (error) {
    database.close();
    throw error;
  }

  const hub = new EventHub();
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function runUnit<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
    const appended: Array<[string, WalletEvent]> = [];
    const result = await inTransaction(db, 'begin immediate', (conn) => runUnitOfWork(conn, {
      dialect: 'sqlite',
      eventsPerUser,
      onAppend: (_conn, userId, event) => void appended.push([userId, event]),
      isRetryable: () => false,
    }, fn));
    for (const [userId, event] of appended) hub.publish(userId, event);
    return result;
  }

  return {
    transaction<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('the SQLite store is closed'));
      // better-sqlite3 has one connection: units queue here, one at a time, as the interface promises.
      const run = tail.then(() => runUnit(fn));
      tail = run.catch(() => undefined);
      return run;
    },
    subscribe: (userId, listener) => hub.subscribe(userId, listener),
    async close() {
      if (closed) return;
      closed = true;
      hub.clear();
      await tail;
      await db.destroy();
    },
  };
}

/**
 * better-sqlite3 binds every JS number as a REAL, so `balance + ?` would be computed in floating
 * point. Binding integers as BigInt keeps ledger arithmetic in 64-bit integers (and STRICT tables
 * then refuse any fractional amount outright).
 */
function bindingIntegersExactly(database: Database.Database): SqliteDatabase {
  const exact = (parameters: ReadonlyArray<unknown>) =>
    parameters.map((p) => (typeof p === 'number' && Number.isInteger(p) ? BigInt(p) : p));
  return {
    close: () => database.close(),
    prepare(sqlText) {
      const statement = database.prepare(sqlText);
      return {
        reader: statement.reader,
        all: (parameters) => statement.all(exact(parameters)),
        run: (parameters) => statement.run(exact(parameters)),
        iterate: (parameters) => statement.iterate(exact(parameters)),
      };
    },
  };
}
