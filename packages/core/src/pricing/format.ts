/**
 * Localized display of money, coin counts and unit prices. Amounts reach `Intl.NumberFormat` as exact
 * decimal strings built from integers, so no amount is ever rounded through a float.
 */
import { currencyExponent } from '@giftkit/contract';
import type { Money } from '@giftkit/contract';

/** Display options shared by {@link formatMoney} and {@link formatCoins}. */
export interface FormatOptions {
  /**
   * Abbreviate large figures the way the locale does (`12.5K`, `1.2M`, `1.2万`), with at most one
   * fraction digit, truncated toward zero so a compact figure never shows more than the real amount.
   * @default false
   */
  compact?: boolean;
}

// Lists of 2,000 gifts format thousands of figures: one formatter per (locale, options) serves them all.
// The bound only matters if locales come from user input; in practice a page uses one or two.
const FORMATTER_CACHE_LIMIT = 64;
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, options);
    if (formatters.size >= FORMATTER_CACHE_LIMIT) {
      const oldest = formatters.keys().next().value;
      if (oldest !== undefined) formatters.delete(oldest);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `units` scaled down by 10^fractionDigits as an exact decimal string: (12345n, 2) → "123.45". */
function toDecimalString(units: bigint, fractionDigits: number): `${number}` {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(fractionDigits + 1, '0');
  const cut = digits.length - fractionDigits;
  const decimal = fractionDigits === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return `${sign}${decimal}` as `${number}`;
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

// In compact notation a figure too small to abbreviate still loses its fraction digits ("$5.9" for
// $5.99), so compact output is used only when the locale actually abbreviated the figure.
function compactOrFull(compact: Intl.NumberFormat, full: Intl.NumberFormat, value: `${number}`): string {
  const parts = compact.formatToParts(value);
  return parts.some((part) => part.type === 'compact')
    ? parts.map((part) => part.value).join('')
    : full.format(value);
}

const COMPACT: Intl.NumberFormatOptions = {
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
  // Engines without rounding-mode support ignore the option and round half away from zero instead.
  roundingMode: 'trunc',
};

/**
 * Formats an amount of money for display in `locale`, with exactly as many decimals as the currency's
 * ISO 4217 minor unit (JPY 0, USD 2, KWD 3). Any safe integer of minor units formats exactly.
 * Throws a `RangeError` for a non-integer amount, an unknown locale or an invalid currency code.
 *
 * @example formatMoney({ amount: 199, currency: 'USD' }, 'en-US') // "$1.99"
 * @example formatMoney({ amount: 160, currency: 'JPY' }, 'ja-JP') // "￥160"
 * @example formatMoney({ amount: 1_234_500, currency: 'USD' }, 'en-US', { compact: true }) // "$12.3K"
 */
export function formatMoney(money: Money, locale: string, options: FormatOptions = {}): string {
  assertSafeInteger(money.amount, 'money.amount');
  const exponent = currencyExponent(money.currency);
  const value = toDecimalString(BigInt(money.amount), exponent);
  const currency: Intl.NumberFormatOptions = { style: 'currency', currency: money.currency };
  const full = numberFormat(locale, { ...currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  if (options.compact !== true) return full.format(value);
  return compactOrFull(numberFormat(locale, { ...currency, ...COMPACT }), full, value);
}

/**
 * Formats a number of coins in `locale`: `1,234`, or with `compact` `1.2K`, `12.5K`, `1.2M`.
 * Compact figures are truncated, never rounded up: 999,999 coins show as `999.9K`, not `1M`, the way
 * wallet balances are shown, so a viewer never believes they hold more coins than they do.
 * Throws a `RangeError` for a non-integer count or an unknown locale.
 *
 * @example formatCoins(12_500, 'en') // "12,500"
 * @example formatCoins(12_500, 'en', { compact: true }) // "12.5K"
 */
export function formatCoins(coins: number, locale: string, options: FormatOptions = {}): string {
  assertSafeInteger(coins, 'coins');
  const value = `${coins}` as `${number}`;
  const full = numberFormat(locale, { maximumFractionDigits: 0 });
  if (options.compact !== true) return full.format(value);
  return compactOrFull(numberFormat(locale, COMPACT), full, value);
}

// Two digits finer than the minor unit tells packs apart ($0.0141 vs $0.0143 per coin); very small
// unit prices get more digits until three significant ones show, up to a limit.
const UNIT_PRICE_EXTRA_DIGITS = 2;
const UNIT_PRICE_SIGNIFICANT_DIGITS = 3;
const UNIT_PRICE_MAX_FRACTION_DIGITS = 20;

/**
 * Formats the price of one coin when `price` buys `coins` coins, for display only (e.g. "$0.0141").
 * Shows two decimals more than the currency's minor unit, and more for tiny unit prices until three
 * significant digits show (at most 20 decimals); rounded half up from the exact integer ratio.
 * Never use the result for arithmetic: prices are charged per package, in whole minor units.
 * Throws a `RangeError` unless `coins` is a positive safe integer.
 *
 * @example formatUnitPrice({ amount: 99, currency: 'USD' }, 70, 'en-US') // "$0.0141"
 */
export function formatUnitPrice(price: Money, coins: number, locale: string): string {
  assertSafeInteger(price.amount, 'price.amount');
  if (!Number.isSafeInteger(coins) || coins <= 0) throw new RangeError(`coins must be a positive safe integer, got ${coins}`);
  const exponent = currencyExponent(price.currency);
  const amount = BigInt(price.amount);
  const magnitude = amount < 0n ? -amount : amount;
  const divisor = BigInt(coins);
  const minimum = 10n ** BigInt(UNIT_PRICE_SIGNIFICANT_DIGITS - 1);
  let fractionDigits = exponent + UNIT_PRICE_EXTRA_DIGITS;
  let scaled = roundedRatio(magnitude, divisor, UNIT_PRICE_EXTRA_DIGITS);
  while (magnitude > 0n && scaled < minimum && fractionDigits < UNIT_PRICE_MAX_FRACTION_DIGITS) {
    fractionDigits += 1;
    scaled = roundedRatio(magnitude, divisor, fractionDigits - exponent);
  }
  const value = toDecimalString(amount < 0n ? -scaled : scaled, fractionDigits);
  const formatter = numberFormat(locale, {
    style: 'currency',
    currency: price.currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  return formatter.format(value);
}

/** round(numerator × 10^shift / divisor), halves rounded up; all operands non-negative. */
function roundedRatio(numerator: bigint, divisor: bigint, shift: number): bigint {
  return (numerator * 10n ** BigInt(shift) * 2n + divisor) / (2n * divisor);
}
