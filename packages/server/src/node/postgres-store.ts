/**
 * The PostgreSQL `WalletStore`, on node-postgres through Kysely's PostgresDialect, with the same
 * queries as the SQLite store. For many server instances behind a load balancer: units of work are
 * SERIALIZABLE transactions retried on serialization failures, and events reach every instance
 * through LISTEN/NOTIFY.
 */
import { sql, Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { EventHub } from '../store/event-hub.js';
import type { WalletStore, WalletTx } from '../store/wallet-store.js';
import { loadDriver } from './drivers.js';
import { positiveInt } from './options.js';
import { startEventRelay, type EventRelay } from './postgres-events.js';
import { migrate } from './sql/migrations.js';
import type { WalletDatabase } from './sql/tables.js';
import { inTransaction } from './sql/transaction.js';
import { runUnitOfWork } from './sql/unit-of-work.js';

/** Options of `createPostgresStore` besides the connection. */
export interface PostgresStoreCommonOptions {
  /**
   * The schema holding the wallet's tables; created when missing. Letters, digits and `_`, at most 48.
   * @default 'public'
   */
  schema?: string;
  /**
   * How many times a unit of work runs before a serialization failure (SQLSTATE 40001, or a deadlock,
   * 40P01) is given up on and passed to the caller.
   * @default 30
   */
  maxAttempts?: number;
  /**
   * How many events are kept per user for `Last-Event-ID` resumption; older ones are deleted.
   * @default 1000
   */
  eventsPerUser?: number;
  /**
   * Where errors that belong to no caller go: the LISTEN connection dropping, an idle pooled connection failing.
   * @default console.error
   */
  onError?: (error: unknown) => void;
}

/** Options of `createPostgresStore`: a connection string (the store makes and ends its pool) or your own pool. */
export type PostgresStoreOptions = PostgresStoreCommonOptions & (
  | {
      /** `postgres://user:password@host:5432/database`. */
      connectionString: string;
      /**
       * Connections in the store's pool (one more is kept for LISTEN).
       * @default 10
       */
      poolSize?: number;
      pool?: never;
    }
  | {
      /** A pool you own: the store neither configures nor ends it. One extra connection is opened with its settings for LISTEN. */
      pool: pg.Pool;
      connectionString?: never;
      poolSize?: never;
    }
);

const RETRYABLE = new Set(['40001', '40P01']);

/** Whether a database error asks for the whole transaction to be run again. */
const isRetryable = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));

/**
 * Opens a PostgreSQL wallet store: connects, creates the schema and migrates it (under an advisory
 * lock, so instances starting together take turns), and starts listening for events. Needs the `pg`
 * package, loaded on this first call: without it, this throws a `MissingDriverError` (`npm install pg`).
 *
 * Why SERIALIZABLE rather than row locks: the store interface promises serialisable units over plain
 * `get`/`put` calls, including reads of rows that do not exist yet (an Idempotency-Key seen for the
 * first time, a new combo). Row locks cannot lock an absent row; PostgreSQL's serializable snapshot
 * isolation covers every repository with one mechanism, at the price of retrying the units that
 * collide — bounded by `maxAttempts`, with jittered exponential backoff. The ledger's conditional
 * debit holds either way.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL!, schema: 'giftkit' });
 * const app = createWalletApp({ store, authenticate });
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<WalletStore> {
  const schema = options.schema ?? 'public';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,47}$/.test(schema)) {
    throw new TypeError(`schema must be letters, digits and _ (at most 48, not starting with a digit), got ${JSON.stringify(schema)}`);
  }
  const maxAttempts = positiveInt(options.maxAttempts ?? 30, 'maxAttempts');
  const eventsPerUser = positiveInt(options.eventsPerUser ?? 1000, 'eventsPerUser');
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const { Client, Pool } = loadDriver('pg');
  const ownsPool = options.pool === undefined;
  let pool: pg.Pool;
  if (options.pool) {
    pool = options.pool;
  } else {
    if (typeof options.connectionString !== 'string' || options.connectionString === '') {
      throw new TypeError('createPostgresStore needs a connectionString or a pool');
    }
    pool = new Pool({ connectionString: options.connectionString, max: positiveInt(options.poolSize ?? 10, 'poolSize') });
    // An idle pooled connection that fails emits `error`; unhandled, it would end the process.
    pool.on('error', onError);
  }
  const db = new Kysely<WalletDatabase>({ dialect: new PostgresDialect({ pool }) }).withSchema(schema);
  const channel = `giftkit_events.${schema}`;
  const hub = new EventHub();
  let relay: EventRelay;
  try {
    await migrate(db, { dialect: 'postgres', schema });
    relay = await startEventRelay({ db, channel, hub, onError, makeClient: () => new Client(pool.options) });
  } catch (error) {
    if (ownsPool) await pool.end().catch(() => undefined);
    throw error;
  }

  const running = new Set<Promise<unknown>>();
  let closed = false;

  const attempt = <T>(fn: (tx: WalletTx) => Promise<T>) =>
    inTransaction(db, 'begin isolation level serializable', (conn) => runUnitOfWork(conn, {
      dialect: 'postgres',
      eventsPerUser,
      // NOTIFY is transactional: listeners hear the id only if, and once, the unit commits.
      onAppend: async (c, _userId, event) => void (await sql`select pg_notify(${channel}, ${event.id})`.execute(c)),
      isRetryable,
    }, fn));

  async function runUnit<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt(fn);
      } catch (error) {
        if (n >= maxAttempts || !isRetryable(error) || closed) throw error;
        // Full jitter: colliding units spread out instead of colliding again in step.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 2 * 2 ** n)));
      }
    }
  }

  return {
    transaction<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('the PostgreSQL store is closed'));
      const run = runUnit(fn);
      const settled = run.catch(() => undefined);
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return run;
    },
    subscribe: (userId, listener) => hub.subscribe(userId, listener),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(running);
      await relay.close();
      hub.clear();
      if (ownsPool) await db.destroy();
    },
  };
}
