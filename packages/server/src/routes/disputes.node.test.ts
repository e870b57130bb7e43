import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Dispute } from '@giftkit/contract';
import { SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

async function latestTransactionId(w: Awaited<ReturnType<typeof makeWallet>>, as: string): Promise<string> {
  return (await w.call('GET', '/v1/wallet/transactions?limit=1', { as })).json.data[0].id;
}

test('a viewer disputes one of their transactions: 201 with an open dispute, replayed under its key', async () => {
  const w = await makeWallet();
  const transactionId = await latestTransactionId(w, SEED_USERS.viewer);
  const key = w.key();
  const body = { transactionId, reason: 'not_recognised', description: 'I did not send this doughnut.' };
  const res = await w.call('POST', '/v1/disputes', { key, body });
  assert.equal(res.status, 201);
  const dispute = assertSchema(Dispute, res.json);
  assert.deepEqual([dispute.transactionId, dispute.reason, dispute.status, dispute.createdAt], [transactionId, 'not_recognised', 'open', w.now().toISOString()]);
  assert.equal((await w.call('POST', '/v1/disputes', { key, body })).text, res.text);
});

test('a transaction is disputed once; another viewer’s transaction or an unknown one is not found', async () => {
  const w = await makeWallet();
  const transactionId = await latestTransactionId(w, SEED_USERS.viewer);
  await w.call('POST', '/v1/disputes', { key: w.key(), body: { transactionId, reason: 'duplicate' } });
  const again = assertError(await w.call('POST', '/v1/disputes', { key: w.key(), body: { transactionId, reason: 'other' } }), 'validation_failed');
  assert.match(again.disputeId, /^dsp_/);
  assertError(await w.call('POST', '/v1/disputes', { key: w.key(), as: SEED_USERS.viewerBR, body: { transactionId, reason: 'other' } }), 'not_found');
  assertError(await w.call('POST', '/v1/disputes', { key: w.key(), body: { transactionId: 'txn_nope', reason: 'other' } }), 'not_found');
  assertError(await w.call('POST', '/v1/disputes', { key: w.key(), body: { transactionId, reason: 'bored' } }), 'validation_failed');
  assertError(await w.call('POST', '/v1/disputes', { body: { transactionId, reason: 'other' } }), 'validation_failed');
});
