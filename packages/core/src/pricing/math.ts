/**
 * Exact arithmetic over a coin package catalog: unit prices, savings, promotions, custom amounts and the
 * cheapest way to top up. Integers only; products that can pass 2^53 go through BigInt.
 */
import { priceAtRate } from '@giftkit/contract';
import type { CoinPackage, CustomAmount, Money, PackageCatalog, Promotion } from '@giftkit/contract';

/**
 * The coins a viewer receives for a package: its coins plus its bonus coins.
 *
 * @example totalCoins({ ...pkg, coins: 1400, bonusCoins: 70 }) // 1470
 */
export function totalCoins(pkg: CoinPackage): number {
  const total = pkg.coins + pkg.bonusCoins;
  if (!Number.isSafeInteger(total)) throw new RangeError(`package ${pkg.id} holds more coins than a safe integer`);
  return total;
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot compare prices in ${a.currency} and ${b.currency}`);
}

/**
 * Compares two packages by price per coin received (bonus included), exactly, by cross-multiplication:
 * negative when `a` is cheaper per coin, positive when `b` is, 0 when equal. Usable as a sort comparator.
 * Throws a `RangeError` when the two prices are in different currencies.
 *
 * @example packages.toSorted(compareUnitPrice) // cheapest per coin first
 */
export function compareUnitPrice(a: CoinPackage, b: CoinPackage): number {
  assertSameCurrency(a.price, b.price);
  const left = BigInt(a.price.amount) * BigInt(totalCoins(b));
  const right = BigInt(b.price.amount) * BigInt(totalCoins(a));
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The whole percent a viewer saves per coin on `pkg` compared with `base` (the catalog's first, smallest
 * pack), rounded down and never negative: 0 for the base itself and for packs that cost more per coin.
 * Below 100 for every pack with a price; a free pack saves 100.
 *
 * @example savingsPercent(pack1400, catalog.packages[0]) // 8
 */
export function savingsPercent(pkg: CoinPackage, base: CoinPackage): number {
  assertSameCurrency(pkg.price, base.price);
  // saved = 1 − (pkg.price / pkg.coins) / (base.price / base.coins), kept as one integer fraction.
  const baseCost = BigInt(base.price.amount) * BigInt(totalCoins(pkg));
  const pkgCost = BigInt(pkg.price.amount) * BigInt(totalCoins(base));
  if (baseCost === 0n || pkgCost >= baseCost) return 0;
  return Number((100n * (baseCost - pkgCost)) / baseCost);
}

/**
 * The package with the lowest price per coin received; between equal rates, the one with more coins.
 * `undefined` for an empty list. Throws a `RangeError` when the packages mix currencies.
 *
 * @example bestValue(catalog.packages)?.id
 */
export function bestValue(packages: readonly CoinPackage[]): CoinPackage | undefined {
  let best: CoinPackage | undefined;
  for (const pkg of packages) {
    if (best === undefined) {
      best = pkg;
      continue;
    }
    const order = compareUnitPrice(pkg, best);
    if (order < 0 || (order === 0 && totalCoins(pkg) > totalCoins(best))) best = pkg;
  }
  return best;
}

/** A promotion that is still running, with the time left on it. */
export interface ActivePromotion {
  package: CoinPackage;
  promotion: Promotion;
  /** When the promotion ends. */
  endsAt: Date;
  /** Milliseconds from `now` until `endsAt`, always positive. */
  msLeft: number;
}

/**
 * The promotions of a catalog that have not ended at `now`, soonest ending first (for countdowns).
 * Throws a `RangeError` when `now` is an invalid date.
 *
 * @example activePromotions(catalog, new Date())[0]?.msLeft
 */
export function activePromotions(catalog: PackageCatalog, now: Date): ActivePromotion[] {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now must be a valid Date');
  const active: ActivePromotion[] = [];
  for (const pkg of catalog.packages) {
    if (pkg.promotion === null) continue;
    const endsAt = new Date(pkg.promotion.endsAt);
    const msLeft = endsAt.getTime() - nowMs;
    if (msLeft > 0) active.push({ package: pkg, promotion: pkg.promotion, endsAt, msLeft });
  }
  return active.sort((a, b) => a.msLeft - b.msLeft);
}

function requireCustomAmount(catalog: PackageCatalog): CustomAmount {
  if (catalog.customAmount === null) throw new RangeError('this catalog offers no custom amount');
  return catalog.customAmount;
}

/** The smallest allowed custom amount of at least `coins`, or null when the range has none. */
function smallestCustomAtLeast(custom: CustomAmount, coins: number): number | null {
  const wanted = Math.max(coins, custom.minCoins);
  const rounded = Math.ceil(wanted / custom.step) * custom.step;
  return rounded <= custom.maxCoins ? rounded : null;
}

/**
 * The price of a custom number of coins at the catalog's custom rate, rounded up to the next minor unit
 * exactly as the server charges it. Throws a `RangeError` when the catalog has no custom amount, or when
 * `coins` is not a positive safe integer, lies outside `[minCoins, maxCoins]` or is not a multiple of `step`.
 *
 * @example quoteCustom(catalog, 2_500) // { amount: 3_225, currency: 'USD' }
 */
export function quoteCustom(catalog: PackageCatalog, coins: number): Money {
  const custom = requireCustomAmount(catalog);
  if (!Number.isSafeInteger(coins) || coins <= 0) throw new RangeError(`coins must be a positive safe integer, got ${coins}`);
  if (coins < custom.minCoins || coins > custom.maxCoins) {
    throw new RangeError(`a custom amount must be between ${custom.minCoins} and ${custom.maxCoins} coins, got ${coins}`);
  }
  if (coins % custom.step !== 0) throw new RangeError(`a custom amount must be a multiple of ${custom.step} coins, got ${coins}`);
  return priceAtRate(custom.rate, coins);
}

/**
 * Rounds a wanted number of coins up to the next custom amount the catalog allows (at least `minCoins`,
 * a multiple of `step`), or `null` when the catalog has no custom amount or the wanted number is above
 * the largest allowed amount. Throws a `RangeError` unless `coins` is a safe integer.
 *
 * @example roundCustomCoins(catalog, 1_234) // 1_240 with a step of 10
 */
export function roundCustomCoins(catalog: PackageCatalog, coins: number): number | null {
  if (!Number.isSafeInteger(coins)) throw new RangeError(`coins must be a safe integer, got ${coins}`);
  return catalog.customAmount === null ? null : smallestCustomAtLeast(catalog.customAmount, coins);
}

/** One purchase in a {@link TopUpSuggestion}: a package bought `quantity` times, or one custom amount. */
export type TopUpItem =
  | { type: 'package'; package: CoinPackage; quantity: number }
  | { type: 'custom'; coins: number; price: Money };

/** The cheapest way to buy at least a number of coins, with what it costs and how many coins it gives. */
export interface TopUpSuggestion {
  /** Packages in catalog order, then the custom amount if any. */
  items: TopUpItem[];
  /** Coins received, bonus included; at least the shortfall. */
  coins: number;
  /** Total price, the sum of the items' prices. */
  price: Money;
}

// The planner's exact table holds one entry per coin total (scaled by the gcd); this bounds its memory
// (~32 MB) for catalogs whose pack sizes make the repeating pattern appear late (see suggestTopUp).
const MAX_PLAN_ENTRIES = 1 << 21;
// Splits between packages and one custom amount are tried one by one; this bounds the time (~50 ms).
const MAX_CUSTOM_SPLITS = 1 << 23;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** priceAtRate(rate, coins).amount without BigInt while the product stays a safe integer: the planner calls it per coin total. */
function customPriceAmount(custom: CustomAmount, coins: number): number {
  const { coins: per, price } = custom.rate;
  const numerator = coins * price.amount + per - 1;
  if (!Number.isSafeInteger(numerator)) return priceAtRate(custom.rate, coins).amount;
  return (numerator - (numerator % per)) / per;
}

/**
 * Minimum (price, purchases) to get exactly x scaled coin units from packages, for every x, with the
 * last package used so a plan can be rebuilt. Past `length` the values repeat: see `at`.
 */
interface PackagePlans {
  price: Float64Array;
  purchases: Uint32Array;
  last: Int32Array;
  length: number;
  period: { size: number; price: number; index: number };
}

function planPackages(sizes: readonly number[], prices: readonly number[], best: number, highest: number): PackagePlans {
  const period = { size: sizes[best] ?? 0, price: prices[best] ?? 0, index: best };
  const largest = Math.max(...sizes);
  const length = Math.min(highest + 1, MAX_PLAN_ENTRIES);
  const price = new Float64Array(length).fill(Infinity);
  const purchases = new Uint32Array(length);
  const last = new Int32Array(length).fill(-1);
  price[0] = 0;
  // f(x) = f(x − best) + best's price holds for every x beyond some point (best has the lowest rate). Once
  // it holds for `largest` consecutive x, it holds for all larger x, since each f(x) is a minimum over
  // f(x − size) of entries in that window: from there on, plans are the best pack repeated.
  let run = 0;
  for (let x = 1; x < length; x += 1) {
    let bestPrice = Infinity;
    let bestPurchases = 0;
    for (let i = 0; i < sizes.length; i += 1) {
      const from = x - (sizes[i] as number);
      if (from < 0) continue;
      const candidate = (price[from] as number) + (prices[i] as number);
      const count = (purchases[from] as number) + 1;
      if (candidate < bestPrice || (candidate === bestPrice && count < bestPurchases)) {
        bestPrice = candidate;
        bestPurchases = count;
        last[x] = i;
      }
    }
    if (bestPrice > Number.MAX_SAFE_INTEGER && bestPrice !== Infinity) throw new RangeError('top-up prices exceed the safe integer range');
    price[x] = bestPrice;
    purchases[x] = bestPurchases;
    if (x >= period.size) {
      const earlier = x - period.size;
      const repeats = bestPrice === (price[earlier] as number) + period.price
        && (bestPrice === Infinity || bestPurchases === (purchases[earlier] as number) + 1);
      run = repeats ? run + 1 : 0;
      if (run >= largest) return { price, purchases, last, length: x + 1, period };
    }
  }
  if (length <= highest) throw new RangeError('shortfall too large to plan exactly for this catalog');
  return { price, purchases, last, length, period };
}

/** The best (price, purchases) for exactly x units, and how many best packs were added past the table. */
function at(plans: PackagePlans, x: number): { price: number; purchases: number; base: number; repeats: number } {
  const repeats = x < plans.length ? 0 : Math.ceil((x - plans.length + 1) / plans.period.size);
  const base = x - repeats * plans.period.size;
  return {
    price: (plans.price[base] as number) + repeats * plans.period.price,
    purchases: (plans.purchases[base] as number) + repeats,
    base,
    repeats,
  };
}

/** A way to cover the shortfall: `x` scaled units from packages plus `custom` coins (0 for none). */
interface Candidate {
  price: number;
  coins: number;
  purchases: number;
  x: number;
  custom: number;
}

function isBetter(candidate: Candidate, best: Candidate | null): boolean {
  if (best === null) return true;
  if (candidate.price !== best.price) return candidate.price < best.price;
  if (candidate.coins !== best.coins) return candidate.coins < best.coins;
  return candidate.purchases < best.purchases;
}

/**
 * The cheapest combination of purchases that gives at least `shortfall` coins (bonus included): any
 * number of each package plus at most one custom amount. Between equal prices it prefers fewer surplus
 * coins, then fewer purchases (each package bought counts once per unit, since a recharge buys one item).
 *
 * Exact: a dynamic programme over coin totals scaled by the gcd of all sizes, up to the shortfall plus
 * the largest pack. For large shortfalls the table stops as soon as plans provably repeat with the
 * best-rate pack (see `planPackages`): the bulk is filled with that pack in closed form and only the
 * remainder is optimised, so a 1,000,000-coin shortfall takes tens of milliseconds on real catalogs.
 *
 * Returns a suggestion with no items, 0 coins and a zero price when `shortfall <= 0`, and `null` when
 * nothing in the catalog can cover the shortfall (no packages, and no custom amount large enough).
 * Throws a `RangeError` for a non-integer shortfall, prices in a currency other than the catalog's,
 * a total beyond the safe integer range, or (for pathological catalogs only) a plan too large to compute.
 *
 * @example suggestTopUp(catalog, wallet.coins < gift.coins ? gift.coins - wallet.coins : 0)
 */
export function suggestTopUp(catalog: PackageCatalog, shortfall: number): TopUpSuggestion | null {
  if (!Number.isSafeInteger(shortfall)) throw new RangeError(`shortfall must be a safe integer, got ${shortfall}`);
  const { currency, packages, customAmount: custom } = catalog;
  for (const pkg of packages) {
    if (pkg.price.currency !== currency) throw new RangeError(`package ${pkg.id} is priced in ${pkg.price.currency}, not ${currency}`);
  }
  if (custom !== null && custom.rate.price.currency !== currency) {
    throw new RangeError(`the custom rate is in ${custom.rate.price.currency}, not ${currency}`);
  }
  if (shortfall <= 0) return { items: [], coins: 0, price: { amount: 0, currency } };
  if (packages.length === 0 && custom === null) return null;

  const totals = packages.map(totalCoins);
  const unit = totals.reduce(gcd, custom?.step ?? 0);
  const sizes = totals.map((total) => total / unit);
  const target = Math.ceil(shortfall / unit);
  const largest = sizes.length > 0 ? Math.max(...sizes) : 0;
  const bestPackage = bestValue(packages);
  const plans = bestPackage === undefined
    ? null
    : planPackages(sizes, packages.map((pkg) => pkg.price.amount), packages.indexOf(bestPackage), target + largest - 1);

  let best: Candidate | null = null;
  if (plans !== null) {
    // Without a custom amount, a plan that covers the target stays below target + largest pack: any
    // pack could be dropped from a larger one.
    for (let x = target; x < target + largest; x += 1) {
      const plan = at(plans, x);
      const candidate = { price: plan.price, coins: x * unit, purchases: plan.purchases, x, custom: 0 };
      if (plan.price !== Infinity && isBetter(candidate, best)) best = candidate;
    }
  }
  if (custom !== null) {
    // Packages cover x units and one custom amount the rest; larger package parts need no custom amount,
    // and smaller ones leave more than the largest custom amount to cover.
    const from = plans === null ? 0 : Math.max(0, target - Math.floor(custom.maxCoins / unit));
    const to = plans === null ? 1 : target;
    if (to - from > MAX_CUSTOM_SPLITS) throw new RangeError('shortfall too large to plan exactly for this catalog');
    for (let x = from; x < to; x += 1) {
      const plan = plans === null ? { price: 0, purchases: 0 } : at(plans, x);
      const customCoins = smallestCustomAtLeast(custom, shortfall - x * unit);
      if (plan.price === Infinity || customCoins === null) continue;
      const price = plan.price + customPriceAmount(custom, customCoins);
      const candidate = { price, coins: x * unit + customCoins, purchases: plan.purchases + 1, x, custom: customCoins };
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  if (best === null) return null;
  if (!Number.isSafeInteger(best.price)) throw new RangeError('the top-up price exceeds the safe integer range');

  const quantities = new Array<number>(packages.length).fill(0);
  if (plans !== null) {
    const plan = at(plans, best.x);
    quantities[plans.period.index] = plan.repeats;
    for (let x = plan.base; x > 0; x -= sizes[plans.last[x] as number] as number) {
      const index = plans.last[x] as number;
      quantities[index] = (quantities[index] as number) + 1;
    }
  }
  const items: TopUpItem[] = [];
  packages.forEach((pkg, index) => {
    const quantity = quantities[index] as number;
    if (quantity > 0) items.push({ type: 'package', package: pkg, quantity });
  });
  if (best.custom > 0) items.push({ type: 'custom', coins: best.custom, price: quoteCustom(catalog, best.custom) });
  return { items, coins: best.coins, price: { amount: best.price, currency } };
}
