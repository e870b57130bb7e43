/**
 * Every repository of a unit of work as SQL, written once for both dialects: the SQLite and the
 * PostgreSQL store differ only in how they begin, commit and announce a unit, not in its queries.
 */
import type { WalletEvent } from '@giftkit/contract';
import { sql, type Kysely } from 'kysely';
import type { CatalogRecord, NewWalletEvent } from '../../store/records.js';
import type { WalletTx } from '../../store/wallet-store.js';
import { fromJson, toJson, toSafeInt } from './codec.js';
import { bindBool, type DialectName } from './dialect.js';
import { sqlLedger } from './ledger-queries.js';
import {
  challengeFromRow, challengeToRow, comboFromRow, comboToRow, disputeFromRow, disputeToRow, eventFromRow, idempotencyFromRow,
  idempotencyToRow, payoutFromRow, payoutToRow, rechargeFromRow, rechargeToRow, userFromRow, userToRow,
} from './rows.js';
import type { WalletDatabase } from './tables.js';

/** What the repositories need besides their connection. */
export interface SqlTxOptions {
  readonly dialect: DialectName;
  /** How many events are kept per user; older ones are deleted as new ones come. */
  readonly eventsPerUser: number;
  /** Told of each event appended, inside the unit of work, so the store can announce it once the unit commits. */
  readonly onAppend: (conn: Kysely<WalletDatabase>, userId: string, event: WalletEvent) => void | Promise<void>;
}

const OPEN_RECHARGE = ['pending', 'requires_action'];

/** The repositories of one unit of work running on `conn`, which is inside a transaction. */
export function createSqlTx(conn: Kysely<WalletDatabase>, options: SqlTxOptions): WalletTx {
  const bool = bindBool(options.dialect);
  return {
    ledger: sqlLedger(conn),
    users: {
      async get(id) {
        const row = await conn.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? userFromRow(row) : null;
      },
      async put(user) {
        const { id, ...rest } = userToRow(user);
        await conn.insertInto('users').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
    },
    idempotency: {
      async get(scope, key) {
        const row = await conn.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
        return row ? idempotencyFromRow(row) : null;
      },
      async put(record) {
        const { scope, key, ...rest } = idempotencyToRow(record);
        await conn.insertInto('idempotency_keys').values({ scope, key, ...rest })
          .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet(rest)).execute();
      },
      async delete(scope, key) {
        await conn.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
      },
    },
    recharges: {
      async get(id) {
        const row = await conn.selectFrom('recharges').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? rechargeFromRow(row) : null;
      },
      async put(recharge) {
        const { id, ...rest } = rechargeToRow(recharge);
        await conn.insertInto('recharges').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
      async listOpen() {
        const rows = await conn.selectFrom('recharges').selectAll().where('status', 'in', OPEN_RECHARGE).orderBy('seq').execute();
        return rows.map(rechargeFromRow);
      },
      async countCreatedSince(userId, since) {
        const row = await conn.selectFrom('recharges').select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId).where('created_at', '>=', since).executeTakeFirstOrThrow();
        return toSafeInt(row.n, 'count');
      },
    },
    challenges: {
      async get(id) {
        const row = await conn.selectFrom('challenges').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? challengeFromRow(row) : null;
      },
      async put(challenge) {
        const { id, ...rest } = challengeToRow(challenge);
        await conn.insertInto('challenges').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
      async findByKey(userId, idempotencyKey) {
        const row = await conn.selectFrom('challenges').selectAll()
          .where('user_id', '=', userId).where('idempotency_key', '=', idempotencyKey).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        return row ? challengeFromRow(row) : null;
      },
    },
    events: {
      async append(userId: string, event: NewWalletEvent) {
        // Lock the user's stream row before taking an id: a concurrent append for the same user waits
        // (or, in PostgreSQL, retries), so each user's ids grow in commit order and `Last-Event-ID` never skips one.
        await conn.insertInto('event_streams').values({ user_id: userId, appended: 1 })
          .onConflict((oc) => oc.column('user_id').doUpdateSet({ appended: sql<number>`event_streams.appended + 1` })).execute();
        const data = toJson(event.data);
        const { id } = await conn.insertInto('events')
          .values({ user_id: userId, type: event.type, created_at: event.createdAt, data })
          .returning('id').executeTakeFirstOrThrow();
        await conn.deleteFrom('events').where('user_id', '=', userId).where('id', '<=', (eb) =>
          eb.selectFrom('events').select('id').where('user_id', '=', userId).orderBy('id', 'desc').limit(1).offset(options.eventsPerUser),
        ).execute();
        const row = { id, type: event.type, created_at: event.createdAt, data };
        // Two copies: what the caller does with the returned event must not change what subscribers hear.
        await options.onAppend(conn, userId, eventFromRow(row));
        return eventFromRow(row);
      },
      async listAfter(userId, afterId, limit) {
        let select = conn.selectFrom('events').select(['id', 'type', 'created_at', 'data'])
          .where('user_id', '=', userId).orderBy('id').limit(limit);
        if (afterId !== null) select = select.where('id', '>', toSafeInt(afterId, 'Last-Event-ID'));
        return (await select.execute()).map(eventFromRow);
      },
    },
    disputes: {
      async get(id) {
        const row = await conn.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? disputeFromRow(row) : null;
      },
      async put(dispute) {
        const { id, ...rest } = disputeToRow(dispute);
        await conn.insertInto('disputes').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
      async findByTransaction(transactionId) {
        const row = await conn.selectFrom('disputes').selectAll().where('transaction_id', '=', transactionId).orderBy('seq').limit(1).executeTakeFirst();
        return row ? disputeFromRow(row) : null;
      },
    },
    payouts: {
      async put(payout) {
        const { id, ...rest } = payoutToRow(payout);
        await conn.insertInto('payouts').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
      async list(creatorId, { since, limit }) {
        let select = conn.selectFrom('payouts').selectAll().where('creator_id', '=', creatorId).orderBy('seq', 'desc').limit(limit);
        if (since !== undefined) select = select.where('created_at', '>=', since);
        return (await select.execute()).map(payoutFromRow);
      },
    },
    combos: {
      async get(id) {
        const row = await conn.selectFrom('combos').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? comboFromRow(row) : null;
      },
      async put(combo) {
        const { id, ...rest } = comboToRow(combo, bool);
        await conn.insertInto('combos').values({ id, ...rest }).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
      },
      async listOpen() {
        const rows = await conn.selectFrom('combos').selectAll().where('settled', '=', bool(false)).orderBy('seq').execute();
        return rows.map(comboFromRow);
      },
    },
    catalog: {
      async get() {
        const row = await conn.selectFrom('catalog').select('document').where('id', '=', 1).executeTakeFirst();
        return row ? fromJson<CatalogRecord>(row.document) : null;
      },
      async put(catalog) {
        const document = toJson(catalog);
        await conn.insertInto('catalog').values({ id: 1, document }).onConflict((oc) => oc.column('id').doUpdateSet({ document })).execute();
      },
    },
  };
}
