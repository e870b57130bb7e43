/**
 * The tables of the SQL stores as Kysely sees them. Both dialects share these names and columns;
 * only the column types differ (see `migrations.ts`).
 */
import type { ColumnType } from 'kysely';

/**
 * An integer as a driver hands it back: a `bigint` from better-sqlite3 (safe-integer mode), a
 * decimal string from node-postgres for BIGINT, a `number` for small ints. Read it with `toSafeInt`.
 */
export type DbInt = number | bigint | string;
/** An integer column: read as a `DbInt`, written as a `number`. */
type Int = ColumnType<DbInt, number, number>;
/** A nullable integer column. */
type NullableInt = ColumnType<DbInt | null, number | null, number | null>;
/** An integer the database assigns (SQLite rowid alias or PostgreSQL identity). */
type Serial = ColumnType<DbInt, never, never>;
/** A JSON column: written as JSON text, read back as text (SQLite) or parsed (PostgreSQL `json`). */
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;
/** A boolean column: INTEGER 0/1 in SQLite, BOOLEAN in PostgreSQL. */
type Bool = ColumnType<unknown, boolean | number, boolean | number>;

/** The migrations applied, one row per version. */
export interface SchemaMigrationsTable {
  version: Int;
  name: string;
  applied_at: string;
}

/** `UserRecord`s. */
export interface UsersTable {
  id: string;
  display_name: string;
  role: string;
  region: string;
  birth_date: string | null;
  budgets: Json;
  created_at: string;
  updated_at: string;
}

/** Posted ledger transactions, in posting order (`seq`). Append-only: triggers refuse UPDATE and DELETE. */
export interface LedgerTransactionsTable {
  seq: Serial;
  id: string;
  created_at: string;
  kind: string;
  memo: Json;
}

/** The legs of each ledger transaction, with the running balance. Append-only like their transactions. */
export interface LedgerEntriesTable {
  transaction_seq: Int;
  position: Int;
  account: string;
  unit: string;
  amount: Int;
  balance_after: Int;
}

/** The balance of each account and unit: the sum of its entries, kept in the same transaction as they are written. */
export interface AccountBalancesTable {
  account: string;
  unit: string;
  balance: Int;
}

/** `IdempotencyRecord`s, keyed by scope and key; the stored response once completed. */
export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  created_at: string;
  state: string;
  locked_until: string | null;
  response_status: NullableInt;
  response_body: string | null;
}

/** `RechargeRecord`s; the price as an integer amount and its currency. */
export interface RechargesTable {
  seq: Serial;
  id: string;
  user_id: string;
  status: string;
  item: Json;
  coins: Int;
  price_amount: Int;
  price_currency: string;
  platform: string;
  payment_method: string;
  next_action: Json;
  failure: NullableJson;
  return_url: string | null;
  transaction_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Step-up `ChallengeRecord`s. */
export interface ChallengesTable {
  seq: Serial;
  id: string;
  user_id: string;
  operation: string;
  idempotency_key: string;
  request_hash: string;
  method: string;
  destination: string | null;
  length: Int;
  attempts_left: Int;
  expires_at: string;
  reason: string;
  status: string;
  valid_until: string | null;
}

/** The per-user event log; `id` is the store-wide event id. */
export interface EventsTable {
  id: Serial;
  user_id: string;
  type: string;
  created_at: string;
  data: Json;
}

/** One row per user with events: appending locks it, so each user's event ids follow commit order. */
export interface EventStreamsTable {
  user_id: string;
  appended: Int;
}

/** `DisputeRecord`s. */
export interface DisputesTable {
  seq: Serial;
  id: string;
  user_id: string;
  transaction_id: string;
  reason: string;
  status: string;
  created_at: string;
}

/** `PayoutRecord`s; the money as an integer amount and its currency. */
export interface PayoutsTable {
  seq: Serial;
  id: string;
  creator_id: string;
  diamonds: Int;
  amount: Int;
  currency: string;
  status: string;
  created_at: string;
}

/** Gift `ComboRecord`s. */
export interface CombosTable {
  seq: Serial;
  id: string;
  sender_id: string;
  gift_id: string;
  recipient_id: string;
  stream_id: string;
  count: Int;
  coins: Int;
  last_sent_at: string;
  settled: Bool;
}

/** The catalog: a single row holding the whole `CatalogRecord` as JSON. */
export interface CatalogTable {
  /** Always 1: the catalog is one document, read and written whole. */
  id: Int;
  document: Json;
}

/** Every table of the wallet schema. */
export interface WalletDatabase {
  schema_migrations: SchemaMigrationsTable;
  users: UsersTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  account_balances: AccountBalancesTable;
  idempotency_keys: IdempotencyKeysTable;
  recharges: RechargesTable;
  challenges: ChallengesTable;
  events: EventsTable;
  event_streams: EventStreamsTable;
  disputes: DisputesTable;
  payouts: PayoutsTable;
  combos: CombosTable;
  catalog: CatalogTable;
}
