/**
 * What the conformance suite cannot see of a SQL store, written once for SQLite and PostgreSQL:
 * the database's own guards (append-only ledger, no negative user balance, no silent rounding of
 * huge integers), savepoints, refusal to commit half a unit, event retention.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GIFT_REVENUE, LedgerError, userCoins, type WalletStore } from '@giftkit/server';
import { balanceEvent, purchase, spend, user } from './ledger-fixtures.js';

/** A fresh, empty database for one test. */
export interface SqlStoreFixture {
  open(options?: { eventsPerUser?: number }): Promise<WalletStore>;
  /** Runs one raw statement on a connection of its own, where the store's tables are. */
  exec(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

/** Registers the shared SQL store tests, each on a fixture of its own. */
export function sqlStoreCases(label: string, makeFixture: () => Promise<SqlStoreFixture>, skip: string | false = false): void {
  const it = (name: string, body: (fixture: SqlStoreFixture, store: WalletStore) => Promise<void>) =>
    test(`${label}: ${name}`, { skip }, async () => {
      const fixture = await makeFixture();
      const store = await fixture.open();
      try {
        await body(fixture, store);
      } finally {
        await store.close();
        await fixture.dispose();
      }
    });

  it('the ledger is append-only in the database itself: UPDATE and DELETE raise', async ({ exec }, store) => {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 100)));
    for (const statement of [
      'update ledger_entries set amount = 1000000 where amount = 100',
      'delete from ledger_entries',
      "update ledger_transactions set created_at = '2020-01-01T00:00:00.000Z'",
      'delete from ledger_transactions',
    ]) {
      await assert.rejects(exec(statement), /append-only/, statement);
    }
    const posted = await store.transaction((tx) => tx.ledger.get('ltx_1'));
    assert.deepEqual(posted?.entries.map((e) => e.amount), [-100, 100, 100, -100], 'every entry is still there, unchanged');
  });

  it('the database refuses a negative user balance even when asked directly', async ({ exec }, store) => {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10)));
    await assert.rejects(exec("update account_balances set balance = -1 where account = 'user:ada:coins'"));
    await exec("update account_balances set balance = -1 where account = 'platform:coin_issuance'");
    assert.equal(await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins')), 10);
  });

  it('an integer beyond 2^53 is refused when read, not rounded', async ({ exec }, store) => {
    await exec("insert into account_balances (account, unit, balance) values ('platform:huge', 'coins', 9007199254740993)");
    await assert.rejects(store.transaction((tx) => tx.ledger.balance('platform:huge', 'coins')), (error: unknown) => {
      assert.ok(error instanceof RangeError);
      assert.match(error.message, /9007199254740993.*not a safe integer/);
      return true;
    });
  });

  it('a refused posting leaves nothing of itself in a unit of work that goes on', async (_fixture, store) => {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10)));
    await store.transaction(async (tx) => {
      await tx.ledger.post(spend('ltx_2', 'ada', 4));
      await assert.rejects(tx.ledger.post(spend('ltx_3', 'ada', 7)), (e: unknown) => LedgerError.is(e) && e.code === 'insufficient_balance');
      await tx.users.put(user('ada'));
    });
    await store.transaction(async (tx) => {
      assert.equal(await tx.ledger.balance(userCoins('ada'), 'coins'), 6);
      assert.equal(await tx.ledger.balance(GIFT_REVENUE, 'coins'), 4, 'the refused posting credited nothing');
      assert.deepEqual((await tx.ledger.list({ limit: 10 })).map((t) => t.id), ['ltx_2', 'ltx_1']);
      assert.equal((await tx.users.get('ada'))?.id, 'ada', 'the rest of the unit committed');
    });
  });

  it('a unit of work that carries on after a failed statement is not committed', async (_fixture, store) => {
    const outcome = store.transaction(async (tx) => {
      await tx.users.put(user('ada'));
      // NOT NULL refuses this row; the unit swallows the error and would commit the rest.
      await tx.users.put({ ...user('bob'), displayName: null as never }).catch(() => undefined);
      return 'carried on';
    });
    await assert.rejects(outcome, (error: unknown) => !LedgerError.is(error));
    assert.equal(await store.transaction((tx) => tx.users.get('ada')), null, 'nothing of the unit was kept');
  });

  it('only the newest events of each user are kept, and ids keep growing', async (fixture) => {
    const store = await fixture.open({ eventsPerUser: 2 });
    try {
      const first = await store.transaction(async (tx) => {
        for (const coins of [1, 2, 3]) await tx.events.append('ada', balanceEvent(coins));
        return tx.events.append('bob', balanceEvent(9));
      });
      const later = await store.transaction((tx) => tx.events.append('ada', balanceEvent(4)));
      assert.ok(Number(later.id) > Number(first.id));
      await store.transaction(async (tx) => {
        const coinsOf = async (userId: string) =>
          (await tx.events.listAfter(userId, null, 10)).map((e) => (e.type === 'balance.changed' ? e.data.coins : null));
        assert.deepEqual(await coinsOf('ada'), [3, 4]);
        assert.deepEqual(await coinsOf('bob'), [9], 'another user’s events are not pruned by ada’s');
      });
    } finally {
      await store.close();
    }
  });
}
