import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StepUpChallenge, StepUpVerification } from '@giftkit/contract';
import { SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const BIG = { item: { type: 'package', packageId: 'pkg_7000' } };
const verify = (w: Awaited<ReturnType<typeof makeWallet>>, id: string, code: string, as: string = SEED_USERS.viewer) =>
  w.call('POST', `/v1/step-up/${id}/verify`, { body: { code }, as });

test('a recharge at or above the threshold needs a step-up; after verifying, the repeat with the same key goes through once', async () => {
  const w = await makeWallet();
  const key = w.key();
  const first = await w.recharge(BIG, { key });
  const challenge = assertSchema(StepUpChallenge, assertError(first, 'step_up_required').challenge);
  assert.deepEqual([challenge.reason, challenge.length, challenge.attemptsLeft, challenge.expiresAt], ['amount', 6, 3, '2026-03-04T12:05:00.000Z']);
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360, 'nothing was bought yet');

  const verified = await verify(w, challenge.id, '123456');
  assert.equal(verified.status, 200);
  assert.deepEqual(assertSchema(StepUpVerification, verified.json), { challengeId: challenge.id, status: 'verified', validUntil: '2026-03-04T12:10:00.000Z' });

  const repeat = await w.recharge(BIG, { key });
  assert.equal(repeat.status, 201);
  assert.equal(repeat.json.recharge.status, 'succeeded');
  const replay = await w.recharge(BIG, { key });
  assert.deepEqual([replay.status, replay.text], [201, repeat.text], 'later repeats replay the stored answer');
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360 + 7350, 'bought exactly once');

  assertError(await w.recharge(BIG), 'step_up_required');
});

test('a verified challenge does not let a different body through under the same key', async () => {
  const w = await makeWallet();
  const key = w.key();
  const { challenge } = assertError(await w.recharge(BIG, { key }), 'step_up_required');
  await verify(w, challenge.id, '123456');
  const other = await w.recharge({ item: { type: 'package', packageId: 'pkg_17500' } }, { key });
  assert.notEqual(assertError(other, 'step_up_required').challenge.id, challenge.id);
});

test('a wrong code uses up an attempt; the third wrong code locks the challenge', async () => {
  const w = await makeWallet();
  const { challenge } = assertError(await w.recharge(BIG), 'step_up_required');
  assert.deepEqual(assertError(await verify(w, challenge.id, '000000'), 'step_up_failed'), { reason: 'wrong_code', attemptsLeft: 2 });
  assert.deepEqual(assertError(await verify(w, challenge.id, '000001'), 'step_up_failed'), { reason: 'wrong_code', attemptsLeft: 1 });
  assert.deepEqual(assertError(await verify(w, challenge.id, '000002'), 'step_up_failed'), { reason: 'locked', attemptsLeft: 0 });
  assert.equal(assertError(await verify(w, challenge.id, '123456'), 'step_up_failed').attemptsLeft, 0, 'even the right code is too late');
});

test('a challenge expires', async () => {
  const w = await makeWallet();
  const { challenge } = assertError(await w.recharge(BIG), 'step_up_required');
  w.advance(301);
  assert.equal(assertError(await verify(w, challenge.id, '123456'), 'step_up_failed').reason, 'expired');
});

test('a verified challenge must be used within its validity', async () => {
  const w = await makeWallet();
  const key = w.key();
  const { challenge } = assertError(await w.recharge(BIG, { key }), 'step_up_required');
  await verify(w, challenge.id, '123456');
  w.advance(601);
  assertError(await w.recharge(BIG, { key }), 'step_up_required');
});

test('another viewer’s challenge is not found; a malformed code is a validation error', async () => {
  const w = await makeWallet();
  const { challenge } = assertError(await w.recharge(BIG), 'step_up_required');
  assertError(await verify(w, challenge.id, '123456', SEED_USERS.viewerBR), 'not_found');
  assertError(await verify(w, challenge.id, 'abc'), 'validation_failed');
  assertError(await verify(w, 'chl_nope', '123456'), 'not_found');
});

test('tok_step_up forces a step-up whatever the amount, then pays', async () => {
  const w = await makeWallet();
  const key = w.key();
  const { challenge } = assertError(await w.recharge({ testToken: 'tok_step_up' }, { key }), 'step_up_required');
  assert.equal(challenge.reason, 'policy');
  await verify(w, challenge.id, '123456');
  assert.equal((await w.recharge({ testToken: 'tok_step_up' }, { key })).json.recharge.status, 'succeeded');
});

test('more recharges than the velocity limit within the window need a step-up', async () => {
  const w = await makeWallet({ config: { velocityMaxRecharges: 2, velocityWindowSeconds: 600 } });
  assert.equal((await w.recharge()).status, 201);
  assert.equal((await w.recharge()).status, 201);
  assert.equal(assertError(await w.recharge(), 'step_up_required').challenge.reason, 'velocity');
  w.advance(601);
  assert.equal((await w.recharge()).status, 201);
});

test('the sandbox code and thresholds are configurable', async () => {
  const w = await makeWallet({ config: { sandboxStepUpCode: '9999', stepUpThresholds: { USD: 99 } } });
  const key = w.key();
  const { challenge } = assertError(await w.recharge({}, { key }), 'step_up_required');
  assert.equal(challenge.length, 4);
  assertError(await verify(w, challenge.id, '123456'), 'step_up_failed');
  assert.equal((await verify(w, challenge.id, '9999')).status, 200);
  assert.equal((await w.recharge({}, { key })).status, 201);
});
