import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWalletApp, SEED_USERS, type WalletStore } from '../index.js';
import { assertError, makeWallet } from '../test/harness.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';

test('the same key and body replays the stored answer exactly, without doing it twice', async () => {
  const w = await makeWallet();
  const key = w.key();
  const first = await w.send({ count: 2 }, { key });
  const second = await w.send({ count: 2 }, { key });
  assert.deepEqual([second.status, second.text], [first.status, first.text]);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(first.headers.get('idempotent-replayed'), null);
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1358);
});

test('key order in the body does not matter: the fingerprint is of canonical JSON', async () => {
  const w = await makeWallet();
  const key = w.key();
  const a = await w.call('POST', '/v1/gifts/send', { key, body: { giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 's', count: 1 } });
  const b = await w.call('POST', '/v1/gifts/send', { key, body: { count: 1, streamId: 's', recipientId: SEED_USERS.creator, giftId: 'rose' } });
  assert.equal(b.text, a.text);
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }), '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('the same key with another body is idempotency_mismatch (422)', async () => {
  const w = await makeWallet();
  const key = w.key();
  await w.send({ count: 1 }, { key });
  assertError(await w.send({ count: 2 }, { key }), 'idempotency_mismatch');
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1359);
});

test('the same key while the first request is still running is idempotency_in_flight (409)', async () => {
  const w = await makeWallet();
  // A slow unit of work (think: another instance, or a provider call) after the key was claimed:
  // the wrapper holds back the first unit started once an in-flight record has been written.
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holdNext = false;
  const slow: WalletStore = {
    ...w.store,
    transaction: async (fn) => {
      if (holdNext) {
        holdNext = false;
        await gate;
      }
      return w.store.transaction((tx) => fn({
        ...tx,
        idempotency: {
          ...tx.idempotency,
          put: async (record) => {
            await tx.idempotency.put(record);
            if (record.state === 'in_flight') holdNext = true;
          },
        },
      }));
    },
  };
  const app = createWalletApp({ store: slow, authenticate: () => ({ userId: SEED_USERS.viewer, role: 'viewer' }), now: w.now });
  const send = () => app.request('/v1/gifts/send', {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'idempotency-key': 'same-key-twice', 'content-type': 'application/json' },
    body: JSON.stringify({ giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 's', count: 1 }),
  });
  const first = send();
  while (!(await w.store.transaction((tx) => tx.idempotency.get(`${SEED_USERS.viewer}:sendGift`, 'same-key-twice')))) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const second = await send();
  assert.equal(second.status, 409);
  assert.equal((await second.json()).error.code, 'idempotency_in_flight');
  release();
  const done = await first;
  assert.equal(done.status, 201);
  const third = await send();
  assert.deepEqual([third.status, await third.text()], [201, await done.text()], 'once done, the key replays');
});

test('a key left in flight by a crashed request frees itself after the lock time', async () => {
  const w = await makeWallet({ config: { idempotencyLockSeconds: 30 } });
  const key = w.key();
  const body = { giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 'stream_1', count: 1 };
  await w.store.transaction(async (tx) => tx.idempotency.put({
    scope: `${SEED_USERS.viewer}:sendGift`, key, requestHash: await sha256Hex(canonicalJson(body)), createdAt: w.now().toISOString(),
    state: 'in_flight', lockedUntil: new Date(w.now().getTime() + 30_000).toISOString(),
  }));
  assertError(await w.send(body, { key }), 'idempotency_in_flight');
  w.advance(31);
  assert.equal((await w.send(body, { key })).status, 201);
});

test('keys are scoped per user and per operation', async () => {
  const w = await makeWallet();
  const key = w.key();
  assert.equal((await w.send({}, { key })).status, 201);
  assert.equal((await w.send({}, { key, as: SEED_USERS.viewerBR })).status, 201, 'another user, same key');
  assert.equal((await w.recharge({}, { key })).status, 201, 'same user, another operation');
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1360 - 1 + 70);
});

test('refusals are kept and replayed, but step_up_required is not', async () => {
  const w = await makeWallet();
  const key = w.key();
  const refused = await w.send({ giftId: 'universe' }, { key });
  assertError(refused, 'insufficient_funds');
  const again = await w.send({ giftId: 'universe' }, { key });
  assert.equal(again.text, refused.text, 'the kept refusal is replayed');

  const stepKey = w.key();
  const big = { item: { type: 'package', packageId: 'pkg_7000' } };
  const first = assertError(await w.recharge(big, { key: stepKey }), 'step_up_required');
  const second = assertError(await w.recharge(big, { key: stepKey }), 'step_up_required');
  assert.notEqual(second.challenge.id, first.challenge.id, 'a new challenge, not a replay');
});

test('a 500 is not kept: the client can retry the same key once the fault is gone', async () => {
  const w = await makeWallet();
  let failNext = true;
  const inner: WalletStore = w.store;
  // A store whose first ledger posting fails like a lost database connection.
  const flaky: WalletStore = {
    ...inner,
    transaction: (fn) => inner.transaction((tx) => fn({
      ...tx,
      ledger: { ...tx.ledger, post: (t) => (failNext ? ((failNext = false), Promise.reject(new Error('connection reset'))) : tx.ledger.post(t)) },
    })),
  };
  const app = createWalletApp({
    store: flaky, authenticate: () => ({ userId: SEED_USERS.viewer, role: 'viewer' }), now: w.now, logError: () => {},
  });
  const send = () => app.request('/v1/gifts/send', {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'idempotency-key': 'retry-after-500', 'content-type': 'application/json' },
    body: JSON.stringify({ giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 's', count: 1 }),
  });
  const failed = await send();
  assert.equal(failed.status, 500);
  assert.equal((await failed.json()).error.code, 'internal_error');
  const retried = await send();
  assert.equal(retried.status, 201);
  assert.equal((await retried.json()).balance, 1359);
});

test('a malformed key or body is refused and not remembered', async () => {
  const w = await makeWallet();
  assertError(await w.send({}, { key: 'short' }), 'validation_failed');
  const key = w.key();
  assertError(await w.send({ count: 'one' }, { key }), 'validation_failed');
  assert.equal((await w.send({ count: 1 }, { key })).status, 201, 'the key was not used up by the invalid body');
});
