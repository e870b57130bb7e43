import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';
import { countDetail } from './details.js';

/** The one-time code was wrong or the challenge expired (`step_up_failed`, 403). */
export class StepUpFailedError extends HttpError {
  override readonly name = 'StepUpFailedError' as const;
  /** Codes that may still be tried on this challenge, from `details.attemptsLeft`; `null` when not said. */
  readonly attemptsLeft: number | null;

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    this.attemptsLeft = countDetail(init.details, 'attemptsLeft');
  }
}

/** Whether `error` is a {@link StepUpFailedError}, also across realms. */
export const isStepUpFailedError = errorGuard(StepUpFailedError, 'StepUpFailedError');
