import type { StepUpChallenge } from '@giftkit/contract';
import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';

/**
 * A second factor is needed before the request goes through (`step_up_required`, 403). Thrown when no
 * `onStepUp` option is set: verify `challenge` yourself, then repeat the call with the same idempotency key.
 */
export class StepUpRequiredError extends HttpError {
  override readonly name = 'StepUpRequiredError' as const;
  /** The challenge to answer with a one-time code. */
  readonly challenge: StepUpChallenge;

  constructor(message: string, init: HttpErrorInit, challenge: StepUpChallenge) {
    super(message, init);
    this.challenge = challenge;
  }
}

/** Whether `error` is a {@link StepUpRequiredError}, also across realms. */
export const isStepUpRequiredError = errorGuard(StepUpRequiredError, 'StepUpRequiredError');
