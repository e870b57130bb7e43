/**
 * Records ↔ rows. Scalars get columns of their own (amounts as integers, money as amount + currency),
 * nested parts (budgets, recharge item, next action, ledger memo, event data) JSON columns. Records
 * are rebuilt in their declared key order, so that their JSON reads the same as the memory store's.
 */
import type { WalletEvent } from '@giftkit/contract';
import type { Insertable, Selectable } from 'kysely';
import type {
  ChallengeRecord, ComboRecord, DisputeRecord, IdempotencyRecord, PayoutRecord, RechargeRecord, UserRecord,
} from '../../store/records.js';
import { fromBool, fromJson, toJson, toSafeInt, toSafeIntOrNull } from './codec.js';
import type {
  ChallengesTable, CombosTable, DisputesTable, EventsTable, IdempotencyKeysTable, PayoutsTable, RechargesTable, UsersTable,
} from './tables.js';

/** How a dialect binds a boolean (better-sqlite3 binds no booleans, only numbers). */
export type BindBool = (value: boolean) => boolean | number;

/** The row of a user. */
export const userToRow = (u: UserRecord): Insertable<UsersTable> => ({
  id: u.id, display_name: u.displayName, role: u.role, region: u.region, birth_date: u.birthDate,
  budgets: toJson(u.budgets), created_at: u.createdAt, updated_at: u.updatedAt,
});

/** A user from its row. */
export const userFromRow = (r: Selectable<UsersTable>): UserRecord => ({
  id: r.id, displayName: r.display_name, role: r.role as UserRecord['role'], region: r.region, birthDate: r.birth_date,
  budgets: fromJson(r.budgets), createdAt: r.created_at, updatedAt: r.updated_at,
});

/** The row of an Idempotency-Key record. */
export const idempotencyToRow = (k: IdempotencyRecord): Insertable<IdempotencyKeysTable> => ({
  scope: k.scope, key: k.key, request_hash: k.requestHash, created_at: k.createdAt, state: k.state,
  locked_until: k.state === 'in_flight' ? k.lockedUntil : null,
  response_status: k.state === 'completed' ? k.response.status : null,
  response_body: k.state === 'completed' ? k.response.body : null,
});

/** An Idempotency-Key record from its row. */
export function idempotencyFromRow(r: Selectable<IdempotencyKeysTable>): IdempotencyRecord {
  const base = { scope: r.scope, key: r.key, requestHash: r.request_hash, createdAt: r.created_at };
  if (r.state === 'in_flight') return { ...base, state: 'in_flight', lockedUntil: r.locked_until ?? '' };
  const status = toSafeIntOrNull(r.response_status, 'idempotency_keys.response_status') ?? 0;
  return { ...base, state: 'completed', response: { status, body: r.response_body ?? '' } };
}

/** The row of a recharge. */
export const rechargeToRow = (c: RechargeRecord): Insertable<RechargesTable> => ({
  id: c.id, user_id: c.userId, status: c.status, item: toJson(c.item), coins: c.coins, price_amount: c.price.amount,
  price_currency: c.price.currency, platform: c.platform, payment_method: c.paymentMethod, next_action: toJson(c.nextAction),
  failure: c.failure === null ? null : toJson(c.failure), return_url: c.returnUrl, transaction_id: c.transactionId,
  created_at: c.createdAt, updated_at: c.updatedAt,
});

/** A recharge from its row. */
export const rechargeFromRow = (r: Selectable<RechargesTable>): RechargeRecord => ({
  id: r.id, status: r.status as RechargeRecord['status'], item: fromJson(r.item), coins: toSafeInt(r.coins, 'recharges.coins'),
  price: { amount: toSafeInt(r.price_amount, 'recharges.price_amount'), currency: r.price_currency },
  platform: r.platform as RechargeRecord['platform'], paymentMethod: r.payment_method as RechargeRecord['paymentMethod'],
  nextAction: fromJson(r.next_action), failure: r.failure === null ? null : fromJson(r.failure),
  createdAt: r.created_at, updatedAt: r.updated_at, userId: r.user_id, returnUrl: r.return_url, transactionId: r.transaction_id,
});

/** The row of a step-up challenge. */
export const challengeToRow = (c: ChallengeRecord): Insertable<ChallengesTable> => ({
  id: c.id, user_id: c.userId, operation: c.operation, idempotency_key: c.idempotencyKey, request_hash: c.requestHash,
  method: c.method, destination: c.destination, length: c.length, attempts_left: c.attemptsLeft, expires_at: c.expiresAt,
  reason: c.reason, status: c.status, valid_until: c.validUntil,
});

/** A step-up challenge from its row. */
export const challengeFromRow = (r: Selectable<ChallengesTable>): ChallengeRecord => ({
  id: r.id, method: r.method as ChallengeRecord['method'], destination: r.destination, length: toSafeInt(r.length, 'challenges.length'),
  attemptsLeft: toSafeInt(r.attempts_left, 'challenges.attempts_left'), expiresAt: r.expires_at,
  reason: r.reason as ChallengeRecord['reason'], userId: r.user_id, operation: r.operation, idempotencyKey: r.idempotency_key,
  requestHash: r.request_hash, status: r.status as ChallengeRecord['status'], validUntil: r.valid_until,
});

/** The row of a dispute. */
export const disputeToRow = (d: DisputeRecord): Insertable<DisputesTable> => ({
  id: d.id, user_id: d.userId, transaction_id: d.transactionId, reason: d.reason, status: d.status, created_at: d.createdAt,
});

/** A dispute from its row. */
export const disputeFromRow = (r: Selectable<DisputesTable>): DisputeRecord => ({
  id: r.id, transactionId: r.transaction_id, reason: r.reason as DisputeRecord['reason'],
  status: r.status as DisputeRecord['status'], createdAt: r.created_at, userId: r.user_id,
});

/** The row of a payout. */
export const payoutToRow = (p: PayoutRecord): Insertable<PayoutsTable> => ({
  id: p.id, creator_id: p.creatorId, diamonds: p.diamonds, amount: p.amount.amount, currency: p.amount.currency,
  status: p.status, created_at: p.createdAt,
});

/** A payout from its row. */
export const payoutFromRow = (r: Selectable<PayoutsTable>): PayoutRecord => ({
  id: r.id, diamonds: toSafeInt(r.diamonds, 'payouts.diamonds'),
  amount: { amount: toSafeInt(r.amount, 'payouts.amount'), currency: r.currency },
  status: r.status as PayoutRecord['status'], createdAt: r.created_at, creatorId: r.creator_id,
});

/** The row of a combo. */
export const comboToRow = (c: ComboRecord, bool: BindBool): Insertable<CombosTable> => ({
  id: c.id, sender_id: c.senderId, gift_id: c.giftId, recipient_id: c.recipientId, stream_id: c.streamId, count: c.count,
  coins: c.coins, last_sent_at: c.lastSentAt, settled: bool(c.settled),
});

/** A combo from its row. */
export const comboFromRow = (r: Selectable<CombosTable>): ComboRecord => ({
  id: r.id, senderId: r.sender_id, giftId: r.gift_id, recipientId: r.recipient_id, streamId: r.stream_id,
  count: toSafeInt(r.count, 'combos.count'), coins: toSafeInt(r.coins, 'combos.coins'), lastSentAt: r.last_sent_at,
  settled: fromBool(r.settled),
});

/** An event as the memory store hands it out: the appended event with its id last. */
export const eventFromRow = (r: Pick<Selectable<EventsTable>, 'id' | 'type' | 'created_at' | 'data'>): WalletEvent =>
  ({ type: r.type, createdAt: r.created_at, data: fromJson(r.data), id: String(toSafeInt(r.id, 'events.id')) }) as WalletEvent;
