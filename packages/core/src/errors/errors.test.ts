import { expect } from 'chai';
// Relative imports: the classes must be the very ones `errorFromResponse` instantiates.
import { GiftkitError, isGiftkitError } from './giftkit-error.js';
import { HttpError, isHttpError } from './http-error.js';
import { InsufficientFundsError, isInsufficientFundsError } from './insufficient-funds-error.js';
import { RateLimitedError } from './rate-limited-error.js';
import { SchemaError, isSchemaError } from './schema-error.js';
import { StepUpCanceledError } from './step-up-canceled-error.js';
import { isStepUpRequiredError } from './step-up-required-error.js';
import { StepUpFailedError } from './step-up-failed-error.js';
import { BudgetExceededError, isBudgetExceededError } from './budget-exceeded-error.js';
import { AgeRestrictedError, isAgeRestrictedError } from './age-restricted-error.js';
import { ValidationError } from './validation-error.js';
import { PaymentDeclinedError } from './payment-declined-error.js';
import { NotFoundError } from './not-found-error.js';
import { UnauthorizedError } from './unauthorized-error.js';
import { IdempotencyInFlightError } from './idempotency-in-flight-error.js';
import { IdempotencyMismatchError } from './idempotency-mismatch-error.js';
import { PayoutRejectedError } from './payout-rejected-error.js';
import { NetworkError, isNetworkError } from './network-error.js';
import { TimeoutError } from './timeout-error.js';
import { errorFromResponse } from '../http/error-from-response.js';

const challenge = {
  id: 'chal_1', method: 'totp', destination: null, length: 6, attemptsLeft: 3,
  expiresAt: '2030-01-01T00:00:00.000Z', reason: 'amount',
} as const;

function envelope(status: number, code: string, details?: Record<string, unknown>, headers?: Record<string, string>): [Response, string] {
  const body = JSON.stringify({ error: { code, message: `${code} happened`, details, requestId: 'req_1' } });
  return [new Response(body, { status, ...(headers ? { headers } : {}) }), body];
}

describe('error classes', () => {
  it('give every class a literal name, a code and a place in the hierarchy', () => {
    const init = { status: 402, code: 'insufficient_funds', retryable: false, details: { shortfall: 25 } };
    const error = new InsufficientFundsError('short', init);
    expect(error.name).to.equal('InsufficientFundsError');
    expect(error).to.be.instanceOf(HttpError).and.instanceOf(GiftkitError).and.instanceOf(Error);
    expect(error.shortfall).to.equal(25);
    expect(error.status).to.equal(402);
    const names = [
      HttpError, InsufficientFundsError, PaymentDeclinedError, StepUpFailedError, BudgetExceededError,
      AgeRestrictedError, ValidationError, NotFoundError, UnauthorizedError, IdempotencyInFlightError,
      IdempotencyMismatchError, PayoutRejectedError,
    ].map((C) => new C('m', { status: 400, code: 'x', retryable: false }).name);
    expect(new Set(names).size).to.equal(names.length);
    expect(new NetworkError(new TypeError('x')).name).to.equal('NetworkError');
    expect(new TimeoutError(5).name).to.equal('TimeoutError');
    expect(new SchemaError('GET /x', []).name).to.equal('SchemaError');
    expect(new StepUpCanceledError(challenge).name).to.equal('StepUpCanceledError');
  });

  it('recognise errors from another realm by name or brand, and reject look-alikes of other kinds', () => {
    // What an error thrown by a copy of the SDK inside an iframe looks like from here.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const ForeignError = (frame.contentWindow as unknown as { Error: ErrorConstructor }).Error;
    const foreign = Object.assign(new ForeignError('short'), { name: 'InsufficientFundsError', shortfall: 3 });
    frame.remove();
    expect(foreign instanceof Error).to.equal(false);
    expect(isInsufficientFundsError(foreign)).to.equal(true);
    expect(isBudgetExceededError(foreign)).to.equal(false);
    expect(isGiftkitError({ [Symbol.for('giftkit.error')]: true })).to.equal(true);
    expect(isGiftkitError(new Error('plain'))).to.equal(false);
    expect(isGiftkitError(null)).to.equal(false);
    expect(isNetworkError({ name: 'NetworkError' })).to.equal(true);
  });
});

describe('errorFromResponse', () => {
  it('maps every domain code to its class with its details', () => {
    const insufficient = errorFromResponse(...envelope(402, 'insufficient_funds', { shortfall: 25 }), 'POST /v1/gifts/send');
    expect(isInsufficientFundsError(insufficient) && insufficient.shortfall).to.equal(25);
    expect(insufficient.requestId).to.equal('req_1');

    const stepUp = errorFromResponse(...envelope(403, 'step_up_required', { challenge }), 'POST /v1/recharges');
    expect(isStepUpRequiredError(stepUp) && stepUp.challenge).to.deep.equal(challenge);

    const budget = { unit: 'coins', period: 'day', limit: 100, spent: 90, remaining: 10, resetsAt: '2030-01-01T00:00:00.000Z' };
    const overBudget = errorFromResponse(...envelope(403, 'budget_exceeded', { budget, requested: 30 }), 'POST /v1/gifts/send');
    expect(isBudgetExceededError(overBudget) && overBudget.budget).to.deep.equal(budget);

    expect(isAgeRestrictedError(errorFromResponse(...envelope(403, 'age_restricted'), 'x'))).to.equal(true);
    const failed = errorFromResponse(...envelope(403, 'step_up_failed', { attemptsLeft: 2 }), 'x') as StepUpFailedError;
    expect(failed).to.be.instanceOf(StepUpFailedError);
    expect(failed.attemptsLeft).to.equal(2);
    const invalid = errorFromResponse(...envelope(400, 'validation_failed', { issues: [{ path: ['count'] }] }), 'x');
    expect((invalid as ValidationError).issues).to.have.length(1);
    expect(errorFromResponse(...envelope(402, 'payment_declined', { reason: 'card_expired' }), 'x'))
      .to.be.instanceOf(PaymentDeclinedError).and.have.property('reason', 'card_expired');
    expect(errorFromResponse(...envelope(409, 'idempotency_in_flight'), 'x')).to.be.instanceOf(IdempotencyInFlightError)
      .and.have.property('retryable', true);
    expect(errorFromResponse(...envelope(422, 'idempotency_mismatch'), 'x')).to.be.instanceOf(IdempotencyMismatchError);
  });

  it('reads Retry-After into RateLimitedError.retryAfter', () => {
    const error = errorFromResponse(...envelope(429, 'rate_limited', undefined, { 'retry-after': '3' }), 'x');
    expect(error).to.be.instanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).to.equal(3000);
    expect(error.retryable).to.equal(true);
  });

  it('treats an unknown code as a plain HttpError and keeps its code', () => {
    const error = errorFromResponse(...envelope(418, 'teapot'), 'x');
    expect(error.constructor).to.equal(HttpError);
    expect(error.code).to.equal('teapot');
  });

  it('turns a body that is not an envelope into http_error, retryable for 5xx only', () => {
    const gateway = errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }), '<html>Bad gateway</html>', 'x');
    expect(isHttpError(gateway) && gateway.code).to.equal('http_error');
    expect(gateway.retryable).to.equal(true);
    expect(errorFromResponse(new Response('', { status: 400 }), '', 'x').retryable).to.equal(false);
  });

  it('reports a step-up challenge that breaks the contract as a SchemaError', () => {
    const error = errorFromResponse(...envelope(403, 'step_up_required', { challenge: { id: 'c' } }), 'POST /v1/recharges');
    expect(isSchemaError(error)).to.equal(true);
    expect((error as SchemaError).issues.length).to.be.greaterThan(0);
  });
});
