import { expect } from 'chai';
import { backoffDelay, retryPolicy, shouldRetry } from './retry-policy.js';
import { parseRetryAfter } from './retry-after.js';
import { NetworkError } from '../errors/network-error.js';
import { HttpError } from '../errors/http-error.js';

describe('retry policy', () => {
  const policy = retryPolicy({ baseDelay: 100, maxDelay: 1000 });

  it('fills in defaults and takes a bare number as the limit', () => {
    expect(retryPolicy(undefined)).to.deep.equal({ limit: 3, baseDelay: 300, maxDelay: 5000, maxRetryAfter: 60_000 });
    expect(retryPolicy(0).limit).to.equal(0);
    expect(() => retryPolicy({ limit: -1 })).to.throw(RangeError, /retry.limit/);
  });

  it('uses full jitter: anywhere from zero up to the capped exponential', () => {
    expect(backoffDelay(0, policy, () => 0)).to.equal(0);
    expect(backoffDelay(0, policy, () => 0.999)).to.equal(99);
    expect(backoffDelay(2, policy, () => 0.5)).to.equal(200);
    // 100 · 2^10 is far past the cap.
    expect(backoffDelay(10, policy, () => 0.999)).to.equal(999);
  });

  it('retries GET and PUT, and POST only with an Idempotency-Key', () => {
    const network = new NetworkError(new TypeError('offline'));
    expect(shouldRetry(network, 'GET', false)).to.equal(true);
    expect(shouldRetry(network, 'PUT', false)).to.equal(true);
    expect(shouldRetry(network, 'POST', false)).to.equal(false);
    expect(shouldRetry(network, 'POST', true)).to.equal(true);
  });

  it('does not retry errors that the same request cannot fix', () => {
    const notFound = new HttpError('no', { status: 404, code: 'not_found', retryable: false });
    expect(shouldRetry(notFound, 'GET', false)).to.equal(false);
    expect(shouldRetry(new Error('boom'), 'GET', false)).to.equal(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates as milliseconds', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter('0.5')).to.equal(500);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:03 GMT', now)).to.equal(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
  });

  it('gives null for a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).to.equal(null);
    expect(parseRetryAfter('soon')).to.equal(null);
  });
});
