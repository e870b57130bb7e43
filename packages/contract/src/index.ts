/**
 * @packageDocumentation
 * The wire contract of the Giftkit wallet API v1: zod (`zod/mini`) schemas of every request, response,
 * error and event, with the TypeScript types inferred from them. Imported by the SDK, the server and
 * the mock so that all three agree on every byte.
 */
export {
  CurrencyCode, Count, Coins, Diamonds, CoinDelta, Money, CoinRate, currencyExponent, priceAtRate,
} from './money.js';
export { Id, Timestamp, RegionCode, Platform, HttpUrl, IdempotencyKey, page } from './common.js';
export { ERROR_CODES, ErrorCode, ErrorEnvelope, isErrorCode } from './errors.js';
export {
  BudgetPeriod, Budget, BudgetInput, SetBudgetsRequest, Wallet, Transaction, TransactionsQuery,
  TransactionPage, SpendingPeriod, SpendingQuery, SpendingSummary,
} from './wallet.js';
export type { TransactionType } from './wallet.js';
export {
  Promotion, CoinPackage, PaymentMethod, CustomAmount, PackagesQuery, PackageCatalog, RechargeItem,
  CreateRechargeRequest, RechargeStatus, TERMINAL_RECHARGE_STATUSES, NextAction, Recharge, RechargeResult,
} from './recharge.js';
export { GiftCategory, Gift, GiftCatalog, MAX_GIFTS_PER_SEND, SendGiftRequest, GiftSent } from './gifts.js';
export { StepUpMethod, StepUpChallenge, VerifyStepUpRequest, StepUpVerification } from './step-up.js';
export {
  BalanceChangedEvent, RechargeUpdatedEvent, GiftReceivedEvent, GiftComboSettledEvent, WalletEvent,
} from './events.js';
export type { WalletEventType } from './events.js';
export { DisputeReason, CreateDisputeRequest, Dispute } from './disputes.js';
export { Payout, Earnings, CreatePayoutRequest } from './creator.js';
export { routes } from './routes.js';
export type { RouteSpec, OperationId } from './routes.js';
