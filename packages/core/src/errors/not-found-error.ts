import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** The resource does not exist or is not visible to this viewer (`not_found`, 404). */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError' as const;
}

/** Whether `error` is a {@link NotFoundError}, also across realms. */
export const isNotFoundError = errorGuard(NotFoundError, 'NotFoundError');
