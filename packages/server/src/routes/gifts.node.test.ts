import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GiftCatalog, GiftSent } from '@giftkit/contract';
import { auditLedger, grantCoins, SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const { viewer, minor, creator, creator2 } = SEED_USERS;

test('GET /v1/gifts lists 40+ gifts from Rose (1 coin) to Universe (44,999 coins) in categories', async () => {
  const w = await makeWallet();
  const catalog = assertSchema(GiftCatalog, (await w.call('GET', '/v1/gifts')).json);
  assert.ok(catalog.gifts.length >= 40);
  const coins = catalog.gifts.map((g) => g.coins);
  assert.deepEqual([Math.min(...coins), Math.max(...coins)], [1, 44999]);
  assert.deepEqual([catalog.gifts[0]?.name, catalog.gifts.at(-1)?.name], ['Rose', 'Universe']);
  const categories = new Set(catalog.categories.map((c) => c.id));
  assert.ok(catalog.gifts.every((g) => categories.has(g.categoryId)));
  assert.equal(catalog.gifts[0]?.imageUrl, 'https://assets.giftkit.dev/gifts/rose.webp');
});

test('the gift catalog has a strong ETag; If-None-Match answers 304 without a body', async () => {
  const w = await makeWallet();
  const first = await w.call('GET', '/v1/gifts');
  const etag = first.headers.get('etag');
  assert.match(etag ?? '', /^"[0-9a-f]+"$/);
  assert.equal(etag, `"${first.json.version}"`);
  for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
    const again = await w.call('GET', '/v1/gifts', { headers: { 'if-none-match': header } });
    assert.deepEqual([again.status, again.text, again.headers.get('etag')], [304, '', etag], header);
  }
  assert.equal((await w.call('GET', '/v1/gifts', { headers: { 'if-none-match': '"stale"' } })).status, 200);
});

test('sending a gift debits the coins and issues the creator half of them as diamonds', async () => {
  const w = await makeWallet();
  const res = await w.send({ giftId: 'doughnut', count: 3, streamId: 'live_1' });
  assert.equal(res.status, 201);
  const sent = assertSchema(GiftSent, res.json);
  assert.deepEqual(
    [sent.giftId, sent.recipientId, sent.streamId, sent.count, sent.coins, sent.diamonds, sent.balance, sent.comboId, sent.comboCount],
    ['doughnut', creator, 'live_1', 3, 90, 45, 1270, null, 3],
  );
  const earnings = (await w.call('GET', '/v1/creator/earnings', { as: creator })).json;
  assert.equal(earnings.diamonds.lifetime, 7520 + 45);
  assert.deepEqual(await auditLedger(w.store), { ok: true, transactions: 6, unbalanced: [], balanceMismatches: [], overdrawn: [] });
});

test('the creator share is configurable and rounds down', async () => {
  const w = await makeWallet({ config: { creatorShareBps: 3333 } });
  const sent = (await w.send({ giftId: 'perfume' })).json;
  assert.equal(sent.diamonds, 6); // 20 × 33.33% = 6.666
  const one = (await w.send({ giftId: 'rose' })).json;
  assert.equal(one.diamonds, 0);
  assert.equal((await auditLedger(w.store)).ok, true);
});

test('a gift costing more than the balance is refused with insufficient_funds and the shortfall', async () => {
  const w = await makeWallet();
  const details = assertError(await w.send({ giftId: 'galaxy', count: 2 }), 'insufficient_funds');
  assert.deepEqual(details, { required: 2000, balance: 1360, shortfall: 640 });
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360);
});

test('20 parallel sends on a balance that covers 10: exactly 10 succeed and the balance ends at zero', async () => {
  const w = await makeWallet();
  await grantCoins(w.store, SEED_USERS.viewerJP, 10, { now: w.now() });
  const results = await Promise.all(Array.from({ length: 20 }, () => w.send({ giftId: 'rose' }, { as: SEED_USERS.viewerJP })));
  assert.equal(results.filter((r) => r.status === 201).length, 10);
  assert.ok(results.filter((r) => r.status !== 201).every((r) => r.json.error.code === 'insufficient_funds'));
  assert.equal((await w.call('GET', '/v1/wallet', { as: SEED_USERS.viewerJP })).json.coins, 0);
  const audit = await auditLedger(w.store);
  assert.deepEqual([audit.ok, audit.overdrawn], [true, []]);
});

test('unknown gifts and recipients that are not creators are not found; gifts to oneself are refused', async () => {
  const w = await makeWallet();
  assertError(await w.send({ giftId: 'unicorn' }), 'not_found');
  assertError(await w.send({ recipientId: SEED_USERS.viewerBR }), 'not_found');
  assertError(await w.send({ recipientId: 'creator_nobody' }), 'not_found');
  assertError(await w.send({}, { as: creator }), 'validation_failed');
  assertError(await w.send({ count: 0 }), 'validation_failed');
  assertError(await w.send({ count: 10_000 }), 'validation_failed');
});

test('viewers under 18 get age_restricted on gifts, even with coins', async () => {
  const w = await makeWallet();
  await grantCoins(w.store, minor, 100, { now: w.now() });
  assertError(await w.send({}, { as: minor }), 'age_restricted');
});

test('sends with one comboId form a combo with a running count; it settles after the window', async () => {
  const w = await makeWallet();
  const combo = { comboId: 'combo_1', giftId: 'rose', streamId: 's1' };
  assert.equal((await w.send({ ...combo, count: 1 })).json.comboCount, 1);
  w.advance(3);
  assert.equal((await w.send({ ...combo, count: 5 })).json.comboCount, 6);
  assertError(await w.send({ ...combo, giftId: 'gg' }), 'validation_failed');
  assertError(await w.send({ ...combo, recipientId: creator2 }), 'validation_failed');
  w.advance(11);
  await w.call('GET', '/v1/wallet');
  const settled = await w.store.transaction((tx) => tx.events.listAfter(creator, null, 100));
  const last = settled.filter((e) => e.type === 'gift.combo.settled').at(-1);
  assert.deepEqual(last?.type === 'gift.combo.settled' && last.data, { comboId: 'combo_1', giftId: 'rose', recipientId: creator, streamId: 's1', count: 6, coins: 6 });
});

test('gifts appear in the sender’s history with the creator’s name', async () => {
  const w = await makeWallet();
  const sent = (await w.send({ giftId: 'heart', count: 2, recipientId: creator2 })).json;
  const [latest] = (await w.call('GET', '/v1/wallet/transactions?limit=1', { as: viewer })).json.data;
  assert.deepEqual(latest, {
    id: sent.id, type: 'gift', coins: -20, balanceAfter: 1340, createdAt: sent.createdAt, giftId: 'heart', giftName: 'Heart', count: 2,
    recipientId: creator2, recipientName: 'Kai Moreno', streamId: 'stream_1', comboId: null,
  });
});
