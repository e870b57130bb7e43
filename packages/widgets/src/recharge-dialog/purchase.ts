/** One purchase the viewer asked for: what, how to pay, and the Idempotency-Key that makes it one charge. */
import type { PaymentMethod, RechargeItem } from '@giftkit/core';

/** A purchase as the dialog sends it, and sends it again after a step-up or a lost answer. */
export interface Purchase {
  readonly item: RechargeItem;
  readonly paymentMethod: PaymentMethod['id'];
  /** Made once per click on Pay; every repeat of this purchase (step-up, retry after a lost answer) reuses it. */
  readonly idempotencyKey: string;
}

/** A new purchase with a fresh Idempotency-Key (128 random bits, hex). */
export function newPurchase(item: RechargeItem, paymentMethod: PaymentMethod['id']): Purchase {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return { item, paymentMethod, idempotencyKey: `gk-recharge-${key}` };
}

/** Whether `purchase` buys `item` with `paymentMethod`, so that repeating it under its key is the same request. */
export function isSamePurchase(purchase: Purchase | undefined, item: RechargeItem, paymentMethod: PaymentMethod['id']): boolean {
  if (!purchase || purchase.paymentMethod !== paymentMethod || purchase.item.type !== item.type) return false;
  return purchase.item.type === 'package'
    ? item.type === 'package' && purchase.item.packageId === item.packageId
    : item.type === 'custom' && purchase.item.coins === item.coins;
}
