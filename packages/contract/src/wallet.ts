/** The viewer's wallet: balance, budgets, flags, transaction history and spending summary. */
import * as z from 'zod/mini';
import { Id, Timestamp, RegionCode, page } from './common.js';
import { Coins, CoinDelta, CurrencyCode, Money, Count } from './money.js';

/** The length of a budget window. Windows are calendar periods in UTC. */
export const BudgetPeriod = z.enum(['day', 'week', 'month']);
/** The length of a budget window: `day`, `week` (Monday start) or `month`, in UTC. */
export type BudgetPeriod = z.infer<typeof BudgetPeriod>;

/**
 * A spend budget as the viewer set it and as it stands now. A `coins` budget caps the coins spent on
 * gifts; a `money` budget caps the money spent on recharges, in the wallet's currency.
 */
export const Budget = z.discriminatedUnion('unit', [
  z.object({
    unit: z.literal('coins'),
    period: BudgetPeriod,
    limit: Coins,
    spent: Coins,
    remaining: Coins,
    resetsAt: Timestamp,
  }),
  z.object({
    unit: z.literal('money'),
    period: BudgetPeriod,
    limit: Money,
    spent: Money,
    remaining: Money,
    resetsAt: Timestamp,
  }),
]);
/** A spend budget as the viewer set it and as it stands now. */
export type Budget = z.infer<typeof Budget>;

/** A budget as the viewer asks for it: a limit per period, in coins or in money. */
export const BudgetInput = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('coins'), period: BudgetPeriod, limit: Coins }),
  z.object({ unit: z.literal('money'), period: BudgetPeriod, limit: Money }),
]);
/** A budget as the viewer asks for it: a limit per period, in coins or in money. */
export type BudgetInput = z.infer<typeof BudgetInput>;

/** `PUT /v1/wallet/budgets`: the complete set of budgets; an empty list removes them all. */
export const SetBudgetsRequest = z.object({
  budgets: z.array(BudgetInput).check(z.maxLength(6)),
});
/** `PUT /v1/wallet/budgets` request body. */
export type SetBudgetsRequest = z.infer<typeof SetBudgetsRequest>;

/** `GET /v1/wallet`: the viewer's balance, region, currency, budgets and flags. */
export const Wallet = z.object({
  userId: Id,
  coins: Coins,
  region: RegionCode,
  currency: CurrencyCode,
  budgets: z.array(Budget),
  flags: z.object({
    /** The viewer may not buy or send coins (under 18, or the region's legal age). */
    ageRestricted: z.boolean(),
    /** The request comes from another region than the account's; prices follow the account. */
    regionMismatch: z.boolean(),
  }),
  updatedAt: Timestamp,
});
/** The viewer's balance, region, currency, budgets and flags. */
export type Wallet = z.infer<typeof Wallet>;

const TransactionBase = {
  id: Id,
  /** The signed change of the balance: positive for purchases and refunds, negative for gifts. */
  coins: CoinDelta,
  balanceAfter: Coins,
  createdAt: Timestamp,
};

/** One movement of the viewer's coins, as listed in the history. */
export const Transaction = z.discriminatedUnion('type', [
  z.object({
    ...TransactionBase,
    type: z.literal('purchase'),
    rechargeId: Id,
    packageId: z.nullable(Id),
    price: Money,
  }),
  z.object({
    ...TransactionBase,
    type: z.literal('gift'),
    giftId: Id,
    giftName: z.string(),
    count: Count,
    recipientId: Id,
    recipientName: z.string(),
    streamId: Id,
    comboId: z.nullable(Id),
  }),
  z.object({
    ...TransactionBase,
    type: z.literal('refund'),
    /** The transaction this refund reverses. */
    refundOf: Id,
    reason: z.string(),
  }),
]);
/** One movement of the viewer's coins, as listed in the history. */
export type Transaction = z.infer<typeof Transaction>;
/** The kinds of wallet transaction. */
export type TransactionType = Transaction['type'];

/** `GET /v1/wallet/transactions?cursor=&limit=` query. */
export const TransactionsQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
});

/** `GET /v1/wallet/transactions`: one page of history, newest first. */
export const TransactionPage = page(Transaction);
/** One page of wallet history, newest first. */
export type TransactionPage = z.infer<typeof TransactionPage>;

/** The window of a spending summary. */
export const SpendingPeriod = z.enum(['week', 'month']);
/** The window of a spending summary: `week` or `month`. */
export type SpendingPeriod = z.infer<typeof SpendingPeriod>;

/** `GET /v1/wallet/spending?period=` query. */
export const SpendingQuery = z.object({ period: SpendingPeriod });

/** `GET /v1/wallet/spending`: the coins the viewer gave in the current window, in total and by creator. */
export const SpendingSummary = z.object({
  period: SpendingPeriod,
  from: Timestamp,
  to: Timestamp,
  totalCoins: Coins,
  /** Money paid for coins in the window, in the wallet's currency. */
  totalPurchased: Money,
  byCreator: z.array(
    z.object({ creatorId: Id, creatorName: z.string(), coins: Coins, gifts: Count }),
  ),
});
/** The coins the viewer gave in the current window, in total and by creator. */
export type SpendingSummary = z.infer<typeof SpendingSummary>;
