/**
 * The storage seam of the wallet service. The app only ever talks to a `WalletStore`, through units
 * of work: the in-memory store here, and the SQLite and PostgreSQL stores of the Node entry,
 * implement the same interface and pass the same conformance suite (`@giftkit/server/testing`).
 */
import type { WalletEvent } from '@giftkit/contract';
import type {
  CatalogRecord, ChallengeRecord, ComboRecord, DisputeRecord, IdempotencyRecord, LedgerQuery,
  LedgerTransaction, LedgerTransactionInput, NewWalletEvent, PayoutRecord, RechargeRecord, UserRecord,
} from './records.js';
import type { LedgerUnit } from './accounts.js';

/** Users (viewers and creators). */
export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  /** Inserts or replaces. */
  put(user: UserRecord): Promise<void>;
}

/** The double-entry ledger: append-only transactions and the balances they imply. */
export interface Ledger {
  /**
   * Posts one transaction atomically. Rejects with a `LedgerError` — and writes nothing — when the
   * entries do not sum to zero per unit (`unbalanced`), an amount is not a non-zero safe integer
   * (`invalid_entry`), the id was used before (`duplicate_id`), or a guarded (user) account would go
   * below zero (`insufficient_balance`). The last check is the conditional debit: SQL stores express
   * it as `UPDATE … SET balance = balance + $1 WHERE … AND balance + $1 >= 0`.
   */
  post(transaction: LedgerTransactionInput): Promise<LedgerTransaction>;
  /** The balance of an account in one unit: the sum of its entries (0 for an account never used). */
  balance(account: string, unit: LedgerUnit): Promise<number>;
  get(id: string): Promise<LedgerTransaction | null>;
  /** Transactions matching the query, newest (highest `seq`) first. */
  list(query: LedgerQuery): Promise<LedgerTransaction[]>;
}

/** Idempotency-Key records, per scope (one user's one operation). */
export interface IdempotencyRepository {
  get(scope: string, key: string): Promise<IdempotencyRecord | null>;
  /** Inserts or replaces. */
  put(record: IdempotencyRecord): Promise<void>;
  delete(scope: string, key: string): Promise<void>;
}

/** Recharges (purchases of coins) and their status. */
export interface RechargeRepository {
  get(id: string): Promise<RechargeRecord | null>;
  /** Inserts or replaces. */
  put(recharge: RechargeRecord): Promise<void>;
  /** Recharges not yet final (`pending` or `requires_action`), oldest first. */
  listOpen(): Promise<RechargeRecord[]>;
  /** How many recharges the user created at or after `since` (RFC 3339). */
  countCreatedSince(userId: string, since: string): Promise<number>;
}

/** Step-up challenges. */
export interface ChallengeRepository {
  get(id: string): Promise<ChallengeRecord | null>;
  /** Inserts or replaces. */
  put(challenge: ChallengeRecord): Promise<void>;
  /** The user's most recent challenge bound to an Idempotency-Key, if any. */
  findByKey(userId: string, idempotencyKey: string): Promise<ChallengeRecord | null>;
}

/** The per-user event log behind `GET /v1/events`. */
export interface EventLog {
  /**
   * Appends an event and returns it with its id: the decimal string of a store-wide, strictly
   * increasing sequence, so that `Last-Event-ID` resumes by comparing numbers. Subscribers hear of
   * it once the unit of work commits, never if it rolls back.
   */
  append(userId: string, event: NewWalletEvent): Promise<WalletEvent>;
  /** The user's kept events with an id above `afterId` (all kept events for `null`), oldest first. */
  listAfter(userId: string, afterId: string | null, limit: number): Promise<WalletEvent[]>;
}

/** Disputes of wallet transactions. */
export interface DisputeRepository {
  get(id: string): Promise<DisputeRecord | null>;
  /** Inserts or replaces. */
  put(dispute: DisputeRecord): Promise<void>;
  findByTransaction(transactionId: string): Promise<DisputeRecord | null>;
}

/** Creators' payouts. */
export interface PayoutRepository {
  /** Inserts or replaces. */
  put(payout: PayoutRecord): Promise<void>;
  /** The creator's payouts created at or after `since` (all when omitted), newest first. */
  list(creatorId: string, options: { since?: string; limit: number }): Promise<PayoutRecord[]>;
}

/** Gift combos. */
export interface ComboRepository {
  get(id: string): Promise<ComboRecord | null>;
  /** Inserts or replaces. */
  put(combo: ComboRecord): Promise<void>;
  /** Combos not settled yet, oldest first. */
  listOpen(): Promise<ComboRecord[]>;
}

/** The gift and coin package catalog. */
export interface CatalogRepository {
  get(): Promise<CatalogRecord | null>;
  put(catalog: CatalogRecord): Promise<void>;
}

/**
 * One unit of work. Everything done through it commits together or not at all. It must not be used
 * once the function given to `transaction` has settled.
 */
export interface WalletTx {
  readonly users: UserRepository;
  readonly ledger: Ledger;
  readonly idempotency: IdempotencyRepository;
  readonly recharges: RechargeRepository;
  readonly challenges: ChallengeRepository;
  readonly events: EventLog;
  readonly disputes: DisputeRepository;
  readonly payouts: PayoutRepository;
  readonly combos: ComboRepository;
  readonly catalog: CatalogRepository;
}

/** A listener of one user's committed wallet events. */
export type WalletEventListener = (event: WalletEvent) => void;

/**
 * Where the wallet keeps its state. Units of work are serialisable: each sees the effects of every
 * unit committed before it, and none of another unit still running.
 *
 * @example
 * ```ts
 * const balance = await store.transaction((tx) => tx.ledger.balance(userCoins('viewer_ada'), 'coins'));
 * ```
 */
export interface WalletStore {
  /**
   * Runs `fn` as one unit of work. When `fn` rejects, everything it wrote is rolled back and the
   * rejection is passed on. Do not start a transaction from inside another one: units are serialised,
   * so the inner one would wait for the outer one forever.
   */
  transaction<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T>;
  /** Calls `listener` with each event of the user committed from now on. Returns the unsubscribe function. */
  subscribe(userId: string, listener: WalletEventListener): () => void;
  /** Releases the store's resources; it must not be used afterwards. */
  close(): Promise<void>;
}
