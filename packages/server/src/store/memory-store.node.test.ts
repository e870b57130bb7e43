import { test } from 'node:test';
import assert from 'node:assert/strict';
// Through the public names, so that the `.` and `./testing` entries of the exports map are exercised.
import { createMemoryStore, LedgerError, type WalletStore } from '@giftkit/server';
import { runStoreConformance, StoreConformanceError } from '@giftkit/server/testing';

test('the memory store passes the store conformance suite', async () => {
  const report = await runStoreConformance(() => createMemoryStore());
  assert.ok(report.passed.length >= 15, `ran ${report.passed.length} cases`);
});

test('the conformance suite fails a store that lets a user account go below zero', async () => {
  // A store that forgets the conditional debit: it retries a refused posting with the user's
  // entries clamped away, which is what a store without the guard would have recorded.
  const overdrafting = (): WalletStore => {
    const inner = createMemoryStore();
    return {
      ...inner,
      transaction: (fn) => inner.transaction((tx) => fn({
        ...tx,
        ledger: {
          ...tx.ledger,
          post: (input) => tx.ledger.post(input).catch((error: unknown) => {
            if (!LedgerError.is(error) || error.code !== 'insufficient_balance') throw error;
            return { ...input, seq: 0, entries: input.entries.map((e) => ({ ...e, balanceAfter: -1 })) };
          }),
        },
      })),
    };
  };
  await assert.rejects(runStoreConformance(overdrafting), (error: unknown) => {
    assert.ok(error instanceof StoreConformanceError);
    const failed = error.failures.map((f) => f.case);
    assert.ok(failed.includes('a debit never takes a user account below zero'), failed.join(', '));
    assert.ok(failed.includes('concurrent debits: 20 debits of 1 on a balance of 10, exactly 10 succeed'));
    return true;
  });
});

test('the memory store keeps only the newest events of each user', async () => {
  const store = createMemoryStore({ eventsPerUser: 2 });
  const event = (coins: number) => ({
    type: 'balance.changed' as const, createdAt: '2026-01-01T00:00:00.000Z', data: { coins, reason: 'purchase' as const, transactionId: null },
  });
  await store.transaction(async (tx) => {
    for (const coins of [1, 2, 3]) await tx.events.append('ada', event(coins));
  });
  const kept = await store.transaction((tx) => tx.events.listAfter('ada', null, 10));
  assert.deepEqual(kept.map((e) => (e.type === 'balance.changed' ? e.data.coins : null)), [2, 3]);
  assert.throws(() => createMemoryStore({ eventsPerUser: 0 }), RangeError);
});

test('a closed memory store refuses new units of work', async () => {
  const store = createMemoryStore();
  await store.close();
  await assert.rejects(store.transaction(async () => 1), /closed/);
});
