/** Answers a step-up challenge through the `onStepUp` option, re-prompting after a wrong code. */
import type { StepUpChallenge } from '@giftkit/contract';
import { StepUpCanceledError } from '../errors/step-up-canceled-error.js';
import { isStepUpFailedError, type StepUpFailedError } from '../errors/step-up-failed-error.js';

/** What `onStepUp` learns besides the challenge. */
export interface StepUpContext {
  /** 1 on the first prompt for this challenge, 2 after one wrong code, and so on. */
  readonly attempt: number;
  /** Why the previous code was refused, on a repeated prompt; `null` on the first. */
  readonly error: StepUpFailedError | null;
  /** Aborts when the call that needs the step-up is aborted. */
  readonly signal: AbortSignal | null;
}

/**
 * Asks the viewer for the one-time code of `challenge`; returns the code, or `null`/`undefined` when the
 * viewer cancels.
 */
export type StepUpHandler = (
  challenge: StepUpChallenge,
  context: StepUpContext,
) => string | null | undefined | Promise<string | null | undefined>;

/**
 * Prompts with `onStepUp` and verifies each code with `verify` until one is accepted. A wrong code with
 * attempts left prompts again with the updated `attemptsLeft`; cancel throws {@link StepUpCanceledError};
 * any other failure (no attempts left, expired challenge) is rethrown.
 */
export async function resolveStepUp(
  challenge: StepUpChallenge,
  onStepUp: StepUpHandler,
  verify: (challengeId: string, code: string) => Promise<unknown>,
  signal: AbortSignal | undefined,
): Promise<void> {
  let current = challenge;
  let error: StepUpFailedError | null = null;
  for (let attempt = 1; ; attempt++) {
    const code = await onStepUp(current, { attempt, error, signal: signal ?? null });
    if (code === null || code === undefined) throw new StepUpCanceledError(current);
    try {
      await verify(current.id, code.trim());
      return;
    } catch (caught) {
      if (!isStepUpFailedError(caught) || !caught.attemptsLeft) throw caught;
      error = caught;
      current = { ...current, attemptsLeft: caught.attemptsLeft };
    }
  }
}
