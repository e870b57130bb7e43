import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';
import { countDetail } from './details.js';

/** The wallet holds fewer coins than the request spends (`insufficient_funds`, 402). */
export class InsufficientFundsError extends HttpError {
  override readonly name = 'InsufficientFundsError' as const;
  /** How many coins are missing, from `details.shortfall`; `null` when the server did not say. Feed it to `pricing.suggestTopUp`. */
  readonly shortfall: number | null;

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    this.shortfall = countDetail(init.details, 'shortfall');
  }
}

/** Whether `error` is an {@link InsufficientFundsError}, also across realms. */
export const isInsufficientFundsError = errorGuard(InsufficientFundsError, 'InsufficientFundsError');
