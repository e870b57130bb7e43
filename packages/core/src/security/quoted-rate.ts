/**
 * Reads coin prices quoted in chat ("$5 for 1000 coins", "1000 coins = 5 USD", "1.000 moedas por R$ 9,90")
 * out of the word tokens of a message, in one bounded pass.
 *
 * Limits, on purpose: a quote is a number of coins ("1000 coins", "1.5k monedas") and an amount of money
 * at most three words apart, in either order; money is a currency symbol or a currency word/code next to
 * a number; numbers are written with ASCII (or fullwidth) digits; `$` and "pesos" are only matched
 * against a currency that writes them. Prices in another currency than the reference are ignored: no
 * exchange rates.
 */
import type { Money } from '@giftkit/contract';

/** A price quoted in text for a number of coins, in the reference currency. */
export interface QuotedRate {
  coins: number;
  /** The quoted amount is `units / 10^scale` major units of `currency`. */
  units: bigint;
  scale: number;
  currency: string;
}

const COIN_WORDS = new Set(['coin', 'coins', 'moneda', 'monedas', 'moeda', 'moedas']);
const DOLLAR_SIGN_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'ARS', 'CLP', 'COP', 'SGD', 'HKD', 'TWD']);
const PESO_CURRENCIES = new Set(['MXN', 'ARS', 'CLP', 'COP', 'PHP', 'UYU', 'DOP']);
const SYMBOLS = new Map([['€', 'EUR'], ['£', 'GBP']]);
const SYMBOL_PREFIXES = new Map([['r', 'BRL'], ['us', 'USD'], ['mx', 'MXN'], ['c', 'CAD'], ['ca', 'CAD'], ['a', 'AUD'], ['au', 'AUD']]);
const CURRENCY_WORDS = new Map([
  ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['dolar', 'USD'], ['dolares', 'USD'], ['eur', 'EUR'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['brl', 'BRL'], ['real', 'BRL'], ['reais', 'BRL'], ['gbp', 'GBP'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['libras', 'GBP'], ['jpy', 'JPY'], ['yen', 'JPY'],
]);
const MAX_NUMBER_LENGTH = 20;
const MAX_GAP = 3;

/** A decimal number as written ("1.000" and "1,000" group, "9,90" and "9.90" are decimals), or null. */
function parseNumber(token: string): { units: bigint; scale: number } | null {
  if (token.length > MAX_NUMBER_LENGTH || !/^\d[\d.,]*$/.test(token)) return null;
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  if (last === -1) return { units: BigInt(token), scale: 0 };
  const separator = token[last] as string;
  const mixed = lastDot !== -1 && lastComma !== -1;
  const repeated = token.indexOf(separator) !== last;
  const fraction = token.slice(last + 1);
  // One kind of separator followed by three digits, or used twice, groups thousands; otherwise the last
  // separator is the decimal point.
  const grouping = !mixed && (repeated || fraction.length === 3);
  if (!grouping && (fraction.length === 0 || fraction.length > 3)) return null;
  const digits = token.replace(/[.,]/g, '');
  if (digits.length === 0) return null;
  return { units: BigInt(digits), scale: grouping ? 0 : fraction.length };
}

/** A number of coins starting at `i` ("1000 coins", "1.5k coins"), or null. */
function coinsAt(words: readonly string[], i: number): number | null {
  const match = /^([\d.,]+)(k|m)?$/.exec(words[i] ?? '');
  if (match === null || !COIN_WORDS.has(words[i + 1] ?? '')) return null;
  const number = parseNumber(match[1] as string);
  if (number === null) return null;
  const multiplier = match[2] === 'k' ? 1_000n : match[2] === 'm' ? 1_000_000n : 1n;
  const scaled = number.units * multiplier;
  const divisor = 10n ** BigInt(number.scale);
  if (scaled % divisor !== 0n) return null;
  const coins = Number(scaled / divisor);
  return Number.isSafeInteger(coins) && coins > 0 ? coins : null;
}

/** The currency a symbol or word stands for, resolved against the reference currency where ambiguous. */
function currencyOf(word: string, prefix: string | undefined, reference: string): string | null {
  if (word === '$') {
    const prefixed = prefix === undefined ? undefined : SYMBOL_PREFIXES.get(prefix);
    if (prefixed !== undefined) return prefixed;
    return DOLLAR_SIGN_CURRENCIES.has(reference) ? reference : null;
  }
  if (word === '¥') return reference === 'JPY' || reference === 'CNY' ? reference : null;
  if (word === 'peso' || word === 'pesos') return PESO_CURRENCIES.has(reference) ? reference : null;
  if (word === reference.toLowerCase()) return reference;
  return SYMBOLS.get(word) ?? CURRENCY_WORDS.get(word) ?? null;
}

interface MoneyMention {
  start: number;
  end: number;
  units: bigint;
  scale: number;
  currency: string;
}

/** Money written around `i`: "$ 5", "R$ 9,90" (symbol at i) or "5 USD", "5 €" (number at i). */
function moneyAt(words: readonly string[], i: number, reference: string): MoneyMention | null {
  const word = words[i] as string;
  const next = words[i + 1];
  const number = parseNumber(word);
  if (number !== null && next !== undefined) {
    const currency = currencyOf(next, undefined, reference);
    return currency === null ? null : { start: i, end: i + 1, ...number, currency };
  }
  const amount = next === undefined ? null : parseNumber(next);
  if (amount === null) return null;
  const prefix = words[i - 1];
  const currency = currencyOf(word, prefix, reference);
  if (currency === null) return null;
  const prefixed = word === '$' && prefix !== undefined && SYMBOL_PREFIXES.has(prefix);
  return { start: prefixed ? i - 1 : i, end: i + 1, ...amount, currency };
}

/**
 * Every coin price quoted in `words` (lowercase word and symbol tokens of a message) in the currency of
 * `reference`.
 *
 * @example findQuotedRates(['1000', 'coins', 'for', '$', '2'], { amount: 1399, currency: 'USD' })
 * // [{ coins: 1000, units: 2n, scale: 0, currency: 'USD' }]
 */
export function findQuotedRates(words: readonly string[], reference: Money): QuotedRate[] {
  const money: MoneyMention[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const mention = moneyAt(words, i, reference.currency);
    if (mention !== null && mention.currency === reference.currency) money.push(mention);
  }
  const quotes: QuotedRate[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i += 1) {
    const coins = coinsAt(words, i);
    if (coins === null) continue;
    // Money mentions are in token order: skip those that end too far before this quote, then take the
    // nearest one within reach on either side.
    while (cursor < money.length && (money[cursor] as MoneyMention).end < i - MAX_GAP - 1) cursor += 1;
    let nearest: MoneyMention | null = null;
    let nearestGap = Infinity;
    for (let k = cursor; k < money.length; k += 1) {
      const mention = money[k] as MoneyMention;
      if (mention.start > i + 1 + MAX_GAP + 1) break;
      const gap = mention.end < i ? i - mention.end - 1 : mention.start > i + 1 ? mention.start - i - 2 : Infinity;
      if (gap <= MAX_GAP && gap < nearestGap) {
        nearest = mention;
        nearestGap = gap;
      }
    }
    if (nearest !== null) quotes.push({ coins, units: nearest.units, scale: nearest.scale, currency: nearest.currency });
  }
  return quotes;
}
