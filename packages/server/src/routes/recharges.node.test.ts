import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RechargeResult, TransactionPage } from '@giftkit/contract';
import { auditLedger, SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const { viewer, viewerBR, minor } = SEED_USERS;

test('tok_success: the recharge succeeds at once and the coins land in the wallet and the history', async () => {
  const w = await makeWallet();
  const res = await w.recharge({ item: { type: 'package', packageId: 'pkg_3500' } });
  assert.equal(res.status, 201);
  const { recharge, balance } = assertSchema(RechargeResult, res.json);
  assert.deepEqual([recharge.status, recharge.coins, recharge.price, recharge.nextAction], [
    'succeeded', 3605, { amount: 4499, currency: 'USD' }, { type: 'none' },
  ]);
  assert.equal(balance, 1360 + 3605);
  const history = assertSchema(TransactionPage, (await w.call('GET', '/v1/wallet/transactions?limit=1')).json);
  assert.deepEqual(history.data[0], {
    id: history.data[0]!.id, type: 'purchase', coins: 3605, balanceAfter: 4965, createdAt: recharge.createdAt,
    rechargeId: recharge.id, packageId: 'pkg_3500', price: { amount: 4499, currency: 'USD' },
  });
  assert.equal((await auditLedger(w.store)).ok, true);
});

test('a custom amount is priced at the base rate with priceAtRate, rounded up', async () => {
  const w = await makeWallet();
  const res = await w.recharge({ item: { type: 'custom', coins: 250 } });
  // 250 × 99 / 70 = 353.57… → 354
  assert.deepEqual([res.status, res.json.recharge.coins, res.json.recharge.price], [201, 250, { amount: 354, currency: 'USD' }]);
  const bruno = await w.recharge({ item: { type: 'custom', coins: 100 }, paymentMethod: 'pix' }, { as: viewerBR });
  assert.deepEqual(bruno.json.recharge.price, { amount: 785, currency: 'BRL' });
});

test('custom amounts outside the offer, unknown packages and methods not offered are refused', async () => {
  const w = await makeWallet();
  for (const coins of [20, 35, 2_500_010]) {
    const details = assertError(await w.recharge({ item: { type: 'custom', coins } }), 'validation_failed');
    assert.equal(details.step, 10);
  }
  assertError(await w.recharge({ item: { type: 'custom', coins: 100 }, platform: 'ios', paymentMethod: 'apple_pay' }), 'validation_failed');
  assertError(await w.recharge({ item: { type: 'package', packageId: 'pkg_nope' } }), 'not_found');
  const details = assertError(await w.recharge({ paymentMethod: 'pix' }), 'validation_failed');
  assert.deepEqual(details.offered, ['card', 'paypal', 'apple_pay', 'google_pay']);
  assertError(await w.recharge({ testToken: 'tok_unknown' }), 'validation_failed');
  assertError(await w.recharge({ platform: 'ios', paymentMethod: 'card' }), 'validation_failed');
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360);
});

test('app-store recharges carry the store price', async () => {
  const w = await makeWallet();
  const res = await w.recharge({ platform: 'android', paymentMethod: 'google_pay' });
  assert.deepEqual(res.json.recharge.price, { amount: 129, currency: 'USD' });
});

for (const [token, reason] of [['tok_declined', 'card_declined'], ['tok_insufficient_funds', 'insufficient_funds']] as const) {
  test(`${token}: 402 payment_declined with the recharge id and reason; the recharge reads as declined`, async () => {
    const w = await makeWallet();
    const key = w.key();
    const res = await w.recharge({ testToken: token }, { key });
    const details = assertError(res, 'payment_declined');
    assert.equal(details.reason, reason);
    const read = await w.call('GET', `/v1/recharges/${details.rechargeId}`);
    assert.equal(read.status, 200);
    assert.deepEqual([read.json.recharge.status, read.json.recharge.failure.code, read.json.balance], ['declined', reason, 1360]);
    const replay = await w.recharge({ testToken: token }, { key });
    assert.deepEqual([replay.status, replay.text], [402, res.text], 'the decline is kept and replayed');
  });
}

test('no token: requires_action with a redirect to the sandbox checkout; paying it credits the coins', async () => {
  const w = await makeWallet();
  const res = await w.recharge({ testToken: undefined, returnUrl: 'https://site.example/back' });
  const { recharge } = assertSchema(RechargeResult, res.json);
  assert.equal(recharge.status, 'requires_action');
  assert.deepEqual(recharge.nextAction, {
    type: 'redirect', url: `https://wallet.test/sandbox/checkout/${recharge.id}`, expiresAt: '2026-03-04T12:30:00.000Z',
  });
  const done = await w.call('POST', `/sandbox/checkout/${recharge.id}/complete`, { as: null, body: { outcome: 'succeed' } });
  assert.equal(done.status, 303);
  const read = (await w.call('GET', `/v1/recharges/${recharge.id}`)).json;
  assert.deepEqual([read.recharge.status, read.recharge.nextAction, read.balance], ['succeeded', { type: 'none' }, 1430]);
});

test('tok_redirect behaves like no token; an unpaid checkout expires after its TTL', async () => {
  const w = await makeWallet();
  const { recharge } = (await w.recharge({ testToken: 'tok_redirect' })).json;
  assert.equal(recharge.status, 'requires_action');
  w.advance(29 * 60);
  assert.equal((await w.call('GET', `/v1/recharges/${recharge.id}`)).json.recharge.status, 'requires_action');
  w.advance(60);
  const read = (await w.call('GET', `/v1/recharges/${recharge.id}`)).json;
  assert.deepEqual([read.recharge.status, read.recharge.nextAction], ['expired', { type: 'none' }]);
  await w.call('POST', `/sandbox/checkout/${recharge.id}/complete`, { as: null, body: { outcome: 'succeed' } });
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360, 'an expired checkout cannot be paid');
});

test('tok_pending: pending at first, settled as succeeded on a later read', async () => {
  const w = await makeWallet();
  const created = (await w.recharge({ testToken: 'tok_pending' })).json;
  assert.deepEqual([created.recharge.status, created.balance], ['pending', 1360]);
  const read = (await w.call('GET', `/v1/recharges/${created.recharge.id}`)).json;
  assert.deepEqual([read.recharge.status, read.balance], ['succeeded', 1430]);
  const again = (await w.call('GET', `/v1/recharges/${created.recharge.id}`)).json;
  assert.deepEqual([again.recharge.status, again.balance], ['succeeded', 1430], 'settles once');
});

test('a recharge of another viewer, or an unknown id, is not found', async () => {
  const w = await makeWallet();
  const { recharge } = (await w.recharge()).json;
  assertError(await w.call('GET', `/v1/recharges/${recharge.id}`, { as: viewerBR }), 'not_found');
  assertError(await w.call('GET', '/v1/recharges/rch_unknown'), 'not_found');
  assertError(await w.call('GET', '/v1/recharges/bad%20id'), 'validation_failed');
});

test('viewers under 18 get age_restricted on recharges', async () => {
  const w = await makeWallet();
  assertError(await w.recharge({}, { as: minor }), 'age_restricted');
  assert.equal((await w.call('GET', '/v1/wallet', { as: minor })).json.coins, 0);
});

test('a recharge without an Idempotency-Key is refused before anything happens', async () => {
  const w = await makeWallet();
  const res = await w.call('POST', '/v1/recharges', {
    body: { item: { type: 'package', packageId: 'pkg_70' }, platform: 'web', paymentMethod: 'card', testToken: 'tok_success' },
  });
  const details = assertError(res, 'validation_failed');
  assert.equal(details.issues[0].path, 'header.Idempotency-Key');
  assert.equal((await w.call('GET', `/v1/wallet`, { as: viewer })).json.coins, 1360);
});
