import { HttpError } from './http-error.js';
import { errorGuard } from './guard.js';

/** The viewer is under the age needed to buy or send coins in their region (`age_restricted`, 403). */
export class AgeRestrictedError extends HttpError {
  override readonly name = 'AgeRestrictedError' as const;
}

/** Whether `error` is a {@link AgeRestrictedError}, also across realms. */
export const isAgeRestrictedError = errorGuard(AgeRestrictedError, 'AgeRestrictedError');
