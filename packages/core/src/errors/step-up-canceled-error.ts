import type { StepUpChallenge } from '@giftkit/contract';
import { GiftkitError } from './giftkit-error.js';
import { errorGuard } from './guard.js';

/** The viewer dismissed the step-up prompt: `onStepUp` returned `null` or `undefined`. Nothing was charged. */
export class StepUpCanceledError extends GiftkitError {
  override readonly name = 'StepUpCanceledError' as const;
  /** The challenge that was left unanswered. */
  readonly challenge: StepUpChallenge;

  constructor(challenge: StepUpChallenge) {
    super('The step-up verification was canceled.', { code: 'step_up_canceled' });
    this.challenge = challenge;
  }
}

/** Whether `error` is a {@link StepUpCanceledError}, also across realms. */
export const isStepUpCanceledError = errorGuard(StepUpCanceledError, 'StepUpCanceledError');
