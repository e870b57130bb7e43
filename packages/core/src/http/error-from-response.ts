/** Turns an error response of the wallet API into the typed error a caller catches. */
import { ERROR_CODES, ErrorEnvelope, StepUpChallenge, isErrorCode } from '@giftkit/contract';
import { HttpError, type HttpErrorInit } from '../errors/http-error.js';
import { SchemaError } from '../errors/schema-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { UnauthorizedError } from '../errors/unauthorized-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { InsufficientFundsError } from '../errors/insufficient-funds-error.js';
import { PaymentDeclinedError } from '../errors/payment-declined-error.js';
import { StepUpRequiredError } from '../errors/step-up-required-error.js';
import { StepUpFailedError } from '../errors/step-up-failed-error.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { AgeRestrictedError } from '../errors/age-restricted-error.js';
import { PayoutRejectedError } from '../errors/payout-rejected-error.js';
import { IdempotencyInFlightError } from '../errors/idempotency-in-flight-error.js';
import { IdempotencyMismatchError } from '../errors/idempotency-mismatch-error.js';
import { RateLimitedError } from '../errors/rate-limited-error.js';
import { parseRetryAfter } from './retry-after.js';
import { issuesOf } from './parse-body.js';

const CLASSES: Readonly<Record<string, new (message: string, init: HttpErrorInit) => HttpError>> = {
  validation_failed: ValidationError,
  unauthorized: UnauthorizedError,
  not_found: NotFoundError,
  insufficient_funds: InsufficientFundsError,
  payment_declined: PaymentDeclinedError,
  step_up_failed: StepUpFailedError,
  budget_exceeded: BudgetExceededError,
  age_restricted: AgeRestrictedError,
  payout_rejected: PayoutRejectedError,
  idempotency_in_flight: IdempotencyInFlightError,
  idempotency_mismatch: IdempotencyMismatchError,
};

/** Statuses worth repeating when the body is not an envelope (a proxy's or load balancer's page). */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The typed error for a non-2xx response. `body` is the response text; a body that is not an error
 * envelope becomes a plain {@link HttpError} with code `http_error`, since it came from something in
 * front of the wallet service rather than from the service itself.
 */
export function errorFromResponse(response: Response, body: string, where: string): HttpError | SchemaError {
  const { status } = response;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const parsed = ErrorEnvelope.safeParse(json);
  if (!parsed.success) {
    return new HttpError(`${where} failed with HTTP ${status}.`, { status, code: 'http_error', retryable: retryableStatus(status) });
  }
  const { code, message, details, requestId } = parsed.data.error;
  const init: HttpErrorInit = {
    status,
    code,
    retryable: isErrorCode(code) ? ERROR_CODES[code].retryable : retryableStatus(status),
    requestId: requestId ?? response.headers.get('x-request-id') ?? undefined,
    details,
  };
  if (code === 'rate_limited') return new RateLimitedError(message, init, parseRetryAfter(response.headers.get('retry-after')));
  if (code === 'step_up_required') {
    const challenge = StepUpChallenge.safeParse(details?.['challenge']);
    if (!challenge.success) return new SchemaError(`${where} (step-up challenge)`, issuesOf(challenge.error), status);
    return new StepUpRequiredError(message, init, challenge.data);
  }
  const ErrorClass = CLASSES[code] ?? HttpError;
  return new ErrorClass(message, init);
}
