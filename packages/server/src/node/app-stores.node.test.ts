// The whole app over each SQL store: concurrent requests racing for the same coins.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  auditLedger, coinBalance, createWalletApp, grantCoins, seedStore, SEED_USERS, userDiamonds, type WalletStore,
} from '@giftkit/server';
import { createPostgresStore, createSqliteStore } from '@giftkit/server/node';
import { sseReader } from '../test/sse.js';
import { PG_URL, pgSkipReason, testSchemas } from './test/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'giftkit-app-'));
const schemas = testSchemas();
const pgSkip = await pgSkipReason();
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgSkip) await schemas.dropAll();
});

async function twentySendsOnTenGiftsWorth(store: WalletStore): Promise<void> {
  const now = new Date();
  await seedStore(store, now);
  const viewer = SEED_USERS.viewerJP;
  const gift = (await store.transaction((tx) => tx.catalog.get()))?.gifts.find((g) => g.coins >= 5);
  assert.ok(gift, 'the seed has a gift of 5 coins or more');
  await grantCoins(store, viewer, gift.coins * 10, { now });
  const creator = () => store.transaction((tx) => tx.ledger.balance(userDiamonds(SEED_USERS.creator), 'diamonds'));
  const diamondsBefore = await creator();

  const errors: unknown[] = [];
  const app = createWalletApp({
    store,
    authenticate: (token) => (token === 'yui' ? { userId: viewer, role: 'viewer' } : null),
    logError: (error) => errors.push(error),
  });
  const replies = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
    const res = await app.request('/v1/gifts/send', {
      method: 'POST',
      headers: { authorization: 'Bearer yui', 'idempotency-key': `concurrent-send-${i}`, 'content-type': 'application/json' },
      body: JSON.stringify({ giftId: gift.id, recipientId: SEED_USERS.creator, streamId: 'stream_race', count: 1 }),
    });
    return { status: res.status, body: (await res.json()) as { diamonds?: number; error?: { code: string } } };
  }));

  assert.deepEqual(errors, [], 'no request failed unexpectedly');
  const sent = replies.filter((r) => r.status === 201);
  const refused = replies.filter((r) => r.status !== 201);
  assert.equal(sent.length, 10, `exactly 10 sends succeed: ${JSON.stringify(replies.map((r) => r.status))}`);
  assert.ok(refused.every((r) => r.status === 402 && r.body.error?.code === 'insufficient_funds'), 'the others are insufficient_funds');
  assert.equal(await coinBalance(store, viewer), 0, 'the viewer spent exactly the 10 gifts');
  const earned = sent.reduce((sum, r) => sum + (r.body.diamonds ?? 0), 0);
  assert.ok(earned > 0);
  assert.equal(await creator(), diamondsBefore + earned, 'the creator got the diamonds of the 10 sends, no more');
  const audit = await auditLedger(store);
  assert.ok(audit.ok, `the ledger balances: ${JSON.stringify(audit)}`);
}

test('SQLite: 20 concurrent gift sends on a balance that covers 10 — exactly 10 go through', async () => {
  const store = await createSqliteStore({ filename: join(dir, 'race.sqlite') });
  try {
    await twentySendsOnTenGiftsWorth(store);
  } finally {
    await store.close();
  }
});

test('PostgreSQL: 20 concurrent gift sends on a balance that covers 10 — exactly 10 go through', { skip: pgSkip }, async () => {
  const store = await createPostgresStore({ connectionString: PG_URL, schema: schemas.next() });
  try {
    await twentySendsOnTenGiftsWorth(store);
  } finally {
    await store.close();
  }
});

test('PostgreSQL: two app instances on one database — a gift sent through one is pushed on the other’s event stream', { skip: pgSkip }, async () => {
  const schema = schemas.next();
  const [storeA, storeB] = [await createPostgresStore({ connectionString: PG_URL, schema }), await createPostgresStore({ connectionString: PG_URL, schema })];
  try {
    await seedStore(storeA, new Date());
    const authenticate = (token: string) =>
      token === 'ada' ? { userId: SEED_USERS.viewer, role: 'viewer' as const } : token === 'lena' ? { userId: SEED_USERS.creator, role: 'creator' as const } : null;
    const [appA, appB] = [createWalletApp({ store: storeA, authenticate }), createWalletApp({ store: storeB, authenticate })];
    const stream = await appB.request('/v1/events', { headers: { authorization: 'Bearer lena' } });
    const sse = sseReader(stream.body!);
    try {
      await sse.until((blocks) => blocks.some((b) => b.retry !== undefined));
      const backlog = sse.events().length;
      const sent = await appA.request('/v1/gifts/send', {
        method: 'POST',
        headers: { authorization: 'Bearer ada', 'idempotency-key': 'two-instances-1', 'content-type': 'application/json' },
        body: JSON.stringify({ giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 'stream_lb', count: 2 }),
      });
      assert.equal(sent.status, 201);
      await sse.until(() => sse.events().length > backlog, 5000);
      const [pushed] = sse.events().slice(backlog);
      assert.equal(pushed?.event, 'gift.received');
      assert.equal(pushed.data.data.senderId, SEED_USERS.viewer);
      assert.equal(pushed.data.data.count, 2);
    } finally {
      await sse.close();
    }
  } finally {
    await storeA.close();
    await storeB.close();
  }
});
