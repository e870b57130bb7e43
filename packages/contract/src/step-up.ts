/** Step-up authentication: a second factor asked for before a sensitive request goes through. */
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';
import { Count } from './money.js';

/** How the one-time code reaches the viewer. */
export const StepUpMethod = z.enum(['totp', 'sms', 'email']);

/**
 * The challenge carried in `details.challenge` of a `step_up_required` error. Verify it with
 * `POST /v1/step-up/{id}/verify`, then repeat the original request with the same Idempotency-Key.
 */
export const StepUpChallenge = z.object({
  id: Id,
  method: StepUpMethod,
  /** Where the code was sent, masked (`•••• 42`), for sms and email. Render as text. */
  destination: z.nullable(z.string()),
  /** Digits in the code. */
  length: Count.check(z.minimum(4), z.maximum(10)),
  attemptsLeft: Count,
  expiresAt: Timestamp,
  /** Why the server asks: amount over the threshold, unusual velocity, new device… */
  reason: z.enum(['amount', 'velocity', 'new_device', 'policy']),
});
/** A step-up challenge to answer with a one-time code. */
export type StepUpChallenge = z.infer<typeof StepUpChallenge>;

/** `POST /v1/step-up/{challengeId}/verify` body. */
export const VerifyStepUpRequest = z.object({
  code: z.string().check(z.regex(/^[0-9]{4,10}$/)),
});
/** `POST /v1/step-up/{challengeId}/verify` body. */
export type VerifyStepUpRequest = z.infer<typeof VerifyStepUpRequest>;

/** `POST /v1/step-up/{challengeId}/verify` answer. */
export const StepUpVerification = z.object({
  challengeId: Id,
  status: z.literal('verified'),
  /** Until when a repeat of the challenged request is accepted. */
  validUntil: Timestamp,
});
/** A verified step-up. */
export type StepUpVerification = z.infer<typeof StepUpVerification>;
