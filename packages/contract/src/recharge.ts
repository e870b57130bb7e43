/** Coin packages for sale and the recharges that buy them. */
import * as z from 'zod/mini';
import { Id, Timestamp, RegionCode, Platform, HttpUrl } from './common.js';
import { Coins, CoinRate, CurrencyCode, Money, Count } from './money.js';

/** A promotion running on a package: a label, its end, and the price before it. */
export const Promotion = z.object({
  id: Id,
  /** Short text such as "Weekend bonus"; render it as text. */
  label: z.string().check(z.maxLength(80)),
  endsAt: Timestamp,
});
/** A promotion running on a package. */
export type Promotion = z.infer<typeof Promotion>;

/** A coin package for sale in the viewer's region on one platform. */
export const CoinPackage = z.object({
  id: Id,
  /** Coins the package is sold as. */
  coins: Coins.check(z.positive()),
  /** Extra coins on top, from volume bonus or promotion. The viewer receives `coins + bonusCoins`. */
  bonusCoins: Coins,
  price: Money,
  /** The price before a running promotion, when there is one. */
  regularPrice: z.nullable(Money),
  promotion: z.nullable(Promotion),
});
/** A coin package for sale in the viewer's region on one platform. */
export type CoinPackage = z.infer<typeof CoinPackage>;

/** A way to pay offered in the viewer's region. Payment itself happens on the provider's page. */
export const PaymentMethod = z.object({
  id: z.enum(['card', 'paypal', 'apple_pay', 'google_pay', 'pix', 'boleto', 'konbini', 'sepa_debit', 'ideal']),
  label: z.string(),
});
/** A way to pay offered in the viewer's region. */
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** The range and rate for buying a custom number of coins. */
export const CustomAmount = z.object({
  minCoins: Coins.check(z.positive()),
  maxCoins: Coins.check(z.positive()),
  /** Custom amounts are multiples of this many coins. */
  step: Coins.check(z.positive()),
  rate: CoinRate,
});
/** The range and rate for buying a custom number of coins. */
export type CustomAmount = z.infer<typeof CustomAmount>;

/** `GET /v1/packages?platform=` query. */
export const PackagesQuery = z.object({ platform: z.optional(Platform) });

/** `GET /v1/packages`: what the viewer can buy, where they are, on the platform they use. */
export const PackageCatalog = z.object({
  region: RegionCode,
  platform: Platform,
  currency: CurrencyCode,
  /** Smallest first. The first one is the base pack that savings are measured against. */
  packages: z.array(CoinPackage),
  customAmount: z.nullable(CustomAmount),
  paymentMethods: z.array(PaymentMethod),
});
/** What the viewer can buy, where they are, on the platform they use. */
export type PackageCatalog = z.infer<typeof PackageCatalog>;

/** What a recharge buys: a listed package, or a custom number of coins. */
export const RechargeItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('package'), packageId: Id }),
  z.object({ type: z.literal('custom'), coins: Coins.check(z.positive()) }),
]);
/** What a recharge buys: a listed package, or a custom number of coins. */
export type RechargeItem = z.infer<typeof RechargeItem>;

/** `POST /v1/recharges` body (with an `Idempotency-Key` header). */
export const CreateRechargeRequest = z.object({
  item: RechargeItem,
  platform: Platform,
  paymentMethod: PaymentMethod.shape.id,
  /** Where the provider's hosted checkout sends the viewer back to. */
  returnUrl: z.optional(HttpUrl),
  /**
   * Sandbox only: a test payment token that picks the outcome, as with a card provider's test mode
   * (`tok_success`, `tok_declined`, `tok_insufficient_funds`, `tok_redirect`, `tok_step_up`).
   */
  testToken: z.optional(z.string().check(z.maxLength(64))),
});
/** `POST /v1/recharges` body. */
export type CreateRechargeRequest = z.infer<typeof CreateRechargeRequest>;

/** Where a recharge stands. `succeeded`, `declined`, `canceled` and `expired` are final. */
export const RechargeStatus = z.enum(['pending', 'requires_action', 'succeeded', 'declined', 'canceled', 'expired']);
/** Where a recharge stands. */
export type RechargeStatus = z.infer<typeof RechargeStatus>;

/** The statuses a recharge never leaves. */
export const TERMINAL_RECHARGE_STATUSES: readonly RechargeStatus[] = ['succeeded', 'declined', 'canceled', 'expired'];

/** What the client does next: nothing, or send the viewer to the provider's hosted checkout. */
export const NextAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('redirect'), url: HttpUrl, expiresAt: Timestamp }),
]);
/** What the client does next for a recharge. */
export type NextAction = z.infer<typeof NextAction>;

/** A purchase of coins and how far it has come. */
export const Recharge = z.object({
  id: Id,
  status: RechargeStatus,
  item: RechargeItem,
  /** Coins credited on success, bonus included. */
  coins: Coins,
  price: Money,
  platform: Platform,
  paymentMethod: PaymentMethod.shape.id,
  nextAction: NextAction,
  /** Why the payment failed, when it did. `message` is safe to show as text. */
  failure: z.nullable(z.object({ code: z.string(), message: z.string() })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
/** A purchase of coins and how far it has come. */
export type Recharge = z.infer<typeof Recharge>;

/** `POST /v1/recharges` and `GET /v1/recharges/{id}` answer; `balance` is the wallet balance after it. */
export const RechargeResult = z.object({ recharge: Recharge, balance: Coins });
/** A recharge with the balance after it. */
export type RechargeResult = z.infer<typeof RechargeResult>;

