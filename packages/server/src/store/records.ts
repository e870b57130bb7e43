/**
 * The rows a `WalletStore` keeps. They are plain JSON-serialisable objects so that every store can
 * persist them the same way (columns, JSON columns or, in memory, structured clones).
 */
import type {
  BudgetInput, Dispute, Gift, GiftCategory, Money, PaymentMethod, Payout, Recharge, StepUpChallenge,
  WalletEvent,
} from '@giftkit/contract';
import type { LedgerUnit } from './accounts.js';

/** Whether a user buys and sends gifts, or also receives them and earns diamonds. */
export type UserRole = 'viewer' | 'creator';

/** A wallet user: viewer or creator. */
export interface UserRecord {
  id: string;
  displayName: string;
  role: UserRole;
  /** ISO 3166-1 alpha-2 region of the account; prices and currency follow it. */
  region: string;
  /** `YYYY-MM-DD`, or `null` when the host site has not told the wallet. */
  birthDate: string | null;
  /** The budgets the viewer set, as set (what is spent is derived from the ledger). */
  budgets: BudgetInput[];
  createdAt: string;
  updatedAt: string;
}

/** One leg of a ledger transaction, as posted. */
export interface LedgerEntryInput {
  account: string;
  unit: LedgerUnit;
  /** Signed non-zero safe integer: positive raises the account's balance, negative lowers it. */
  amount: number;
}

/** One leg of a ledger transaction, as recorded. */
export interface LedgerEntry extends LedgerEntryInput {
  /** The account's balance in `unit` right after this entry. */
  balanceAfter: number;
}

/** Why a ledger transaction happened, with what the wallet history shows of it. */
export type LedgerMemo =
  | {
      kind: 'purchase';
      userId: string;
      rechargeId: string;
      packageId: string | null;
      coins: number;
      price: Money;
    }
  | {
      kind: 'gift';
      senderId: string;
      giftId: string;
      giftName: string;
      count: number;
      coins: number;
      diamonds: number;
      recipientId: string;
      recipientName: string;
      streamId: string;
      comboId: string | null;
    }
  | { kind: 'payout'; creatorId: string; payoutId: string; diamonds: number; amount: Money };

/** The kinds of ledger transaction. */
export type LedgerKind = LedgerMemo['kind'];

/** A ledger transaction to post: entries that sum to zero per unit. */
export interface LedgerTransactionInput {
  id: string;
  createdAt: string;
  memo: LedgerMemo;
  entries: LedgerEntryInput[];
}

/** A posted ledger transaction. Never updated, never deleted. */
export interface LedgerTransaction {
  id: string;
  /** Store-wide posting order, strictly increasing. */
  seq: number;
  createdAt: string;
  memo: LedgerMemo;
  entries: LedgerEntry[];
}

/** Which ledger transactions to list, newest first. */
export interface LedgerQuery {
  /** Only transactions with an entry on this account. */
  account?: string;
  kind?: LedgerKind;
  /** Only transactions created at or after this instant (RFC 3339). */
  since?: string;
  /** Only transactions posted before this `seq` (for paging). */
  beforeSeq?: number;
  limit: number;
}

/** A response kept for replay under an Idempotency-Key. */
export interface StoredResponse {
  status: number;
  /** The exact JSON text that was sent. */
  body: string;
}

/** An Idempotency-Key as the server remembers it, per scope (user and operation). */
export type IdempotencyRecord = {
  scope: string;
  key: string;
  /** SHA-256 (hex) of the canonical request body. */
  requestHash: string;
  createdAt: string;
} & (
  | { state: 'in_flight'; lockedUntil: string }
  | { state: 'completed'; response: StoredResponse }
);

/** A recharge with what only the server knows of it. */
export interface RechargeRecord extends Recharge {
  userId: string;
  returnUrl: string | null;
  /** The purchase's ledger transaction, once it succeeded. */
  transactionId: string | null;
}

/** A step-up challenge with its binding to the request it guards. */
export interface ChallengeRecord extends StepUpChallenge {
  userId: string;
  /** The operation id of the guarded request. */
  operation: string;
  idempotencyKey: string;
  requestHash: string;
  status: 'pending' | 'verified' | 'consumed' | 'failed';
  /** Until when a verified challenge lets the guarded request through. */
  validUntil: string | null;
}

/** A dispute with its owner. */
export interface DisputeRecord extends Dispute {
  userId: string;
}

/** A payout with its creator. */
export interface PayoutRecord extends Payout {
  creatorId: string;
}

/** A run of sends of one gift grouped by a `comboId`. */
export interface ComboRecord {
  id: string;
  senderId: string;
  giftId: string;
  recipientId: string;
  streamId: string;
  count: number;
  coins: number;
  lastSentAt: string;
  settled: boolean;
}

/** A coin package as defined, before platform fees, bonuses and promotions are applied. */
export interface PackageDefinition {
  id: string;
  coins: number;
  /** Web price in minor units, per currency code. */
  prices: Record<string, number>;
}

/** What is sold where: the currency and payment methods of one region. */
export interface RegionSettings {
  currency: string;
  paymentMethods: PaymentMethod[];
}

/** A volume bonus tier: packages of at least `minCoins` coins get `bps` basis points extra. */
export interface VolumeBonusTier {
  minCoins: number;
  bps: number;
}

/** A promotion on one package for a time window. */
export interface PromotionDefinition {
  id: string;
  label: string;
  packageId: string;
  startsAt: string;
  endsAt: string;
  /** Price reduction in basis points (the regular price is shown beside it). */
  discountBps: number;
  /** Extra coins in basis points of the package's coins. */
  bonusBps: number;
}

/** The gift and package catalog. */
export interface CatalogRecord {
  categories: GiftCategory[];
  gifts: Gift[];
  /** By ISO 3166-1 alpha-2 region code. */
  regions: Record<string, RegionSettings>;
  /** Smallest first. */
  packages: PackageDefinition[];
  volumeBonus: VolumeBonusTier[];
  promotions: PromotionDefinition[];
  customAmount: { minCoins: number; maxCoins: number; step: number };
}

/** A wallet event before the store gives it its id. */
export type NewWalletEvent = WalletEvent extends infer E ? (E extends WalletEvent ? Omit<E, 'id'> : never) : never;
