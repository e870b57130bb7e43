/**
 * The wallet schema as numbered migrations kept in code, and the runner that applies the missing ones
 * in one transaction, recording each in `schema_migrations`. Running it again is a no-op.
 */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { toSafeInt } from './codec.js';
import { columnTypes, type SqlTarget } from './dialect.js';
import type { WalletDatabase } from './tables.js';
import { inTransaction } from './transaction.js';

/** One step of the schema. Versions are applied in increasing order and never changed once released. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  // DDL is written against no table types: a migration must keep meaning what it meant when written.
  up(db: Kysely<any>, target: SqlTarget): Promise<void>;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'wallet_schema', up: createWalletSchema },
];

/**
 * Applies the migrations `db` has not seen, all in one transaction: `BEGIN IMMEDIATE` in SQLite (so
 * that two processes opening a new file do not both migrate it), and in PostgreSQL under an advisory
 * lock per schema (so that instances starting together wait for each other). Returns the versions
 * applied. Throws when the database was migrated by a newer version of this package.
 */
export async function migrate(db: Kysely<WalletDatabase>, target: SqlTarget, migrations = MIGRATIONS): Promise<number[]> {
  return inTransaction(db, target.dialect === 'sqlite' ? 'begin immediate' : 'begin', async (conn) => {
    if (target.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtext(${`giftkit:migrate:${target.schema}`}))`.execute(conn);
      await sql`create schema if not exists ${sql.id(target.schema ?? 'public')}`.execute(conn);
    }
    await conn.schema.createTable('schema_migrations').ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const rows = await conn.selectFrom('schema_migrations').select('version').execute();
    const applied = new Set(rows.map((r) => toSafeInt(r.version, 'schema_migrations.version')));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => v > newest);
    if (unknown.length > 0) {
      throw new Error(`the database has schema version ${Math.max(...unknown)}, newer than this @giftkit/server knows (${newest}); upgrade the package`);
    }
    const ran: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await migration.up(conn, target);
      await conn.insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      ran.push(migration.version);
    }
    return ran;
  });
}

// Untyped like `Migration.up`: the builder grows a column at a time.
type Table = CreateTableBuilder<any, any>;

/**
 * How a column is declared: `serial` an ordering key the database assigns (`serial!` one never handed
 * out twice), `key` a unique text id, `pk` a text primary key; a trailing `?` allows NULL.
 */
type ColumnKind = 'serial' | 'serial!' | 'key' | 'pk' | 'text' | 'text?' | 'int' | 'int?' | 'json' | 'json?' | 'bool';

/** Migration 1: every table of the wallet, its indexes, and the append-only guard of the ledger. */
async function createWalletSchema(db: Kysely<any>, target: SqlTarget): Promise<void> {
  const sqlite = target.dialect === 'sqlite';
  const t = columnTypes(target.dialect);

  const addColumn = (table: Table, name: string, kind: ColumnKind): Table => {
    switch (kind) {
      // A rowid alias in SQLite (AUTOINCREMENT where a number must never come back after a delete),
      // an identity column in PostgreSQL.
      case 'serial':
      case 'serial!':
        return sqlite
          ? table.addColumn(name, 'integer', (c) => (kind === 'serial!' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          : table.addColumn(name, 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());
      case 'key':
        return table.addColumn(name, 'text', (c) => c.notNull().unique());
      case 'pk':
        return table.addColumn(name, 'text', (c) => c.primaryKey());
      case 'bool':
        return table.addColumn(name, t.bool, (c) => c.notNull());
      default: {
        const nullable = kind.endsWith('?');
        const base = kind.replace('?', '') as 'text' | 'int' | 'json';
        const withColumn = table.addColumn(name, base === 'text' ? 'text' : t[base], (c) => (nullable ? c : c.notNull()));
        // PostgreSQL's `json` type checks its values; SQLite's TEXT needs the check spelled out.
        return base === 'json' && sqlite ? withColumn.addCheckConstraint(`${name}_is_json`, sql`json_valid(${sql.ref(name)})`) : withColumn;
      }
    }
  };
  const create = async (name: string, columns: Record<string, ColumnKind>, finish: (table: Table) => Table = (x) => x) => {
    let table = db.schema.createTable(name) as Table;
    for (const [column, kind] of Object.entries(columns)) table = addColumn(table, column, kind);
    table = finish(table);
    await (sqlite ? table.modifyEnd(sql`strict`) : table).execute();
  };

  await create('users', {
    id: 'pk', display_name: 'text', role: 'text', region: 'text', birth_date: 'text?', budgets: 'json', created_at: 'text', updated_at: 'text',
  });
  await create('ledger_transactions', { seq: 'serial!', id: 'key', created_at: 'text', kind: 'text', memo: 'json' });
  await create('ledger_entries', {
    transaction_seq: 'int', position: 'int', account: 'text', unit: 'text', amount: 'int', balance_after: 'int',
  }, (table) => table
    .addPrimaryKeyConstraint('ledger_entries_pk', ['transaction_seq', 'position'])
    .addForeignKeyConstraint('ledger_entries_transaction', ['transaction_seq'], 'ledger_transactions', ['seq'])
    .addCheckConstraint('amount_is_not_zero', sql`amount <> 0`));
  await create('account_balances', { account: 'text', unit: 'text', balance: 'int' }, (table) => table
    .addPrimaryKeyConstraint('account_balances_pk', ['account', 'unit'])
    // The database's own last line of defence behind `isGuardedAccount`: users' accounts never go below zero.
    .addCheckConstraint('user_balance_not_negative', sql`balance >= 0 or substr(account, 1, 5) <> 'user:'`));
  await create('idempotency_keys', {
    scope: 'text', key: 'text', request_hash: 'text', created_at: 'text', state: 'text', locked_until: 'text?',
    response_status: 'int?', response_body: 'text?',
  }, (table) => table
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .addCheckConstraint('state_is_known', sql`state in ('in_flight', 'completed')`));
  await create('recharges', {
    seq: 'serial', id: 'key', user_id: 'text', status: 'text', item: 'json', coins: 'int', price_amount: 'int', price_currency: 'text',
    platform: 'text', payment_method: 'text', next_action: 'json', failure: 'json?', return_url: 'text?', transaction_id: 'text?',
    created_at: 'text', updated_at: 'text',
  });
  await create('challenges', {
    seq: 'serial', id: 'key', user_id: 'text', operation: 'text', idempotency_key: 'text', request_hash: 'text', method: 'text',
    destination: 'text?', length: 'int', attempts_left: 'int', expires_at: 'text', reason: 'text', status: 'text', valid_until: 'text?',
  });
  await create('events', { id: 'serial!', user_id: 'text', type: 'text', created_at: 'text', data: 'json' });
  await create('event_streams', { user_id: 'pk', appended: 'int' });
  await create('disputes', {
    seq: 'serial', id: 'key', user_id: 'text', transaction_id: 'text', reason: 'text', status: 'text', created_at: 'text',
  });
  await create('payouts', {
    seq: 'serial', id: 'key', creator_id: 'text', diamonds: 'int', amount: 'int', currency: 'text', status: 'text', created_at: 'text',
  });
  await create('combos', {
    seq: 'serial', id: 'key', sender_id: 'text', gift_id: 'text', recipient_id: 'text', stream_id: 'text', count: 'int', coins: 'int',
    last_sent_at: 'text', settled: 'bool',
  });
  // The catalog is one document, read and written whole: a single row.
  await create('catalog', { id: 'int', document: 'json' }, (table) => table
    .addPrimaryKeyConstraint('catalog_pk', ['id'])
    .addCheckConstraint('catalog_is_single_row', sql`id = 1`));

  for (const [name, table, columns] of [
    ['ledger_entries_by_account', 'ledger_entries', ['account', 'transaction_seq']],
    ['ledger_transactions_by_time', 'ledger_transactions', ['created_at']],
    ['recharges_by_status', 'recharges', ['status', 'seq']],
    ['recharges_by_user', 'recharges', ['user_id', 'created_at']],
    ['challenges_by_key', 'challenges', ['user_id', 'idempotency_key', 'seq']],
    ['events_by_user', 'events', ['user_id', 'id']],
    ['disputes_by_transaction', 'disputes', ['transaction_id']],
    ['payouts_by_creator', 'payouts', ['creator_id', 'seq']],
    ['combos_by_settled', 'combos', ['settled', 'seq']],
  ] as const) {
    await db.schema.createIndex(name).on(table).columns([...columns]).execute();
  }
  await refuseLedgerChanges(db, target);
}

/** Triggers that make the ledger append-only in the database itself: UPDATE and DELETE raise. */
async function refuseLedgerChanges(db: Kysely<any>, target: SqlTarget): Promise<void> {
  const tables = ['ledger_transactions', 'ledger_entries'];
  if (target.dialect === 'sqlite') {
    for (const table of tables) {
      for (const op of ['update', 'delete']) {
        await sql`create trigger ${sql.id(`${table}_no_${op}`)} before ${sql.raw(op)} on ${sql.id(table)}
          begin select raise(abort, ${sql.lit(`${table} is append-only: ${op.toUpperCase()} refused`)}); end`.execute(db);
      }
    }
    return;
  }
  const schema = target.schema ?? 'public';
  const fn = sql.id(schema, 'refuse_ledger_change');
  await sql`create function ${fn}() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'restrict_violation';
    end $$`.execute(db);
  for (const table of tables) {
    const qualified = sql.id(schema, table);
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${qualified}
      for each row execute function ${fn}()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${qualified}
      for each statement execute function ${fn}()`.execute(db);
  }
}
