/** The one-time-code screen of the recharge dialog, shown when the wallet asks for a second factor. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { StepUpChallenge } from '@giftkit/core';
import { plural } from '../internal/plural.js';

/** Why the last code did not go through. */
export type StepUpProblem =
  /** Fewer digits than the challenge's length. */
  | 'incomplete'
  /** The server refused the code; attempts are left. */
  | 'wrong-code'
  /** The challenge expired, or no attempts are left: a new code is needed. */
  | 'expired'
  | 'locked'
  /** The code could not be checked (network); it may be right. */
  | 'unreachable';

/** What the code screen shows and the handlers of what the viewer does there. */
export interface StepUpView {
  readonly challenge: StepUpChallenge;
  readonly code: string;
  readonly problem: StepUpProblem | null;
  /** A verification or the resumed purchase is in flight. */
  readonly busy: boolean;
  onInput(event: InputEvent): void;
  onVerify(event: SubmitEvent): void;
  onNewCode(): void;
  onCancel(): void;
}

function instructions(challenge: StepUpChallenge): string {
  const digits = challenge.length;
  if (challenge.method === 'totp' || challenge.destination === null) {
    return msg(str`Enter the ${digits}-digit code from your authenticator app.`, { id: 'gk.recharge.stepUp.totp' });
  }
  return challenge.method === 'sms'
    ? msg(str`Enter the ${digits}-digit code we sent by text message to ${challenge.destination}.`, { id: 'gk.recharge.stepUp.sms' })
    : msg(str`Enter the ${digits}-digit code we sent by email to ${challenge.destination}.`, { id: 'gk.recharge.stepUp.email' });
}

/** "N attempts left.", in the form `count` takes. */
function attemptsLeft(count: number): string {
  return plural(count, 'gk.recharge.stepUp.attemptsLeft.', str`${count} attempt left.`, str`${count} attempts left.`);
}

function problemText(view: StepUpView): string | null {
  switch (view.problem) {
    case 'incomplete':
      return msg(str`Enter all ${view.challenge.length} digits of the code.`, { id: 'gk.recharge.stepUp.incomplete' });
    case 'wrong-code':
      return msg('That code is not right. Check it and try again.', { id: 'gk.recharge.stepUp.wrongCode' });
    case 'expired':
      return msg('This code has expired. Ask for a new one.', { id: 'gk.recharge.stepUp.expired' });
    case 'locked':
      return msg('Too many wrong codes. Ask for a new one.', { id: 'gk.recharge.stepUp.locked' });
    case 'unreachable':
      return msg('The code could not be checked. Check your connection and try again.', { id: 'gk.recharge.stepUp.unreachable' });
    default:
      return null;
  }
}

/** The one-time-code screen. */
export function renderStepUp(view: StepUpView): TemplateResult {
  const dead = view.problem === 'expired' || view.problem === 'locked';
  const problem = problemText(view);
  const described = ['code-help', problem ? 'code-error' : ''].filter(Boolean).join(' ');
  return html`<form class="step-up" part="step-up" novalidate @submit=${view.onVerify}>
    <h3 id="step-up-title" class="screen-title" tabindex="-1">${msg("Confirm it's you", { id: 'gk.recharge.stepUp.title' })}</h3>
    <p>${msg('To protect your account, this purchase needs a one-time code. You will not be charged twice.', { id: 'gk.recharge.stepUp.why' })}</p>
    <div class="field">
      <label for="code">${msg('One-time code', { id: 'gk.recharge.stepUp.label' })}</label>
      <input id="code" part="code-input" class="code" type="text" name="one-time-code" autocomplete="one-time-code"
        inputmode="numeric" enterkeyhint="done" spellcheck="false" .value=${view.code}
        aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described}
        ?readonly=${view.busy} ?disabled=${dead} @input=${view.onInput} />
      <p id="code-help" class="hint">${instructions(view.challenge)} ${dead ? nothing : attemptsLeft(view.challenge.attemptsLeft)}</p>
      ${problem ? html`<p id="code-error" class="error" role="alert" part="field-error">${problem}</p>` : nothing}
    </div>
    <div class="actions">
      ${dead
        ? html`<button type="button" class="primary" part="new-code-button" @click=${view.onNewCode}>${msg('Send a new code', { id: 'gk.recharge.stepUp.newCode' })}</button>`
        : html`<button type="submit" class="primary" part="verify-button" aria-disabled=${view.busy ? 'true' : 'false'}>
            ${view.busy ? msg('Checking…', { id: 'gk.recharge.stepUp.checking' }) : msg('Confirm and pay', { id: 'gk.recharge.stepUp.verify' })}
          </button>`}
      <button type="button" part="cancel-button" @click=${view.onCancel}>${msg('Cancel', { id: 'gk.recharge.cancel' })}</button>
    </div>
  </form>`;
}
