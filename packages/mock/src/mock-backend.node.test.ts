import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { GiftSent, Wallet } from '@giftkit/contract';
import { createMockBackend, type MockBackend } from '@giftkit/mock';

const backend = createMockBackend();
const server = setupServer(...backend.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.reset());
after(() => server.close());

const auth = (userId: string) => ({ authorization: `Bearer ${backend.tokenFor(userId)}` });
let keys = 0;

function sendGift(b: MockBackend, body: Record<string, unknown> = {}, key = `mock-key-${(keys += 1)}`) {
  return fetch(`${b.baseUrl}/v1/gifts/send`, {
    method: 'POST',
    headers: { ...auth(b.users.viewer), 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ giftId: 'rose', recipientId: b.users.creator, streamId: 'live', count: 1, ...body }),
  });
}

test('the seeded backend answers plain fetch through setupServer, with the contract’s shapes', async () => {
  const res = await fetch(`${backend.baseUrl}/v1/wallet`, { headers: auth(backend.users.viewer) });
  assert.equal(res.status, 200);
  const wallet = await res.json();
  assert.ok(Wallet.safeParse(wallet).success);
  assert.deepEqual([wallet.userId, wallet.coins], [backend.users.viewer, 1360]);
  assert.deepEqual(backend.users, {
    viewer: 'viewer_ada', viewerBR: 'viewer_bruno', viewerJP: 'viewer_yui', minor: 'viewer_minor', creator: 'creator_lena', creator2: 'creator_kai',
  });
  assert.equal((await fetch(`${backend.baseUrl}/v1/wallet`, { headers: { authorization: 'Bearer forged' } })).status, 401);
  const creator = await fetch(`${backend.baseUrl}/v1/creator/earnings`, { headers: auth(backend.users.creator) });
  assert.equal(creator.status, 200, 'seeded creators get the creator role');
});

test('latency: the answer comes late but whole', async () => {
  backend.faults.add({ kind: 'latency', ms: 150 });
  const started = Date.now();
  const res = await fetch(`${backend.baseUrl}/v1/wallet`, { headers: auth(backend.users.viewer) });
  assert.ok(Date.now() - started >= 140, `took ${Date.now() - started} ms`);
  assert.equal(res.status, 200);
});

test('status: a 5xx envelope, and nothing is done', async () => {
  for (const [status, code] of [[500, 'internal_error'], [502, 'unavailable'], [503, 'unavailable']] as const) {
    backend.faults.add({ kind: 'status', status });
    const res = await sendGift(backend);
    assert.equal(res.status, status);
    assert.equal((await res.json()).error.code, code);
  }
  assert.equal(await backend.state.balance(backend.users.viewer), 1360);
});

test('rate_limit: 429 rate_limited with Retry-After', async () => {
  backend.faults.add({ kind: 'rate_limit', retryAfter: 7 });
  const res = await sendGift(backend);
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), '7');
  const body = await res.json();
  assert.deepEqual([body.error.code, body.error.details.retryAfter], ['rate_limited', 7]);
  assert.equal(await backend.state.balance(backend.users.viewer), 1360);
});

test('network_error: fetch rejects and the backend never saw the request', async () => {
  backend.faults.add({ kind: 'network_error' });
  await assert.rejects(sendGift(backend), TypeError);
  assert.equal(await backend.state.balance(backend.users.viewer), 1360);
  assert.equal(backend.state.requests.at(-1)?.status, 0);
});

test('malformed: a 200 whose body breaks the schema — the real one corrupted, or the one given', async () => {
  backend.faults.add({ kind: 'malformed' });
  const res = await sendGift(backend);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(GiftSent.safeParse(body).success, false);
  assert.equal(body.giftId, 'rose', 'the rest of the real body is there');
  assert.equal(await backend.state.balance(backend.users.viewer), 1359, 'the request itself was processed');

  backend.faults.add({ kind: 'malformed', body: { coins: 'lots' } });
  const given = await fetch(`${backend.baseUrl}/v1/wallet`, { headers: auth(backend.users.viewer) });
  assert.deepEqual([given.status, await given.json()], [200, { coins: 'lots' }]);
});

test('lose_response: the backend commits, the client sees a network error, and the retry replays', async () => {
  backend.faults.add({ kind: 'lose_response' });
  const key = 'lost-after-commit-1';
  await assert.rejects(sendGift(backend, { count: 5 }, key), TypeError);
  assert.equal(await backend.state.balance(backend.users.viewer), 1355, 'really committed');
  const retry = await sendGift(backend, { count: 5 }, key);
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.equal((await retry.json()).balance, 1355);
  assert.equal(await backend.state.balance(backend.users.viewer), 1355, 'sent exactly once');
  assert.equal(await backend.state.ledgerBalanced(), true);
});

test('faults match by method and path (string or RegExp) and apply `times` times', async () => {
  backend.faults.add({ kind: 'status', status: 503, match: { method: 'post', path: '/v1/gifts/send' }, times: 2 });
  backend.faults.add({ kind: 'rate_limit', retryAfter: 1, match: { path: /^\/v1\/recharges\// } });
  assert.equal((await fetch(`${backend.baseUrl}/v1/wallet`, { headers: auth(backend.users.viewer) })).status, 200);
  assert.equal((await sendGift(backend)).status, 503);
  assert.equal((await sendGift(backend)).status, 503);
  assert.equal((await sendGift(backend)).status, 201);
  assert.equal((await fetch(`${backend.baseUrl}/v1/recharges/rch_x`, { headers: auth(backend.users.viewer) })).status, 429);
  assert.equal((await fetch(`${backend.baseUrl}/v1/recharges/rch_x`, { headers: auth(backend.users.viewer) })).status, 404);
  backend.faults.add({ kind: 'network_error', times: Infinity });
  backend.faults.clear();
  assert.equal((await sendGift(backend)).status, 201);
  assert.throws(() => backend.faults.add({ kind: 'network_error', times: 0 }), RangeError);
});

test('the request log records every request, faults included', async () => {
  backend.faults.add({ kind: 'rate_limit', retryAfter: 1 });
  await sendGift(backend, {}, 'logged-key-1');
  await sendGift(backend, {}, 'logged-key-2');
  await fetch(`${backend.baseUrl}/v1/gifts?x=1`, { headers: auth(backend.users.viewer) });
  assert.deepEqual(backend.state.requests.map(({ method, path, status, idempotencyKey }) => ({ method, path, status, idempotencyKey })), [
    { method: 'POST', path: '/v1/gifts/send', status: 429, idempotencyKey: 'logged-key-1' },
    { method: 'POST', path: '/v1/gifts/send', status: 201, idempotencyKey: 'logged-key-2' },
    { method: 'GET', path: '/v1/gifts', status: 200, idempotencyKey: null },
  ]);
  assert.ok(backend.state.requests.every((r) => Number.isInteger(r.at) && r.at > 0));
});

test('state: grant credits through a purchase in the history; setAge gates; completeCheckout pays', async () => {
  const { viewerJP, minor } = backend.users;
  await backend.state.grant(viewerJP, 500);
  assert.equal(await backend.state.balance(viewerJP), 500);
  const history = await (await fetch(`${backend.baseUrl}/v1/wallet/transactions`, { headers: auth(viewerJP) })).json();
  assert.deepEqual([history.data[0].type, history.data[0].coins, history.data[0].price.currency], ['purchase', 500, 'JPY']);

  const recharge = (userId: string) => fetch(`${backend.baseUrl}/v1/recharges`, {
    method: 'POST',
    headers: { ...auth(userId), 'content-type': 'application/json', 'idempotency-key': `recharge-${(keys += 1)}` },
    body: JSON.stringify({ item: { type: 'package', packageId: 'pkg_70' }, platform: 'web', paymentMethod: 'card' }),
  });
  assert.equal((await recharge(minor)).status, 403);
  await backend.state.setAge(minor, 18);
  const created = await (await recharge(minor)).json();
  assert.equal(created.recharge.status, 'requires_action');
  assert.equal(created.recharge.nextAction.url, `${backend.baseUrl}/sandbox/checkout/${created.recharge.id}`);
  await backend.state.completeCheckout(created.recharge.id, 'succeed');
  assert.equal(await backend.state.balance(minor), 70);
  await assert.rejects(backend.state.completeCheckout(created.recharge.id, 'decline'), /succeeded/);
  await backend.state.setAge(minor, 16);
  assert.equal((await recharge(minor)).status, 403);
  assert.equal(await backend.state.ledgerBalanced(), true);
});

test('reset: a fresh seeded store, no faults, an empty log — with the same handlers', async () => {
  await sendGift(backend, { count: 100 });
  backend.faults.add({ kind: 'network_error', times: 5 });
  await backend.reset();
  assert.equal(backend.state.requests.length, 0);
  assert.equal(await backend.state.balance(backend.users.viewer), 1360);
  assert.equal((await sendGift(backend)).status, 201, 'no fault left');
});

test('SSE passes through as a stream: frames arrive while the response is open', async () => {
  const controller = new AbortController();
  const res = await fetch(`${backend.baseUrl}/v1/events`, { headers: auth(backend.users.creator), signal: controller.signal });
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const readUntil = async (needle: string) => {
    while (!text.includes(needle)) text += decoder.decode((await reader.read()).value, { stream: true });
  };
  // A first connection gets its resume cursor and no history; then the new gift arrives live.
  await readUntil('id: ');
  assert.doesNotMatch(text, /event:/);
  await sendGift(backend, { giftId: 'heart' });
  await readUntil('"giftId":"heart"');
  assert.match(text, /event: gift\.received/, 'a new frame arrived on the open stream');
  controller.abort();
});

test('options: seed false leaves the store empty; baseUrl with a path; the clock is the given one', async () => {
  const empty = createMockBackend({ seed: false, baseUrl: 'https://api.example.test/wallet/', now: () => new Date('2030-01-02T03:04:05.000Z') });
  const local = setupServer(...empty.handlers);
  server.close();
  local.listen({ onUnhandledRequest: 'error' });
  try {
    assert.equal(empty.baseUrl, 'https://api.example.test/wallet');
    assert.equal((await fetch(`${empty.baseUrl}/v1/gifts`, { headers: { authorization: `Bearer ${empty.tokenFor('someone')}` } })).status, 503);
    const wallet = await fetch(`${empty.baseUrl}/v1/wallet/transactions`, { headers: { authorization: `Bearer ${empty.tokenFor('someone')}` } });
    assert.deepEqual(await wallet.json(), { data: [], nextCursor: null });
    assert.equal(empty.state.requests[0]?.path, '/v1/gifts');
    assert.equal(empty.state.requests[0]?.at, Date.parse('2030-01-02T03:04:05.000Z'));
  } finally {
    local.close();
    server.listen({ onUnhandledRequest: 'error' });
  }
});
