/**
 * Server-Sent Events of `GET /v1/events`. Each SSE frame carries `id:` (for Last-Event-ID),
 * `event:` (the type below) and `data:` (the JSON of the whole event object).
 */
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';
import { Coins, Count, Diamonds } from './money.js';
import { Recharge } from './recharge.js';

const EventBase = { id: z.string().check(z.minLength(1)), createdAt: Timestamp };

/** The viewer's balance changed: a recharge landed, a gift went out, a refund came in. */
export const BalanceChangedEvent = z.object({
  ...EventBase,
  type: z.literal('balance.changed'),
  data: z.object({
    coins: Coins,
    reason: z.enum(['purchase', 'gift', 'refund', 'adjustment']),
    transactionId: z.nullable(Id),
  }),
});

/** A recharge moved to another status. */
export const RechargeUpdatedEvent = z.object({
  ...EventBase,
  type: z.literal('recharge.updated'),
  data: z.object({ recharge: Recharge }),
});

/** The signed-in creator received a gift. */
export const GiftReceivedEvent = z.object({
  ...EventBase,
  type: z.literal('gift.received'),
  data: z.object({
    giftId: Id,
    senderId: Id,
    senderName: z.string(),
    streamId: Id,
    count: Count,
    diamonds: Diamonds,
    comboId: z.nullable(Id),
  }),
});

/** A combo ended: no more taps came within its window. */
export const GiftComboSettledEvent = z.object({
  ...EventBase,
  type: z.literal('gift.combo.settled'),
  data: z.object({ comboId: Id, giftId: Id, recipientId: Id, streamId: Id, count: Count, coins: Coins }),
});

/** Any event of the `/v1/events` stream. */
export const WalletEvent = z.discriminatedUnion('type', [
  BalanceChangedEvent,
  RechargeUpdatedEvent,
  GiftReceivedEvent,
  GiftComboSettledEvent,
]);
/** Any event of the `/v1/events` stream. */
export type WalletEvent = z.infer<typeof WalletEvent>;
/** The type names of wallet events. */
export type WalletEventType = WalletEvent['type'];
