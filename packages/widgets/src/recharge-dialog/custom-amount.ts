/** The custom amount field: what the viewer typed, read as coins, and why it cannot be bought. */
import { msg, str } from '@lit/localize';
import type { CustomAmount, PricingApi } from '@giftkit/core';
import { parseWholeNumber } from '../internal/digits.js';

/** The custom amount as typed: the coins, or the message that says what to fix. */
export type CustomAmountCheck = { ok: true; coins: number } | { ok: false; message: string };

/**
 * Checks a typed custom amount against the catalog's range and step, with messages in the viewer's
 * language (the SDK's `quoteCustom` enforces the same rules, with developer-facing messages).
 */
export function checkCustomAmount(text: string, range: CustomAmount, pricing: PricingApi): CustomAmountCheck {
  const coins = parseWholeNumber(text);
  const format = (n: number) => pricing.format.coins(n);
  if (text.trim() === '') return { ok: false, message: msg('Enter a number of coins.', { id: 'gk.recharge.custom.empty' }) };
  if (coins === null) return { ok: false, message: msg('Enter whole coins, digits only.', { id: 'gk.recharge.custom.notNumber' }) };
  if (coins < range.minCoins) {
    return { ok: false, message: msg(str`The smallest amount is ${format(range.minCoins)} coins.`, { id: 'gk.recharge.custom.tooFew' }) };
  }
  if (coins > range.maxCoins) {
    return { ok: false, message: msg(str`The largest amount is ${format(range.maxCoins)} coins.`, { id: 'gk.recharge.custom.tooMany' }) };
  }
  if (coins % range.step !== 0) {
    return { ok: false, message: msg(str`Use a multiple of ${format(range.step)} coins.`, { id: 'gk.recharge.custom.step' }) };
  }
  return { ok: true, coins };
}
