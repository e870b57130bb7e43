import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Wallet } from '@giftkit/contract';
import { createMemoryStore, createWalletApp, type WalletStore } from './index.js';
import { assertError, assertSchema, makeWallet } from './test/harness.js';

test('a request without a bearer token is answered 401 unauthorized', async () => {
  const w = await makeWallet();
  assertError(await w.call('GET', '/v1/wallet', { as: null }), 'unauthorized');
  assertError(await w.call('GET', '/v1/wallet', { as: null, headers: { authorization: 'Basic abc' } }), 'unauthorized');
});

test('a token the host does not accept is answered 401 unauthorized', async () => {
  const w = await makeWallet();
  assertError(await w.call('GET', '/v1/wallet', { as: null, headers: { authorization: 'Bearer not-a-token' } }), 'unauthorized');
});

test('a principal with an id outside the contract is refused rather than stored', async () => {
  const app = createWalletApp({ store: createMemoryStore(), authenticate: () => ({ userId: 'has spaces', role: 'viewer' }) });
  const res = await app.request('/v1/wallet', { headers: { authorization: 'Bearer x' } });
  assert.equal(res.status, 401);
});

test('unknown routes answer the 404 not_found envelope, inside and outside /v1', async () => {
  const w = await makeWallet();
  assertError(await w.call('GET', '/v1/nothing-here'), 'not_found');
  assertError(await w.call('DELETE', '/v1/wallet'), 'not_found');
  assertError(await w.call('GET', '/favicon.ico', { as: null }), 'not_found');
});

test('invalid input answers 400 validation_failed listing the issues', async () => {
  const w = await makeWallet();
  const details = assertError(await w.call('GET', '/v1/wallet/spending?period=year'), 'validation_failed');
  assert.equal(details.issues[0].path, 'query.period');
  const notJson = await w.app.request('/v1/wallet/budgets', {
    method: 'PUT', headers: { authorization: 'Bearer tok-viewer_ada', 'content-type': 'application/json' }, body: '{nope',
  });
  assert.equal(notJson.status, 400);
  assert.equal((await notJson.json()).error.code, 'validation_failed');
});

test('a store failure answers 500 internal_error without leaking the cause, and is logged', async () => {
  const broken: WalletStore = { ...createMemoryStore(), transaction: () => Promise.reject(new Error('disk on fire')) };
  const logged: unknown[] = [];
  const app = createWalletApp({ store: broken, authenticate: () => ({ userId: 'ada', role: 'viewer' }), logError: (e) => logged.push(e) });
  const res = await app.request('/v1/wallet', { headers: { authorization: 'Bearer x' } });
  assert.equal(res.status, 500);
  const body = await res.json();
  assert.equal(body.error.code, 'internal_error');
  assert.doesNotMatch(body.error.message, /disk/);
  assert.equal((logged[0] as Error).message, 'disk on fire');
});

test('an unseeded store answers 503 unavailable for what needs the catalog', async () => {
  const w = await makeWallet({ seed: false });
  assertError(await w.call('GET', '/v1/gifts'), 'unavailable');
  assertError(await w.call('GET', '/v1/wallet'), 'unavailable');
});

test('a user the wallet has not seen gets an empty wallet in their region', async () => {
  const w = await makeWallet();
  const res = await w.call('GET', '/v1/wallet', { as: 'viewer_new' });
  assert.equal(res.status, 200);
  assertSchema(Wallet, res.json);
  assert.deepEqual([res.json.coins, res.json.region, res.json.currency], [0, 'US', 'USD']);
  assert.equal(res.json.flags.ageRestricted, false);
});

test('CORS: allowed origins get the headers, exposed and allowed headers are listed, others get none', async () => {
  const w = await makeWallet({ corsOrigins: ['https://site.example'] });
  const preflight = await w.app.request('/v1/gifts/send', {
    method: 'OPTIONS',
    headers: { origin: 'https://site.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,idempotency-key' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://site.example');
  const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const h of ['authorization', 'idempotency-key', 'content-type', 'if-none-match', 'last-event-id']) assert.match(allowed, new RegExp(h));
  const simple = await w.call('GET', '/v1/gifts', { headers: { origin: 'https://site.example' } });
  assert.equal(simple.headers.get('access-control-allow-origin'), 'https://site.example');
  assert.match(simple.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
  assert.match(simple.headers.get('access-control-expose-headers') ?? '', /ETag/);
  const other = await w.call('GET', '/v1/gifts', { headers: { origin: 'https://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

test('CORS with ["*"] allows any origin', async () => {
  const w = await makeWallet({ corsOrigins: ['*'] });
  const res = await w.call('GET', '/v1/gifts', { headers: { origin: 'https://any.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
});

test('bad options fail at creation, not on the first request', () => {
  const store = createMemoryStore();
  const authenticate = () => null;
  assert.throws(() => createWalletApp({ store, authenticate, config: { creatorShareBps: 12000 } }), /creatorShareBps/);
  assert.throws(() => createWalletApp({ store, authenticate, config: { sandboxStepUpCode: 'abc' } }), /sandboxStepUpCode/);
  assert.throws(() => createWalletApp({ store, authenticate, baseUrl: 'ftp://x' }), TypeError);
});
