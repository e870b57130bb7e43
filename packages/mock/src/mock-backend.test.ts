import { expect } from 'chai';
import { setupWorker } from 'msw/browser';
import { createMockBackend } from '@giftkit/mock';

describe('createMockBackend with setupWorker in Chromium', () => {
  const backend = createMockBackend();
  const worker = setupWorker(...backend.handlers);
  const auth = (userId: string) => ({ authorization: `Bearer ${backend.tokenFor(userId)}` });
  const send = (key: string) =>
    fetch(`${backend.baseUrl}/v1/gifts/send`, {
      method: 'POST',
      headers: { ...auth(backend.users.viewer), 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ giftId: 'rose', recipientId: backend.users.creator, streamId: 'live', count: 2 }),
    });

  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  afterEach(() => backend.reset());
  after(() => worker.stop());

  it('answers a cross-origin fetch from the page with the seeded wallet', async () => {
    const res = await fetch(`${backend.baseUrl}/v1/wallet`, { headers: auth(backend.users.viewer) });
    expect(res.status).to.equal(200);
    const wallet = await res.json();
    expect([wallet.userId, wallet.coins, wallet.currency]).to.deep.equal(['viewer_ada', 1360, 'USD']);
  });

  it('runs the real rules in the page: a gift is debited once and replayed under its key', async () => {
    const first = await send('browser-key-0001');
    expect(first.status).to.equal(201);
    const replay = await send('browser-key-0001');
    expect(replay.headers.get('idempotent-replayed')).to.equal('true');
    expect(await replay.text()).to.equal(await first.text());
    expect(await backend.state.balance(backend.users.viewer)).to.equal(1358);
    expect(await backend.state.ledgerBalanced()).to.equal(true);
  });

  it('injects faults: Retry-After is readable across origins, a lost response was committed', async () => {
    backend.faults.add({ kind: 'rate_limit', retryAfter: 3 });
    const limited = await send('browser-key-0002');
    expect([limited.status, limited.headers.get('retry-after')]).to.deep.equal([429, '3']);
    backend.faults.add({ kind: 'lose_response' });
    let failed = false;
    await send('browser-key-0003').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await backend.state.balance(backend.users.viewer)).to.equal(1358);
    expect(backend.state.requests.map((r) => r.status)).to.deep.equal([429, 201]);
  });

  it('streams Server-Sent Events through the worker', async () => {
    const controller = new AbortController();
    const res = await fetch(`${backend.baseUrl}/v1/events`, { headers: auth(backend.users.creator), signal: controller.signal });
    expect(res.headers.get('content-type')).to.match(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (marker: RegExp) => {
      while (!marker.test(text)) text += decoder.decode((await reader.read()).value, { stream: true });
    };
    // A first connection gets its resume cursor, then only what happens from now on.
    await readUntil(/^id: \d+$/m);
    expect(text).to.match(/^retry: 3000/);
    expect(text).not.to.include('event:');
    expect((await send('browser-key-sse-01')).status).to.equal(201);
    await readUntil(/event: gift\.received/);
    controller.abort();
  });
});
