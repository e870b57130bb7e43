/** `gk-error`: a widget's operation failed in a way the page may want to log or handle. */

/** Fired when a widget's request fails; the widget also shows the failure itself. */
export class GkErrorEvent extends Event {
  /** The event's type. */
  static readonly type = 'gk-error';
  /** What failed: usually a `GiftkitError` from `@giftkit/core` (see its `code`). */
  readonly error: unknown;
  /** What the widget was doing, e.g. `'balance'`, `'recharge'`, `'send'`. */
  readonly operation: string;

  constructor(error: unknown, operation: string) {
    super(GkErrorEvent.type, { bubbles: true, composed: true });
    this.error = error;
    this.operation = operation;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-error': GkErrorEvent;
  }
}
