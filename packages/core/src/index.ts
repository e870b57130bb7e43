/**
 * @packageDocumentation
 * `@giftkit/core`: the framework-agnostic Giftkit SDK. `createGiftkit(options)` returns the wallet,
 * pricing, gifts, security and events of one viewer. Importing it does nothing: no request, no DOM, no
 * global is touched until `createGiftkit` is called.
 */
export { createGiftkit } from './create-giftkit.js';
export type { Giftkit, EventsApi } from './create-giftkit.js';
export type { GiftkitOptions } from './options.js';
export type { RetryOptions } from './http/retry-policy.js';
export type { StepUpHandler, StepUpContext } from './http/step-up.js';
export type { ReadableStore } from './internal/store.js';

export type { BalanceState } from './wallet/balance.js';
export type {
  WalletApi, SignalOption, TransactionsOptions, RechargeOptions, WaitForRechargeOptions, DisputeOptions,
} from './wallet/wallet.js';
export type { PricingApi, PlatformOption, Formatter } from './pricing/pricing-api.js';
export { DEFAULT_FLUSH_INTERVAL } from './gifts/combo.js';
export type { Combo, ComboOptions, ComboState } from './gifts/combo.js';
export type { GiftsApi, SendOptions } from './gifts/gifts-api.js';
export type { SecurityApi } from './security/security-api.js';
export type { GiftkitEventMap, BalanceUpdate, BalanceSource, GiftEvent } from './events/types.js';
export type { StreamStatus } from './events/event-stream.js';

export { formatMoney, formatCoins, formatUnitPrice } from './pricing/format.js';
export type { FormatOptions } from './pricing/format.js';
export {
  totalCoins, compareUnitPrice, savingsPercent, bestValue, activePromotions, quoteCustom, roundCustomCoins,
  suggestTopUp,
} from './pricing/math.js';
export type { ActivePromotion, TopUpItem, TopUpSuggestion } from './pricing/math.js';
export { assessSeller } from './security/assess-seller.js';
export type { SellerAssessment, SellerRiskReason, SellerContext } from './security/assess-seller.js';

export { GiftkitError, isGiftkitError } from './errors/giftkit-error.js';
export type { GiftkitErrorOptions } from './errors/giftkit-error.js';
export { HttpError, isHttpError } from './errors/http-error.js';
export type { HttpErrorInit } from './errors/http-error.js';
export { NetworkError, isNetworkError } from './errors/network-error.js';
export { TimeoutError, isTimeoutError } from './errors/timeout-error.js';
export { SchemaError, isSchemaError } from './errors/schema-error.js';
export type { SchemaIssue } from './errors/schema-error.js';
export { InsufficientFundsError, isInsufficientFundsError } from './errors/insufficient-funds-error.js';
export { PaymentDeclinedError, isPaymentDeclinedError } from './errors/payment-declined-error.js';
export { StepUpRequiredError, isStepUpRequiredError } from './errors/step-up-required-error.js';
export { StepUpFailedError, isStepUpFailedError } from './errors/step-up-failed-error.js';
export { StepUpCanceledError, isStepUpCanceledError } from './errors/step-up-canceled-error.js';
export { BudgetExceededError, isBudgetExceededError } from './errors/budget-exceeded-error.js';
export { AgeRestrictedError, isAgeRestrictedError } from './errors/age-restricted-error.js';
export { RateLimitedError, isRateLimitedError } from './errors/rate-limited-error.js';
export { newIdempotencyKey } from './internal/idempotency-key.js';
export { IdempotencyInFlightError, isIdempotencyInFlightError } from './errors/idempotency-in-flight-error.js';
export { IdempotencyMismatchError, isIdempotencyMismatchError } from './errors/idempotency-mismatch-error.js';
export { ValidationError, isValidationError } from './errors/validation-error.js';
export { UnauthorizedError, isUnauthorizedError } from './errors/unauthorized-error.js';
export { NotFoundError, isNotFoundError } from './errors/not-found-error.js';
export { PayoutRejectedError, isPayoutRejectedError } from './errors/payout-rejected-error.js';

// The wire types callers handle, so that apps and widgets need no direct dependency on the contract.
export type {
  Money, Coins, CurrencyCode, Platform, Wallet, Budget, BudgetInput, BudgetPeriod, Transaction, TransactionType,
  TransactionPage, SpendingPeriod, SpendingSummary, CoinPackage, PackageCatalog, PaymentMethod, Promotion,
  CustomAmount, RechargeItem, Recharge, RechargeStatus, RechargeResult, NextAction, Gift, GiftCategory,
  GiftCatalog, GiftSent, StepUpChallenge, StepUpVerification, WalletEvent, WalletEventType, Dispute, DisputeReason,
  CreateDisputeRequest,
} from '@giftkit/contract';
