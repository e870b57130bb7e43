/**
 * The double-entry ledger in SQL: an append-only pair of tables (transactions, entries) and the
 * `account_balances` they imply, kept in step in the same transaction by conditional updates.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import { isGuardedAccount } from '../../store/accounts.js';
import { LedgerError } from '../../store/ledger-error.js';
import { assertBalanced } from '../../store/ledger-rules.js';
import type { LedgerEntry, LedgerMemo, LedgerQuery, LedgerTransaction, LedgerTransactionInput } from '../../store/records.js';
import type { Ledger } from '../../store/wallet-store.js';
import { fromJson, toJson, toSafeInt } from './codec.js';
import type { LedgerTransactionsTable, WalletDatabase } from './tables.js';

const pairKey = (account: string, unit: string) => `${account}\u0000${unit}`;

/** The ledger of one unit of work, on its connection. */
export function sqlLedger(conn: Kysely<WalletDatabase>): Ledger {
  async function balance(account: string, unit: string): Promise<number> {
    const row = await conn.selectFrom('account_balances').select('balance')
      .where('account', '=', account).where('unit', '=', unit).executeTakeFirst();
    return row ? toSafeInt(row.balance, 'account_balances.balance') : 0;
  }

  /** Adds `net` to an account's balance, refusing (by updating no row) to take a guarded account below zero. */
  async function applyNet(account: string, unit: string, net: number): Promise<number> {
    await conn.insertInto('account_balances').values({ account, unit, balance: 0 })
      .onConflict((oc) => oc.columns(['account', 'unit']).doNothing()).execute();
    let update = conn.updateTable('account_balances').set({ balance: sql<number>`balance + ${net}` })
      .where('account', '=', account).where('unit', '=', unit);
    // The conditional debit: the check and the write are one statement, so no concurrent unit can slip between them.
    if (isGuardedAccount(account)) update = update.where(sql<number>`balance + ${net}`, '>=', 0);
    const row = await update.returning('balance').executeTakeFirst();
    if (!row) {
      const current = await balance(account, unit);
      throw new LedgerError('insufficient_balance', `${account} holds too little ${unit}`, {
        account, unit, balance: current, shortfall: -(current + net),
      });
    }
    return toSafeInt(row.balance, 'account_balances.balance');
  }

  async function post(input: LedgerTransactionInput): Promise<LedgerTransaction> {
    assertBalanced(input);
    const existing = await conn.selectFrom('ledger_transactions').select('seq').where('id', '=', input.id).executeTakeFirst();
    if (existing) throw new LedgerError('duplicate_id', `ledger transaction ${input.id} already exists`);
    // One update per account and unit, with the posting's net amount (as the memory store checks the
    // final balance), in a fixed order so that concurrent postings lock balance rows alike and never deadlock.
    const nets = new Map<string, { account: string; unit: string; net: number }>();
    for (const { account, unit, amount } of input.entries) {
      const key = pairKey(account, unit);
      nets.set(key, { account, unit, net: (nets.get(key)?.net ?? 0) + amount });
    }
    const running = new Map<string, number>();
    for (const [key, { account, unit, net }] of [...nets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      running.set(key, (await applyNet(account, unit, net)) - net);
    }
    const { seq } = await conn.insertInto('ledger_transactions')
      .values({ id: input.id, created_at: input.createdAt, kind: input.memo.kind, memo: toJson(input.memo) })
      .returning('seq').executeTakeFirstOrThrow();
    const transactionSeq = toSafeInt(seq, 'ledger_transactions.seq');
    const entries: LedgerEntry[] = input.entries.map(({ account, unit, amount }) => {
      const key = pairKey(account, unit);
      const balanceAfter = (running.get(key) ?? 0) + amount;
      running.set(key, balanceAfter);
      return { account, unit, amount, balanceAfter };
    });
    await conn.insertInto('ledger_entries').values(entries.map((e, position) => ({
      transaction_seq: transactionSeq, position, account: e.account, unit: e.unit, amount: e.amount, balance_after: e.balanceAfter,
    }))).execute();
    return { id: input.id, seq: transactionSeq, createdAt: input.createdAt, memo: structuredClone(input.memo), entries };
  }

  /** The transactions of `rows` with their entries, in the order of `rows`. */
  async function withEntries(rows: Array<Selectable<LedgerTransactionsTable>>): Promise<LedgerTransaction[]> {
    if (rows.length === 0) return [];
    const seqs = rows.map((r) => toSafeInt(r.seq, 'ledger_transactions.seq'));
    const entryRows = await conn.selectFrom('ledger_entries').selectAll()
      .where('transaction_seq', 'in', seqs).orderBy('transaction_seq').orderBy('position').execute();
    const bySeq = new Map<number, LedgerEntry[]>(seqs.map((s) => [s, []]));
    for (const e of entryRows) {
      bySeq.get(toSafeInt(e.transaction_seq, 'ledger_entries.transaction_seq'))?.push({
        account: e.account, unit: e.unit,
        amount: toSafeInt(e.amount, 'ledger_entries.amount'), balanceAfter: toSafeInt(e.balance_after, 'ledger_entries.balance_after'),
      });
    }
    return rows.map((r, i) => ({
      id: r.id, seq: seqs[i]!, createdAt: r.created_at, memo: fromJson<LedgerMemo>(r.memo), entries: bySeq.get(seqs[i]!) ?? [],
    }));
  }

  return {
    // A refused posting must write nothing even when the unit of work goes on (the app turns
    // `insufficient_balance` into an answer): the savepoint takes back its upserts and updates.
    post: (input) => withSavepoint(conn, () => post(input)),
    balance,
    async get(id) {
      const row = await conn.selectFrom('ledger_transactions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? ((await withEntries([row]))[0] ?? null) : null;
    },
    async list(query: LedgerQuery) {
      let select = conn.selectFrom('ledger_transactions as t').selectAll('t').orderBy('t.seq', 'desc').limit(query.limit);
      if (query.beforeSeq !== undefined) select = select.where('t.seq', '<', query.beforeSeq);
      if (query.kind !== undefined) select = select.where('t.kind', '=', query.kind);
      if (query.since !== undefined) select = select.where('t.created_at', '>=', query.since);
      const { account } = query;
      if (account !== undefined) {
        select = select.where((eb) => eb.exists(eb.selectFrom('ledger_entries as e').select('e.position')
          .whereRef('e.transaction_seq', '=', 't.seq').where('e.account', '=', account)));
      }
      return withEntries(await select.execute());
    },
  };
}

/** Runs `fn` inside a savepoint, rolled back to when `fn` throws. Postings run one at a time per unit, so one name serves. */
async function withSavepoint<T>(conn: Kysely<WalletDatabase>, fn: () => Promise<T>): Promise<T> {
  await sql`savepoint ledger_post`.execute(conn);
  try {
    const result = await fn();
    await sql`release savepoint ledger_post`.execute(conn);
    return result;
  } catch (error) {
    try {
      await sql`rollback to savepoint ledger_post`.execute(conn);
      await sql`release savepoint ledger_post`.execute(conn);
    } catch {
      // The transaction itself is lost (a dropped connection, say); the posting's own error tells why.
    }
    throw error;
  }
}
