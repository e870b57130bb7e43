/** The wallet view's "could not load" block: what failed, and a retry that keeps focus while it runs. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One part of the view that failed to load, and how to load it again. */
export interface FailedView {
  /** Which part failed (`history`, `budgets`, `week`, `month`): the retry button's `data-retry`. */
  readonly which: string;
  /** What the viewer reads while it is failed. */
  readonly message: string;
  /** A retry is running: the button stays, busy, so that focus stays on it; the outcome replaces the message. */
  readonly retrying: boolean;
  /** The id of what the button's retry is about (a card's heading), when the button alone does not say. */
  readonly describedBy?: string | undefined;
  onRetry(): void;
}

/**
 * The message and the "Try again" button. The button is one element across the failed and retrying
 * states, so focus stays on it; the message is an alert that is inserted again when a retry fails too,
 * so that failure is read out again.
 */
export function renderFailed(view: FailedView): TemplateResult {
  return html`<div class="failed">
    ${view.retrying
      ? html`<p class="muted" role="status">${msg('Loading…', { id: 'gk.wallet.loading' })}</p>`
      : html`<p class="error" role="alert">${view.message}</p>`}
    <button type="button" part="retry-button" data-retry=${view.which} aria-disabled=${view.retrying ? 'true' : 'false'}
      aria-describedby=${view.describedBy ?? nothing} @click=${() => view.retrying || view.onRetry()}>
      ${msg('Try again', { id: 'gk.wallet.retry' })}
    </button>
  </div>`;
}
