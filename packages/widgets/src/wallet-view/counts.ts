/** The wallet view's counted nouns on their own, "N coins" and "N gifts", for the sentences that hold them. */
import { str } from '@lit/localize';
import type { PricingApi } from '@giftkit/core';
import { plural } from '../internal/plural.js';

/** "N coins", in the form `coins` takes (a budget's limit, a creator's total). */
export function coinsText(coins: number, pricing: PricingApi): string {
  const n = pricing.format.coins(coins);
  return plural(coins, 'gk.wallet.coins.', str`${n} coin`, str`${n} coins`);
}

/** "N gifts", in the form `gifts` takes. */
export function giftsText(gifts: number, pricing: PricingApi): string {
  const n = pricing.format.coins(gifts);
  return plural(gifts, 'gk.wallet.gifts.', str`${n} gift`, str`${n} gifts`);
}
