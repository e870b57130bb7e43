import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** The payout breaks a payout rule: below the minimum, above the daily cap, or more than is available (`payout_rejected`, 422). */
export class PayoutRejectedError extends HttpError {
  override readonly name = 'PayoutRejectedError' as const;
}

/** Whether `error` is a {@link PayoutRejectedError}, also across realms. */
export const isPayoutRejectedError = errorGuard(PayoutRejectedError, 'PayoutRejectedError');
