/** The creator side: diamonds earned from gifts and payouts of them. */
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';
import { Diamonds, Money, Count } from './money.js';

/** A payout of diamonds to the creator's bank or wallet. */
export const Payout = z.object({
  id: Id,
  diamonds: Diamonds,
  amount: Money,
  status: z.enum(['pending', 'paid', 'failed']),
  createdAt: Timestamp,
});
/** A payout of diamonds. */
export type Payout = z.infer<typeof Payout>;

/** `GET /v1/creator/earnings`: diamonds, the payout rate and rules, and recent payouts. */
export const Earnings = z.object({
  creatorId: Id,
  diamonds: z.object({
    /** Received within the holding period; not yet redeemable. */
    pending: Diamonds,
    available: Diamonds,
    lifetime: Diamonds,
  }),
  /** `money` is paid for every `diamonds` diamonds. */
  rate: z.object({ diamonds: Count.check(z.positive()), money: Money }),
  minimumPayout: Diamonds,
  /** The most money that can be paid out in one UTC day. */
  dailyCap: Money,
  paidToday: Money,
  payouts: z.array(Payout),
});
/** A creator's diamonds and payout rules. */
export type Earnings = z.infer<typeof Earnings>;

/** `POST /v1/creator/payouts` body (with an `Idempotency-Key` header). */
export const CreatePayoutRequest = z.object({ diamonds: Diamonds.check(z.positive()) });
/** `POST /v1/creator/payouts` body. */
export type CreatePayoutRequest = z.infer<typeof CreatePayoutRequest>;
