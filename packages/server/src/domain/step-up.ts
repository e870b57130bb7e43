/**
 * Step-up: a second factor before a sensitive request. The challenge is bound to the request's user,
 * Idempotency-Key and body; once verified, the repeat of exactly that request goes through, once.
 */
import type { StepUpChallenge, StepUpVerification } from '@giftkit/contract';
import type { ChallengeRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import type { DomainContext, Outcome } from './context.js';
import { newId } from './ids.js';
import { addSeconds, iso } from './time.js';
import { WalletError } from './wallet-error.js';

/** Why a request needs a step-up. */
export type StepUpReason = StepUpChallenge['reason'];

/** The identity of a guarded request: who sent it, under which key, with which body. */
export interface GuardedRequest {
  userId: string;
  operation: string;
  idempotencyKey: string;
  requestHash: string;
}

/** The challenge as the client sees it. */
export function publicChallenge(record: ChallengeRecord): StepUpChallenge {
  const { id, method, destination, length, attemptsLeft, expiresAt, reason } = record;
  return { id, method, destination, length, attemptsLeft, expiresAt, reason };
}

/**
 * Lets the request through when no step-up is needed (`reason` null) or when a verified, unused
 * challenge for exactly this request exists (which is then used up). Otherwise it issues a challenge
 * and refuses with `step_up_required`; the challenge is kept, so the caller must commit the refusal.
 */
export async function passStepUp(
  tx: WalletTx, ctx: DomainContext, request: GuardedRequest, reason: StepUpReason | null,
): Promise<Outcome<void>> {
  if (reason === null) return { ok: true, value: undefined };
  const now = ctx.now();
  const existing = await tx.challenges.findByKey(request.userId, request.idempotencyKey);
  if (
    existing?.status === 'verified' && existing.operation === request.operation
    && existing.requestHash === request.requestHash && existing.validUntil !== null && iso(now) < existing.validUntil
  ) {
    await tx.challenges.put({ ...existing, status: 'consumed' });
    return { ok: true, value: undefined };
  }
  const challenge: ChallengeRecord = {
    id: newId('chl'), method: 'sms', destination: '•••• 42', length: ctx.config.sandboxStepUpCode.length,
    attemptsLeft: ctx.config.stepUpMaxAttempts, expiresAt: iso(addSeconds(now, ctx.config.stepUpTtlSeconds)), reason,
    ...request, status: 'pending', validUntil: null,
  };
  await tx.challenges.put(challenge);
  return {
    ok: false,
    error: new WalletError('step_up_required', 'Confirm it is you, then repeat the request with the same Idempotency-Key.', {
      challenge: publicChallenge(challenge),
    }),
  };
}

/**
 * Checks a one-time code. A wrong code uses up an attempt (kept even though the answer is an
 * error); the last wrong attempt or expiry fails the challenge for good.
 */
export async function verifyChallenge(
  tx: WalletTx, ctx: DomainContext, userId: string, challengeId: string, code: string,
): Promise<Outcome<StepUpVerification>> {
  const challenge = await tx.challenges.get(challengeId);
  if (!challenge || challenge.userId !== userId) throw new WalletError('not_found', 'No such step-up challenge.');
  const now = iso(ctx.now());
  const failed = (message: string, reason: string, attemptsLeft: number): Outcome<StepUpVerification> => ({
    ok: false, error: new WalletError('step_up_failed', message, { reason, attemptsLeft }),
  });
  if (challenge.status === 'verified' && challenge.validUntil !== null) {
    return { ok: true, value: { challengeId, status: 'verified', validUntil: challenge.validUntil } };
  }
  if (challenge.status === 'consumed') return failed('This challenge was already used.', 'used', 0);
  if (challenge.status === 'failed') return failed('This challenge can no longer be answered.', 'locked', 0);
  if (now >= challenge.expiresAt) {
    await tx.challenges.put({ ...challenge, status: 'failed', attemptsLeft: 0 });
    return failed('This challenge has expired; repeat the request for a new one.', 'expired', 0);
  }
  if (code !== ctx.config.sandboxStepUpCode) {
    const attemptsLeft = challenge.attemptsLeft - 1;
    await tx.challenges.put({ ...challenge, attemptsLeft, status: attemptsLeft > 0 ? 'pending' : 'failed' });
    return failed('The code is not right.', attemptsLeft > 0 ? 'wrong_code' : 'locked', attemptsLeft);
  }
  const validUntil = iso(addSeconds(ctx.now(), ctx.config.stepUpValidSeconds));
  await tx.challenges.put({ ...challenge, status: 'verified', validUntil });
  return { ok: true, value: { challengeId, status: 'verified', validUntil } };
}
