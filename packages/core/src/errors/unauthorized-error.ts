import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** The token was missing, expired or refused (`unauthorized`, 401); `getToken` should mint a fresh one. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError' as const;
}

/** Whether `error` is a {@link UnauthorizedError}, also across realms. */
export const isUnauthorizedError = errorGuard(UnauthorizedError, 'UnauthorizedError');
