import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Earnings, Payout } from '@giftkit/contract';
import { auditLedger, SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const { creator, creator2, viewer } = SEED_USERS;
const payout = (w: Awaited<ReturnType<typeof makeWallet>>, diamonds: number, opts: { key?: string; as?: string } = {}) =>
  w.call('POST', '/v1/creator/payouts', { key: opts.key ?? w.key(), as: opts.as ?? creator, body: { diamonds } });

test('GET /v1/creator/earnings shows diamonds, the payout rules and recent payouts', async () => {
  const w = await makeWallet();
  const earnings = assertSchema(Earnings, (await w.call('GET', '/v1/creator/earnings', { as: creator })).json);
  // Ada's 40 coins and Bruno's Planet (15,000 coins) at 50%.
  assert.deepEqual(earnings.diamonds, { pending: 0, available: 7520, lifetime: 7520 });
  assert.deepEqual([earnings.minimumPayout, earnings.rate, earnings.dailyCap], [
    2000, { diamonds: 200, money: { amount: 100, currency: 'USD' } }, { amount: 100000, currency: 'USD' },
  ]);
  assert.deepEqual(earnings.payouts, []);
  const kai = (await w.call('GET', '/v1/creator/earnings', { as: creator2 })).json;
  assert.deepEqual(kai.diamonds, { pending: 0, available: 0, lifetime: 0 });
});

test('viewers have no earnings and cannot request payouts', async () => {
  const w = await makeWallet();
  assertError(await w.call('GET', '/v1/creator/earnings', { as: viewer }), 'unauthorized');
  assertError(await payout(w, 2000, { as: viewer }), 'unauthorized');
});

test('a payout debits the diamonds and pays at the rate, rounded down', async () => {
  const w = await makeWallet();
  const res = await payout(w, 2345);
  assert.equal(res.status, 201);
  const paid = assertSchema(Payout, res.json);
  assert.deepEqual([paid.diamonds, paid.amount, paid.status], [2345, { amount: 1172, currency: 'USD' }, 'paid']);
  const earnings = (await w.call('GET', '/v1/creator/earnings', { as: creator })).json;
  assert.deepEqual(earnings.diamonds, { pending: 0, available: 7520 - 2345, lifetime: 7520 });
  assert.deepEqual(earnings.paidToday, { amount: 1172, currency: 'USD' });
  assert.deepEqual(earnings.payouts, [paid]);
  assert.equal((await auditLedger(w.store)).ok, true);
});

test('payouts below the minimum or above what is available are rejected', async () => {
  const w = await makeWallet();
  assert.deepEqual(assertError(await payout(w, 1999), 'payout_rejected'), { reason: 'below_minimum', minimum: 2000 });
  assert.deepEqual(assertError(await payout(w, 7521), 'payout_rejected'), { reason: 'insufficient_diamonds', available: 7520 });
  assertError(await payout(w, 0), 'validation_failed');
});

test('the daily cap limits what is paid in one UTC day', async () => {
  const w = await makeWallet({ config: { payoutDailyCap: { amount: 1500, currency: 'USD' } } });
  assert.equal((await payout(w, 2000)).status, 201);
  const details = assertError(await payout(w, 2000), 'payout_rejected');
  assert.deepEqual([details.reason, details.remaining], ['daily_cap', { amount: 500, currency: 'USD' }]);
  w.advance(12 * 3600);
  assert.equal((await payout(w, 2000)).status, 201, 'a new day');
});

test('diamonds within the holding period are pending, not available', async () => {
  const w = await makeWallet({ config: { diamondHoldSeconds: 3600 } });
  await w.send({ giftId: 'galaxy' });
  const earnings = (await w.call('GET', '/v1/creator/earnings', { as: creator })).json;
  assert.deepEqual(earnings.diamonds, { pending: 500, available: 7520, lifetime: 8020 });
  assert.equal(assertError(await payout(w, 8020), 'payout_rejected').reason, 'insufficient_diamonds');
  w.advance(3601);
  assert.equal((await payout(w, 8020)).status, 201);
});

test('a payout above the step-up threshold needs a verified step-up first', async () => {
  const w = await makeWallet({ config: { payoutStepUpDiamonds: 5000 } });
  const key = w.key();
  const { challenge } = assertError(await payout(w, 6000, { key }), 'step_up_required');
  assert.equal(challenge.reason, 'amount');
  await w.call('POST', `/v1/step-up/${challenge.id}/verify`, { as: creator, body: { code: '123456' } });
  assert.equal((await payout(w, 6000, { key })).status, 201);
});
