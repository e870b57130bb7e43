import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { createJwtAuthenticator, seedStore, SEED_USERS, signViewerToken } from '@giftkit/server';
import { createSqliteStore, serveWallet, type WalletServer } from '@giftkit/server/node';
import { sseReader } from '../test/sse.js';

const secret = 'serve-test-secret-of-at-least-32-bytes';

async function running(): Promise<{ server: WalletServer; token: string; close(): Promise<void> }> {
  const store = await createSqliteStore({ filename: ':memory:' });
  await seedStore(store, new Date());
  const server = await serveWallet({ options: { store, authenticate: createJwtAuthenticator({ secret }) }, port: 0 });
  const token = await signViewerToken({ userId: SEED_USERS.viewer, role: 'viewer' }, { secret });
  return {
    server,
    token,
    async close() {
      await server.close();
      await store.close();
    },
  };
}

test('serveWallet answers the API over HTTP, with the token or 401 without it', async () => {
  const { server, token, close } = await running();
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:[0-9]+$/);
    const ok = await fetch(`${server.url}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { coins: number }).coins, 1360);
    const refused = await fetch(`${server.url}/v1/wallet`, { headers: { authorization: 'Bearer not-a-token' } });
    assert.equal(refused.status, 401);
    assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'unauthorized');
  } finally {
    await close();
  }
});

test('server-sent events flush through the Node server as they happen, and close() ends the stream', async () => {
  const { server, token, close } = await running();
  const headers = { authorization: `Bearer ${token}` };
  let closed = false;
  try {
    const stream = await fetch(`${server.url}/v1/events`, { headers });
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
    const sse = sseReader(stream.body!);
    // The first frames (the retry hint and the backlog) arrive without the stream ending.
    await sse.until((blocks) => blocks.some((b) => b.retry === '3000'), 2000);
    const backlog = sse.events().length;
    const sent = await fetch(`${server.url}/v1/gifts/send`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': 'serve-test-send-1', 'content-type': 'application/json' },
      body: JSON.stringify({ giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 'stream_1', count: 1 }),
    });
    assert.equal(sent.status, 201);
    const events = (await sse.until((blocks) => blocks.filter((b) => b.data).length > backlog, 2000)).filter((b) => b.data);
    const pushed = JSON.parse(events[events.length - 1]!.data!) as { type: string; data: { coins: number } };
    assert.equal(pushed.type, 'balance.changed');
    assert.equal(pushed.data.coins, 1359);

    const started = Date.now();
    await close();
    closed = true;
    assert.ok(Date.now() - started < 2000, `close() did not wait out the grace period (${Date.now() - started} ms)`);
    await assert.rejects(sse.until(() => false, 2000), /SSE stream ended|terminated|aborted/);
  } finally {
    if (!closed) await close();
  }
});

test('with app options, checkout links point at the address served', async () => {
  const { server, token, close } = await running();
  try {
    const res = await fetch(`${server.url}/v1/recharges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'serve-test-recharge', 'content-type': 'application/json' },
      body: JSON.stringify({ item: { type: 'package', packageId: 'pkg_70' }, platform: 'web', paymentMethod: 'card', testToken: 'tok_redirect' }),
    });
    const body = (await res.json()) as { recharge: { nextAction: { type: string; url: string } } };
    assert.equal(body.recharge.nextAction.type, 'redirect');
    assert.ok(body.recharge.nextAction.url.startsWith(`${server.url}/sandbox/checkout/`), body.recharge.nextAction.url);
    const page = await fetch(body.recharge.nextAction.url);
    assert.equal(page.status, 200);
  } finally {
    await close();
  }
});

test('serveWallet rejects when the port is taken, and on a bad port', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  const store = await createSqliteStore({ filename: ':memory:' });
  try {
    const options = { store, authenticate: () => null };
    await assert.rejects(serveWallet({ options, port }), /EADDRINUSE/);
    assert.throws(() => serveWallet({ options, port: 70_000 }), RangeError);
  } finally {
    blocker.close();
    await store.close();
  }
});
