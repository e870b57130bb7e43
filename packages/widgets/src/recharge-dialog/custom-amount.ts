/** The custom amount field: what the viewer typed, read as coins, and why it cannot be bought. */
import { msg, str } from '@lit/localize';
import type { CustomAmount, PricingApi } from '@giftkit/core';
import { parseWholeNumber } from '../internal/digits.js';
import { plural } from '../internal/plural.js';

/** The custom amount as typed: the coins, or the message that says what to fix. */
export type CustomAmountCheck = { ok: true; coins: number } | { ok: false; message: string };

/** "The smallest amount is N coins.", in the form `coins` takes. */
function tooFewText(coins: number, pricing: PricingApi): string {
  const n = pricing.format.coins(coins);
  return plural(
    coins,
    'gk.recharge.custom.tooFew.',
    str`The smallest amount is ${n} coin.`,
    str`The smallest amount is ${n} coins.`,
  );
}

/** "The largest amount is N coins.", in the form `coins` takes. */
function tooManyText(coins: number, pricing: PricingApi): string {
  const n = pricing.format.coins(coins);
  return plural(
    coins,
    'gk.recharge.custom.tooMany.',
    str`The largest amount is ${n} coin.`,
    str`The largest amount is ${n} coins.`,
  );
}

/**
 * Checks a typed custom amount against the catalog's range and step, with messages in the viewer's
 * language (the SDK's `quoteCustom` enforces the same rules, with developer-facing messages).
 */
export function checkCustomAmount(text: string, range: CustomAmount, pricing: PricingApi): CustomAmountCheck {
  const coins = parseWholeNumber(text);
  if (text.trim() === '') return { ok: false, message: msg('Enter a number of coins.', { id: 'gk.recharge.custom.empty' }) };
  if (coins === null) return { ok: false, message: msg('Enter whole coins, digits only.', { id: 'gk.recharge.custom.notNumber' }) };
  if (coins < range.minCoins) {
    return { ok: false, message: tooFewText(range.minCoins, pricing) };
  }
  if (coins > range.maxCoins) {
    return { ok: false, message: tooManyText(range.maxCoins, pricing) };
  }
  if (coins % range.step !== 0) {
    // Not pluralized: a step of 1 never fails, and the translations say "a multiple of N" with no noun.
    return { ok: false, message: msg(str`Use a multiple of ${pricing.format.coins(range.step)} coins.`, { id: 'gk.recharge.custom.step' }) };
  }
  return { ok: true, coins };
}
