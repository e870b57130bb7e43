import { expect } from 'chai';
import {
  isHttpError, isNetworkError, isRateLimitedError, isSchemaError, isTimeoutError, type Gift,
} from '@giftkit/core';
import { useHarness, rejectionOf, until } from '../test/harness.js';

/** A fetch that records each request's time and headers before passing it on. */
function recordingFetch(): { fetch: typeof fetch; sent: { url: string; at: number; headers: Headers }[] } {
  const sent: { url: string; at: number; headers: Headers }[] = [];
  return {
    sent,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push({ url: request.url, at: performance.now(), headers: request.headers });
      return fetch(request);
    },
  };
}

describe('HTTP layer', () => {
  const harness = useHarness();
  const requestsTo = (path: string) => harness.backend.state.requests.filter((r) => r.path === path);

  it('sends a fresh bearer token from getToken on every request, retries included', async () => {
    const { backend } = harness;
    const recorder = recordingFetch();
    let calls = 0;
    const giftkit = harness.sdk({
      fetch: recorder.fetch,
      getToken: async () => {
        calls++;
        return backend.tokenFor(backend.users.viewer);
      },
    });
    backend.faults.add({ kind: 'status', status: 503, match: { method: 'GET', path: '/v1/wallet' } });
    await giftkit.wallet.get();
    expect(calls).to.equal(2);
    expect(recorder.sent.map((s) => s.headers.get('authorization'))).to.deep.equal([
      `Bearer ${backend.tokenFor(backend.users.viewer)}`,
      `Bearer ${backend.tokenFor(backend.users.viewer)}`,
    ]);
  });

  it('retries a GET after 5xx answers and returns the answer that follows', async () => {
    const giftkit = harness.sdk();
    harness.backend.faults.add({ kind: 'status', status: 502, match: { method: 'GET', path: '/v1/wallet' }, times: 2 });
    const wallet = await giftkit.wallet.get();
    expect(wallet.userId).to.equal(harness.backend.users.viewer);
    expect(requestsTo('/v1/wallet').map((r) => r.status)).to.deep.equal([502, 502, 200]);
  });

  it('stops after the retry limit and throws the typed error', async () => {
    const giftkit = harness.sdk({ retry: { limit: 2, baseDelay: 1, maxDelay: 5 } });
    harness.backend.faults.add({ kind: 'status', status: 500, match: { path: '/v1/wallet' }, times: 10 });
    const error = await rejectionOf(giftkit.wallet.get());
    expect(isHttpError(error) && error.status).to.equal(500);
    expect(requestsTo('/v1/wallet')).to.have.length(3);
  });

  it('turns a network failure that persists into a NetworkError after retrying it', async () => {
    const giftkit = harness.sdk({ retry: { limit: 1, baseDelay: 1, maxDelay: 5 } });
    harness.backend.faults.add({ kind: 'network_error', match: { path: '/v1/wallet' }, times: 5 });
    const error = await rejectionOf(giftkit.wallet.get());
    expect(isNetworkError(error)).to.equal(true);
    expect((error as { retryable: boolean }).retryable).to.equal(true);
  });

  it('gives up on a slow answer after `timeout` with a TimeoutError', async () => {
    const giftkit = harness.sdk({ timeout: 100, retry: 0 });
    harness.backend.faults.add({ kind: 'latency', ms: 1000, match: { path: '/v1/wallet' } });
    const started = performance.now();
    const error = await rejectionOf(giftkit.wallet.get());
    expect(isTimeoutError(error)).to.equal(true);
    expect(performance.now() - started).to.be.below(900);
    // The backend still answers the abandoned request; let it finish before the next test resets it.
    await until(() => requestsTo('/v1/wallet').length === 1, 3000, 'the late answer');
  });

  it('reports schema drift as a SchemaError carrying the issues, without retrying', async () => {
    const giftkit = harness.sdk();
    harness.backend.faults.add({ kind: 'malformed', match: { path: '/v1/wallet' } });
    const error = await rejectionOf(giftkit.wallet.get());
    expect(isSchemaError(error)).to.equal(true);
    if (!isSchemaError(error)) return;
    expect(error.issues.length).to.be.greaterThan(0);
    expect(error.retryable).to.equal(false);
    expect(requestsTo('/v1/wallet')).to.have.length(1);
  });

  it('waits at least the announced Retry-After before retrying a 429', async () => {
    const recorder = recordingFetch();
    const giftkit = harness.sdk({ fetch: recorder.fetch });
    harness.backend.faults.add({ kind: 'rate_limit', retryAfter: 1, match: { path: '/v1/wallet' } });
    await giftkit.wallet.get();
    expect(recorder.sent).to.have.length(2);
    const [first, second] = recorder.sent;
    expect(second!.at - first!.at).to.be.at.least(1000);
  });

  it('fails at once with a RateLimitedError when Retry-After is longer than maxRetryAfter', async () => {
    const giftkit = harness.sdk({ retry: { maxRetryAfter: 5000 } });
    harness.backend.faults.add({ kind: 'rate_limit', retryAfter: 120, match: { path: '/v1/wallet' } });
    const error = await rejectionOf(giftkit.wallet.get());
    expect(isRateLimitedError(error) && error.retryAfter).to.equal(120_000);
    expect(requestsTo('/v1/wallet')).to.have.length(1);
  });

  describe('state-changing requests', () => {
    let gift: Gift;
    const sendTo = () => ({ recipientId: harness.backend.users.creator, streamId: 'stream_1' });

    beforeEach(async () => {
      const { gifts } = await harness.sdk().gifts.catalog();
      gift = gifts.reduce((a, b) => (a.coins <= b.coins ? a : b));
      await harness.backend.state.grant(harness.backend.users.viewer, 1000);
    });

    it('retries a send whose response was lost with the same key, and charges once', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const before = await backend.state.balance(backend.users.viewer);
      const giftTransactions = async () =>
        (await giftkit.wallet.transactions({ limit: 100 })).data.filter((t) => t.type === 'gift').length;
      const giftsBefore = await giftTransactions();
      backend.faults.add({ kind: 'lose_response', match: { method: 'POST', path: '/v1/gifts/send' } });
      const sent = await giftkit.gifts.send(gift, sendTo());
      expect(sent.balance).to.equal(before - gift.coins);
      expect(await backend.state.balance(backend.users.viewer)).to.equal(before - gift.coins);
      const sends = requestsTo('/v1/gifts/send');
      expect(sends).to.have.length(2);
      expect(sends[0]!.idempotencyKey).to.be.a('string').and.equal(sends[1]!.idempotencyKey);
      expect(await giftTransactions()).to.equal(giftsBefore + 1);
      expect(await backend.state.ledgerBalanced()).to.equal(true);
    });

    it('retries idempotency_in_flight (409) with the same key until the first request is done', async () => {
      const { backend } = harness;
      const keys: (string | null)[] = [];
      const giftkit = harness.sdk({
        // The backend answers 409 only while another request with the key is mid-transaction, which an
        // in-memory store never is for long: the first answer is made up here.
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (!request.url.endsWith('/v1/gifts/send')) return fetch(request);
          keys.push(request.headers.get('idempotency-key'));
          if (keys.length > 1) return fetch(request);
          const body = { error: { code: 'idempotency_in_flight', message: 'Still processing this key.' } };
          return new Response(JSON.stringify(body), { status: 409, headers: { 'content-type': 'application/json' } });
        },
      });
      const before = await backend.state.balance(backend.users.viewer);
      const sent = await giftkit.gifts.send(gift, sendTo());
      expect(keys).to.have.length(2);
      expect(keys[1]).to.be.a('string').and.equal(keys[0]);
      expect(sent.balance).to.equal(before - gift.coins);
    });
  });
});
