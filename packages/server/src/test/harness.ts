/** A wallet app over a fresh memory store with a movable clock, and a small client for `app.request`. */
import assert from 'node:assert/strict';
import { ERROR_CODES, ErrorEnvelope, type ErrorCode } from '@giftkit/contract';
import { createMemoryStore, createWalletApp, seedStore, SEED_USERS, type WalletConfig } from '../index.js';

/** A Wednesday noon, UTC: windows (day, ISO week, month) are easy to reason about from it. */
export const START = new Date('2026-03-04T12:00:00.000Z');

/**
 * The token the test app accepts for a user (creators are the ids starting with `creator`);
 * `user@BR` stands for a request of that user coming from region BR.
 */
export const tokenFor = (userId: string): string => `tok-${userId}`;

/** A body parsed from a reply; tests read fields of it freely. */
type Json = any;

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Json;
}

export interface CallOptions {
  body?: unknown;
  key?: string;
  headers?: Record<string, string>;
  as?: string | null;
}

/** Makes a seeded wallet app (unless `seed: false`) whose clock stands still until `advance` moves it. */
export async function makeWallet(options: { config?: Partial<WalletConfig>; seed?: boolean; corsOrigins?: string[] } = {}) {
  let now = START;
  const store = createMemoryStore();
  if (options.seed !== false) await seedStore(store, now, options.config ? { config: options.config } : {});
  const errors: unknown[] = [];
  const app = createWalletApp({
    store,
    authenticate: (token) => {
      const [, userId, region] = /^tok-([A-Za-z0-9_]+)(?:@([A-Z]{2}))?$/.exec(token) ?? [];
      if (!userId) return null;
      return { userId, role: userId.startsWith('creator') ? 'creator' : 'viewer', ...(region ? { region } : {}) };
    },
    now: () => now,
    baseUrl: 'https://wallet.test',
    ...(options.config ? { config: options.config } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    logError: (error) => errors.push(error),
  });

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
    const as = opts.as === undefined ? SEED_USERS.viewer : opts.as;
    if (as !== null) headers['authorization'] = `Bearer ${tokenFor(as)}`;
    if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const res = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  let keys = 0;
  const key = () => `test-key-${(keys += 1).toString().padStart(6, '0')}`;
  return {
    app,
    store,
    errors,
    call,
    /** A fresh Idempotency-Key. */
    key,
    /** `POST /v1/recharges` of a web card purchase of the 70-coin pack paid at once, with `body` overriding. */
    recharge: (body: Record<string, unknown> = {}, opts: CallOptions = {}) =>
      call('POST', '/v1/recharges', {
        key: key(), ...opts,
        body: { item: { type: 'package', packageId: 'pkg_70' }, platform: 'web', paymentMethod: 'card', testToken: 'tok_success', ...body },
      }),
    /** `POST /v1/gifts/send` of one Rose to Lena, with `body` overriding. */
    send: (body: Record<string, unknown> = {}, opts: CallOptions = {}) =>
      call('POST', '/v1/gifts/send', {
        key: key(), ...opts,
        body: { giftId: 'rose', recipientId: SEED_USERS.creator, streamId: 'stream_1', count: 1, ...body },
      }),
    now: () => now,
    advance(seconds: number) {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

/** Asserts the reply is the error envelope with `code` and the contract's status for it; returns the details. */
export function assertError(reply: Reply, code: ErrorCode): Json {
  assert.equal(reply.status, ERROR_CODES[code].status, `status of ${code}: ${reply.text}`);
  assert.ok(ErrorEnvelope.safeParse(reply.json).success, `an error envelope: ${reply.text}`);
  assert.equal(reply.json.error.code, code, reply.text);
  assert.equal(typeof reply.json.error.message, 'string');
  return reply.json.error.details ?? {};
}

/** Asserts `value` matches a contract schema and returns it, typed as the schema's output. */
export function assertSchema<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown } },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  assert.ok(result.success, `matches the contract: ${result.success ? '' : JSON.stringify(result.error)}\n${JSON.stringify(value)}`);
  return value as T;
}
