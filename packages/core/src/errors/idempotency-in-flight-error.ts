import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** A request with the same Idempotency-Key is still being processed (`idempotency_in_flight`, 409); the SDK retries it before giving up. */
export class IdempotencyInFlightError extends HttpError {
  override readonly name = 'IdempotencyInFlightError' as const;
}

/** Whether `error` is a {@link IdempotencyInFlightError}, also across realms. */
export const isIdempotencyInFlightError = errorGuard(IdempotencyInFlightError, 'IdempotencyInFlightError');
