/**
 * Every endpoint of the wallet API v1 in one table: method, path, the schemas of its parts, and the
 * errors it may answer with. The OpenAPI document and the server's contract tests are read from it.
 */
import * as z from 'zod/mini';
import type { ErrorCode } from './errors.js';
import { Id } from './common.js';
import {
  Wallet, SetBudgetsRequest, TransactionsQuery, TransactionPage, SpendingQuery, SpendingSummary,
} from './wallet.js';
import { PackagesQuery, PackageCatalog, CreateRechargeRequest, RechargeResult } from './recharge.js';
import { GiftCatalog, SendGiftRequest, GiftSent } from './gifts.js';
import { VerifyStepUpRequest, StepUpVerification } from './step-up.js';
import { WalletEvent } from './events.js';
import { CreateDisputeRequest, Dispute } from './disputes.js';
import { Earnings, CreatePayoutRequest, Payout } from './creator.js';

/** The description of one endpoint. */
export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI-style path, `{name}` for a path parameter. */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  readonly status: 200 | 201;
  readonly response: z.ZodMiniType;
  /** `text/event-stream` of `response` events instead of one JSON body. */
  readonly stream?: true;
  /** The request must carry an Idempotency-Key header. */
  readonly idempotent?: true;
  /** The response carries an ETag and honours If-None-Match with 304. */
  readonly etag?: true;
  readonly errors: readonly ErrorCode[];
}

const COMMON: readonly ErrorCode[] = ['unauthorized', 'rate_limited', 'internal_error'];
const SPEND: readonly ErrorCode[] = [
  ...COMMON, 'validation_failed', 'idempotency_in_flight', 'idempotency_mismatch', 'step_up_required',
  'budget_exceeded', 'age_restricted',
];

/** Every endpoint of the wallet API v1, by operation id. */
export const routes = {
  getWallet: {
    method: 'GET', path: '/v1/wallet', summary: 'The viewer’s wallet: coins, region, currency, budgets, flags.',
    status: 200, response: Wallet, errors: COMMON,
  },
  listTransactions: {
    method: 'GET', path: '/v1/wallet/transactions', summary: 'Wallet history, newest first, by cursor.',
    query: TransactionsQuery, status: 200, response: TransactionPage, errors: [...COMMON, 'validation_failed'],
  },
  setBudgets: {
    method: 'PUT', path: '/v1/wallet/budgets', summary: 'Replace the viewer’s spend budgets.',
    body: SetBudgetsRequest, status: 200, response: Wallet, errors: [...COMMON, 'validation_failed'],
  },
  getSpending: {
    method: 'GET', path: '/v1/wallet/spending', summary: 'Coins given this week or month, in total and by creator.',
    query: SpendingQuery, status: 200, response: SpendingSummary, errors: [...COMMON, 'validation_failed'],
  },
  listPackages: {
    method: 'GET', path: '/v1/packages', summary: 'Coin packages for the viewer’s region and platform.',
    query: PackagesQuery, status: 200, response: PackageCatalog, errors: [...COMMON, 'validation_failed'],
  },
  createRecharge: {
    method: 'POST', path: '/v1/recharges', summary: 'Buy a coin package or a custom amount.',
    body: CreateRechargeRequest, status: 201, response: RechargeResult, idempotent: true,
    errors: [...SPEND, 'not_found', 'payment_declined'],
  },
  getRecharge: {
    method: 'GET', path: '/v1/recharges/{id}', summary: 'A recharge and its status.',
    params: z.object({ id: Id }), status: 200, response: RechargeResult, errors: [...COMMON, 'not_found'],
  },
  getGifts: {
    method: 'GET', path: '/v1/gifts', summary: 'The gift catalog.', status: 200, response: GiftCatalog,
    etag: true, errors: COMMON,
  },
  sendGift: {
    method: 'POST', path: '/v1/gifts/send', summary: 'Send one or more gifts to a creator during a stream.',
    body: SendGiftRequest, status: 201, response: GiftSent, idempotent: true,
    errors: [...SPEND, 'not_found', 'insufficient_funds'],
  },
  verifyStepUp: {
    method: 'POST', path: '/v1/step-up/{challengeId}/verify', summary: 'Answer a step-up challenge with a one-time code.',
    params: z.object({ challengeId: Id }), body: VerifyStepUpRequest, status: 200, response: StepUpVerification,
    errors: [...COMMON, 'validation_failed', 'not_found', 'step_up_failed'],
  },
  streamEvents: {
    method: 'GET', path: '/v1/events', summary: 'Server-Sent Events of the viewer’s wallet (Last-Event-ID resumes).',
    status: 200, response: WalletEvent, stream: true, errors: COMMON,
  },
  createDispute: {
    method: 'POST', path: '/v1/disputes', summary: 'Report a transaction the viewer does not recognise.',
    body: CreateDisputeRequest, status: 201, response: Dispute, idempotent: true,
    errors: [...COMMON, 'validation_failed', 'not_found', 'idempotency_in_flight', 'idempotency_mismatch'],
  },
  getEarnings: {
    method: 'GET', path: '/v1/creator/earnings', summary: 'The creator’s diamonds, payout rules and recent payouts.',
    status: 200, response: Earnings, errors: COMMON,
  },
  createPayout: {
    method: 'POST', path: '/v1/creator/payouts', summary: 'Redeem available diamonds for money.',
    body: CreatePayoutRequest, status: 201, response: Payout, idempotent: true,
    errors: [...COMMON, 'validation_failed', 'payout_rejected', 'step_up_required', 'idempotency_in_flight', 'idempotency_mismatch'],
  },
} as const satisfies Record<string, RouteSpec>;

/** The operation ids of the wallet API v1. */
export type OperationId = keyof typeof routes;
