import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';
import { stringDetail } from './details.js';

/** The payment provider refused the payment (`payment_declined`, 402). */
export class PaymentDeclinedError extends HttpError {
  override readonly name = 'PaymentDeclinedError' as const;
  /** Why, from `details.reason`, when the provider said; show it as text only. */
  readonly reason: string | null;

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    this.reason = stringDetail(init.details, 'reason');
  }
}

/** Whether `error` is a {@link PaymentDeclinedError}, also across realms. */
export const isPaymentDeclinedError = errorGuard(PaymentDeclinedError, 'PaymentDeclinedError');
