/**
 * The one error envelope of the wallet API and its stable codes. A code never changes meaning once
 * published; new codes may be added, so clients treat an unknown code like `internal_error`.
 */
import * as z from 'zod/mini';

/**
 * Every error code the wallet API answers with, its HTTP status, and whether repeating the very same
 * request (same Idempotency-Key) can succeed without the user doing anything.
 */
export const ERROR_CODES = {
  /** The request does not match the contract; `details.issues` lists what is wrong. */
  validation_failed: { status: 400, retryable: false },
  /** No token, an expired token, or a token the server does not accept. */
  unauthorized: { status: 401, retryable: false },
  /** The resource does not exist, or is not visible to this viewer. */
  not_found: { status: 404, retryable: false },
  /** The wallet holds fewer coins than the request spends; `details.shortfall` says how many are missing. */
  insufficient_funds: { status: 402, retryable: false },
  /** The payment provider refused the payment; `details.reason` says why when it is known. */
  payment_declined: { status: 402, retryable: false },
  /** A second factor is needed first: verify `details.challenge`, then repeat the request with the same key. */
  step_up_required: { status: 403, retryable: false },
  /** The one-time code was wrong or the challenge expired; `details.attemptsLeft` says what remains. */
  step_up_failed: { status: 403, retryable: false },
  /** A spend budget the viewer set would be passed; `details` names the budget and what is left of it. */
  budget_exceeded: { status: 403, retryable: false },
  /** The viewer is under the age needed to buy or send coins in their region. */
  age_restricted: { status: 403, retryable: false },
  /** The payout breaks a payout rule: below the minimum, above the daily cap, or more than is available. */
  payout_rejected: { status: 422, retryable: false },
  /** The same Idempotency-Key is still being processed; repeat after a moment. */
  idempotency_in_flight: { status: 409, retryable: true },
  /** The Idempotency-Key was used before with a different request body. */
  idempotency_mismatch: { status: 422, retryable: false },
  /** Too many requests; wait for `Retry-After` seconds. */
  rate_limited: { status: 429, retryable: true },
  /** The server failed; nothing was committed unless a later read shows otherwise. */
  internal_error: { status: 500, retryable: true },
  /** The service is briefly unavailable. */
  unavailable: { status: 503, retryable: true },
} as const satisfies Record<string, { status: number; retryable: boolean }>;

/** A stable error code of the wallet API. */
export type ErrorCode = keyof typeof ERROR_CODES;

const errorCodeList = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** A stable error code of the wallet API. */
export const ErrorCode = z.enum(errorCodeList);

/**
 * The error envelope: `{ error: { code, message, details?, requestId? } }`.
 * `code` is read as a plain string so that a code added later still parses as an error.
 */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    /** A sentence for developers and logs. Show it to viewers only as text, never as HTML. */
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
    requestId: z.optional(z.string()),
  }),
});
/** The error envelope: `{ error: { code, message, details?, requestId? } }`. */
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** Whether a code is one this version of the contract knows. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}
