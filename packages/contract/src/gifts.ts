/** The gift catalog and sending gifts to a creator. */
import * as z from 'zod/mini';
import { Id, Timestamp, HttpUrl } from './common.js';
import { Coins, Count, Diamonds } from './money.js';

/** A category tab of the gift catalog. */
export const GiftCategory = z.object({ id: Id, name: z.string() });
/** A category tab of the gift catalog. */
export type GiftCategory = z.infer<typeof GiftCategory>;

/** A gift a viewer can send. */
export const Gift = z.object({
  id: Id,
  /** Display name; render it as text. */
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  coins: Coins.check(z.positive()),
  imageUrl: HttpUrl,
  animationUrl: z.nullable(HttpUrl),
  /** Whether repeated sends within a short window form a combo with a running counter. */
  streakable: z.boolean(),
  categoryId: Id,
});
/** A gift a viewer can send. */
export type Gift = z.infer<typeof Gift>;

/** `GET /v1/gifts` (with ETag): the catalog with its categories. */
export const GiftCatalog = z.object({
  version: z.string(),
  categories: z.array(GiftCategory),
  gifts: z.array(Gift),
});
/** The gift catalog with its categories. */
export type GiftCatalog = z.infer<typeof GiftCatalog>;

/** The most gifts one request can send; a combo sends more through several requests. */
export const MAX_GIFTS_PER_SEND = 9999;

/** `POST /v1/gifts/send` body (with an `Idempotency-Key` header). */
export const SendGiftRequest = z.object({
  giftId: Id,
  recipientId: Id,
  streamId: Id,
  count: Count.check(z.minimum(1), z.maximum(MAX_GIFTS_PER_SEND)),
  /** Groups the sends of one combo, so the creator sees one streak. */
  comboId: z.optional(Id),
});
/** `POST /v1/gifts/send` body. */
export type SendGiftRequest = z.infer<typeof SendGiftRequest>;

/** `POST /v1/gifts/send` answer: what was sent, what it cost, and the balance after it. */
export const GiftSent = z.object({
  id: Id,
  giftId: Id,
  recipientId: Id,
  streamId: Id,
  count: Count,
  coins: Coins,
  /** Diamonds the creator received for this send. */
  diamonds: Diamonds,
  comboId: z.nullable(Id),
  /** Gifts of this combo so far, this send included. */
  comboCount: Count,
  balance: Coins,
  createdAt: Timestamp,
});
/** What a gift send did. */
export type GiftSent = z.infer<typeof GiftSent>;
