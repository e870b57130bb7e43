/**
 * The sandbox payment provider: a test token picks the outcome of a recharge, as a card
 * provider's test mode does. No money moves and no card data is ever seen.
 */
import { WalletError } from './wallet-error.js';

/** Why the sandbox declines a payment. */
export type DeclineReason = 'card_declined' | 'insufficient_funds';

/** What the sandbox provider does with a payment. */
export type SandboxBehaviour =
  | { kind: 'succeed' }
  | { kind: 'decline'; reason: DeclineReason }
  | { kind: 'redirect' }
  | { kind: 'pending' }
  | { kind: 'step_up' };

/** Every test token and what it does. Without a token, a recharge goes through the hosted checkout. */
export const SANDBOX_TOKENS: Readonly<Record<string, SandboxBehaviour>> = Object.freeze({
  /** Paid at once. */
  tok_success: { kind: 'succeed' },
  /** Declined at once: `payment_declined`, reason `card_declined`. */
  tok_declined: { kind: 'decline', reason: 'card_declined' },
  /** Declined at once: `payment_declined`, reason `insufficient_funds`. */
  tok_insufficient_funds: { kind: 'decline', reason: 'insufficient_funds' },
  /** Sent to the hosted checkout (`requires_action` with a redirect). */
  tok_redirect: { kind: 'redirect' },
  /** Accepted for processing (`pending`); settles as paid on a later read of the recharge. */
  tok_pending: { kind: 'pending' },
  /** Asks for a step-up first, whatever the amount; paid once the step-up is passed. */
  tok_step_up: { kind: 'step_up' },
});

/** The texts of a decline, safe to show as text. */
export const DECLINE_MESSAGES: Readonly<Record<DeclineReason, string>> = {
  card_declined: 'The card was declined.',
  insufficient_funds: 'The card has insufficient funds.',
};

/** What the sandbox does for a token; throws `validation_failed` for a token it does not know. */
export function sandboxBehaviour(testToken: string | undefined): SandboxBehaviour {
  if (testToken === undefined) return { kind: 'redirect' };
  const behaviour = SANDBOX_TOKENS[testToken];
  if (!behaviour) {
    throw new WalletError('validation_failed', `Unknown sandbox test token ${testToken}.`, {
      testToken, known: Object.keys(SANDBOX_TOKENS),
    });
  }
  return behaviour;
}
