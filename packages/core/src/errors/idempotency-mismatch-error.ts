import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** The Idempotency-Key was used before with a different request body (`idempotency_mismatch`, 422): a new user action needs a new key. */
export class IdempotencyMismatchError extends HttpError {
  override readonly name = 'IdempotencyMismatchError' as const;
}

/** Whether `error` is a {@link IdempotencyMismatchError}, also across realms. */
export const isIdempotencyMismatchError = errorGuard(IdempotencyMismatchError, 'IdempotencyMismatchError');
