/**
 * Idempotency-Key handling after the IETF httpapi draft: the key is claimed in its own unit of work
 * (so a concurrent repeat sees it in flight), the work and the stored response commit together, and
 * answers the client must be free to retry are not kept.
 */
import { IdempotencyKey, type ErrorCode, type OperationId } from '@giftkit/contract';
import type { Context } from 'hono';
import type { Outcome } from '../domain/context.js';
import type { GuardedRequest } from '../domain/step-up.js';
import { addSeconds, iso } from '../domain/time.js';
import { WalletError } from '../domain/wallet-error.js';
import type { UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { withUser, type AppDeps, type AppEnv } from './env.js';
import { asWalletError, errorReply, okReply, toResponse, type Reply } from './responses.js';
import { parseWith, readJson, type Schema } from './validate.js';

// A step-up is answered by repeating the request with the same key, a rate limit by waiting, a
// 5xx by retrying: keeping any of them would replay the refusal forever.
const NOT_KEPT: ReadonlySet<ErrorCode> = new Set(['step_up_required', 'rate_limited', 'unauthorized']);

/** Whether a reply is kept for replay under its Idempotency-Key. */
export const isKept = (reply: Reply): boolean => reply.status < 500 && (reply.code === null || !NOT_KEPT.has(reply.code));

/** The work of an idempotent operation, run in one unit of work with the caller's user. */
export type IdempotentWork<B> = (tx: WalletTx, user: UserRecord, body: B, request: GuardedRequest) => Promise<Outcome<unknown>>;

type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: string } | { kind: 'mismatch' } | { kind: 'in_flight' };

function readKey(c: Context<AppEnv>): string {
  const header = c.req.header('idempotency-key');
  if (header === undefined) {
    throw new WalletError('validation_failed', 'This request needs an Idempotency-Key header.', {
      issues: [{ path: 'header.Idempotency-Key', message: 'required' }],
    });
  }
  if (!IdempotencyKey.safeParse(header).success) {
    throw new WalletError('validation_failed', 'An Idempotency-Key is 8 to 255 visible ASCII characters.', {
      issues: [{ path: 'header.Idempotency-Key', message: 'invalid' }],
    });
  }
  return header;
}

/**
 * Runs an idempotent operation: missing or malformed key → `validation_failed`; a key seen with
 * another body → `idempotency_mismatch`; a key still being processed → `idempotency_in_flight`;
 * a key with a kept response → that response, replayed byte for byte.
 */
export async function runIdempotent<B>(
  c: Context<AppEnv>, deps: AppDeps, operation: OperationId, successStatus: number, schema: Schema<B>, work: IdempotentWork<B>,
): Promise<Response> {
  const principal = c.get('principal');
  const key = readKey(c);
  const raw = await readJson(c);
  const body = parseWith(schema, raw, 'body');
  const requestHash = await sha256Hex(canonicalJson(raw));
  const scope = `${principal.userId}:${operation}`;
  const { store, ctx } = deps;

  const claim = await store.transaction(async (tx): Promise<Claim> => {
    const now = ctx.now();
    const record = await tx.idempotency.get(scope, key);
    if (record) {
      if (record.requestHash !== requestHash) return { kind: 'mismatch' };
      if (record.state === 'completed') return { kind: 'replay', ...record.response };
      if (iso(now) < record.lockedUntil) return { kind: 'in_flight' };
    }
    await tx.idempotency.put({
      scope, key, requestHash, createdAt: iso(now), state: 'in_flight',
      lockedUntil: iso(addSeconds(now, ctx.config.idempotencyLockSeconds)),
    });
    return { kind: 'claimed' };
  });
  if (claim.kind === 'replay') {
    return toResponse({ status: claim.status, body: claim.body, code: null }, { 'idempotent-replayed': 'true' });
  }
  if (claim.kind === 'mismatch') {
    throw new WalletError('idempotency_mismatch', 'This Idempotency-Key was used with a different request body.');
  }
  if (claim.kind === 'in_flight') {
    throw new WalletError('idempotency_in_flight', 'A request with this Idempotency-Key is still being processed.');
  }

  const settle = async (tx: WalletTx, reply: Reply) => {
    if (!isKept(reply)) return tx.idempotency.delete(scope, key);
    return tx.idempotency.put({ scope, key, requestHash, createdAt: iso(ctx.now()), state: 'completed', response: { status: reply.status, body: reply.body } });
  };
  const request: GuardedRequest = { userId: principal.userId, operation, idempotencyKey: key, requestHash };
  let reply: Reply;
  try {
    reply = await withUser(deps, principal, async (tx, user) => {
      const outcome = await work(tx, user, body, request);
      const computed = outcome.ok ? okReply(successStatus, outcome.value) : errorReply(outcome.error);
      await settle(tx, computed);
      return computed;
    });
  } catch (error) {
    // The work rolled back; its refusal is kept (or the key freed) in a unit of its own.
    if (!WalletError.is(error)) deps.logError(error);
    reply = errorReply(asWalletError(error));
    await store.transaction((tx) => settle(tx, reply));
  }
  return toResponse(reply);
}
