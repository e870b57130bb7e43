/**
 * Integer amounts: money in ISO 4217 minor units, coins and diamonds as whole numbers.
 * Floats never carry an amount anywhere in Giftkit.
 */
import * as z from 'zod/mini';

/** An ISO 4217 alphabetic currency code such as `USD`, `JPY` or `KWD`. */
export const CurrencyCode = z.currencyCode();
/** An ISO 4217 alphabetic currency code such as `USD`, `JPY` or `KWD`. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** A non-negative safe integer: the only shape a count of coins, diamonds or minor units takes. */
export const Count = z.int().check(z.nonnegative());

/** A number of coins (non-negative safe integer). */
export const Coins = z.int().check(z.nonnegative());
/** A number of coins (non-negative safe integer). */
export type Coins = number;

/** A number of diamonds, the creator-side unit (non-negative safe integer). */
export const Diamonds = z.int().check(z.nonnegative());
/** A number of diamonds, the creator-side unit (non-negative safe integer). */
export type Diamonds = number;

/** A signed change of coins, as recorded on a wallet transaction (safe integer). */
export const CoinDelta = z.int();

/**
 * An amount of money: integer minor units of an ISO 4217 currency.
 * `{ amount: 199, currency: 'USD' }` is $1.99; `{ amount: 160, currency: 'JPY' }` is ¥160.
 */
export const Money = z.object({
  /** Minor units (cents, pence, yen, fils…), a non-negative safe integer. */
  amount: Count,
  currency: CurrencyCode,
});
/** An amount of money: integer minor units of an ISO 4217 currency. */
export type Money = z.infer<typeof Money>;

const ZERO_DECIMAL = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV',
  'XAF', 'XOF', 'XPF',
]);
const THREE_DECIMAL = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
const FOUR_DECIMAL = new Set(['CLF', 'UYW']);

/**
 * The ISO 4217 minor-unit exponent of a currency: how many decimals its minor units stand for.
 * Read from the standard rather than from `Intl`, whose CLDR data differs for a few currencies
 * (CLDR shows HUF and TWD with 2 decimals for display, the wire format follows ISO 4217).
 *
 * @example currencyExponent('JPY') // 0
 * @example currencyExponent('KWD') // 3
 */
export function currencyExponent(currency: string): 0 | 2 | 3 | 4 {
  if (ZERO_DECIMAL.has(currency)) return 0;
  if (THREE_DECIMAL.has(currency)) return 3;
  if (FOUR_DECIMAL.has(currency)) return 4;
  return 2;
}

/**
 * The rate at which coins are sold for a custom amount: `price` buys `coins` coins.
 * Expressed as a ratio of integers so that no float ever stands for a price.
 */
export const CoinRate = z.object({
  coins: Count.check(z.positive()),
  price: Money,
});
/** The rate at which coins are sold for a custom amount: `price` buys `coins` coins. */
export type CoinRate = z.infer<typeof CoinRate>;

/**
 * The price of `coins` coins at `rate`, rounded up to the next minor unit, as both the server and the
 * SDK compute it. Integer arithmetic only; throws a RangeError when the result would not be a safe integer.
 *
 * @example priceAtRate({ coins: 100, price: { amount: 129, currency: 'USD' } }, 250) // { amount: 323, currency: 'USD' }
 */
export function priceAtRate(rate: CoinRate, coins: number): Money {
  if (!Number.isSafeInteger(coins) || coins < 0) throw new RangeError(`coins must be a non-negative safe integer, got ${coins}`);
  const product = BigInt(coins) * BigInt(rate.price.amount);
  const divisor = BigInt(rate.coins);
  const amount = (product + divisor - 1n) / divisor;
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('price exceeds the safe integer range');
  return { amount: Number(amount), currency: rate.price.currency };
}
