import { HttpError, type HttpErrorInit } from './http-error.js';
import { errorGuard } from './guard.js';

/** The server found the request invalid (`validation_failed`, 400); `issues` says what is wrong. */
export class ValidationError extends HttpError {
  override readonly name = 'ValidationError' as const;
  /** The server's list of problems, from `details.issues`. */
  readonly issues: readonly unknown[];

  constructor(message: string, init: HttpErrorInit) {
    super(message, init);
    const issues = init.details?.['issues'];
    this.issues = Array.isArray(issues) ? issues : [];
  }
}

/** Whether `error` is a {@link ValidationError}, also across realms. */
export const isValidationError = errorGuard(ValidationError, 'ValidationError');
