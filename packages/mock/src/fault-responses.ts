/** The responses a fault puts in place of the backend's. */
import type { ErrorEnvelope } from '@giftkit/contract';

// Synthetic responses carry the same CORS headers as the app's, so a page on another origin can
// read them exactly as it reads real ones.
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After, ETag, Idempotent-Replayed' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...CORS, ...headers } });

const envelope = (code: string, message: string, details?: Record<string, unknown>): ErrorEnvelope => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/** A 5xx error envelope: `internal_error` for 500, `unavailable` for 502 and 503. */
export function serverErrorResponse(status: 500 | 502 | 503): Response {
  return status === 500
    ? json(500, envelope('internal_error', 'Injected fault: the wallet service failed; nothing was changed.'))
    : json(status, envelope('unavailable', 'Injected fault: the wallet service is briefly unavailable.'));
}

/** `429 rate_limited` with `Retry-After`. */
export function rateLimitResponse(retryAfter: number): Response {
  return json(429, envelope('rate_limited', `Injected fault: too many requests; retry after ${retryAfter} s.`, { retryAfter }), {
    'retry-after': String(retryAfter),
  });
}

/** `value` with its first number turned into a string, or else its first string into a number. */
export function corrupt(value: unknown): unknown {
  let done = false;
  const walk = (v: unknown, kind: 'number' | 'string'): unknown => {
    if (done) return v;
    if (typeof v === kind) {
      done = true;
      return kind === 'number' ? 'corrupted' : 12345;
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, kind));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, kind)]));
    return v;
  };
  const numbersBroken = walk(value, 'number');
  if (done) return numbersBroken;
  const stringsBroken = walk(value, 'string');
  return done ? stringsBroken : { corrupted: true };
}

/** A 200 whose body breaks the contract: `body` when given, else the real body with a field corrupted. */
export async function malformedResponse(real: Response, body?: unknown): Promise<Response> {
  if (body !== undefined || !(real.headers.get('content-type') ?? '').includes('application/json')) {
    // An event stream is never read to its end here: it has none.
    await real.body?.cancel();
    return json(200, body ?? { corrupted: true });
  }
  return json(200, corrupt(await real.json()));
}
