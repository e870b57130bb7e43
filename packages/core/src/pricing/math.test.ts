import { expect } from 'chai';
import fc from 'fast-check';
import { priceAtRate } from '@giftkit/contract';
import type { CoinPackage, CustomAmount, PackageCatalog } from '@giftkit/contract';
import {
  activePromotions, bestValue, compareUnitPrice, quoteCustom, roundCustomCoins, savingsPercent, suggestTopUp,
  totalCoins,
} from './math.js';
import type { TopUpSuggestion } from './math.js';

function pack(id: string, coins: number, amount: number, bonusCoins = 0, currency = 'USD'): CoinPackage {
  return { id, coins, bonusCoins, price: { amount, currency }, regularPrice: null, promotion: null };
}

function catalogOf(packages: CoinPackage[], customAmount: CustomAmount | null = null): PackageCatalog {
  return { region: 'US', platform: 'web', currency: 'USD', packages, customAmount, paymentMethods: [] };
}

const custom = (minCoins: number, maxCoins: number, step: number, rateCoins: number, rateAmount: number): CustomAmount => ({
  minCoins, maxCoins, step, rate: { coins: rateCoins, price: { amount: rateAmount, currency: 'USD' } },
});

// Shaped like TikTok's web packs: the larger packs carry bonus coins, custom amounts go up to 2.5M.
const realistic = catalogOf(
  [
    pack('p70', 70, 99), pack('p350', 350, 499), pack('p700', 700, 999), pack('p1400', 1400, 1999, 70),
    pack('p3500', 3500, 4999, 175), pack('p7000', 7000, 9999, 700), pack('p17500', 17500, 24999, 2625),
  ],
  custom(30, 2_500_000, 1, 100, 141),
);

/** What a caller would check on any suggestion: the parts add up to the whole. */
function sums(catalog: PackageCatalog, suggestion: TopUpSuggestion): { coins: number; amount: number; purchases: number } {
  let coins = 0;
  let amount = 0;
  let purchases = 0;
  for (const item of suggestion.items) {
    if (item.type === 'package') {
      coins += item.quantity * (item.package.coins + item.package.bonusCoins);
      amount += item.quantity * item.package.price.amount;
      purchases += item.quantity;
    } else {
      expect(item.price).to.deep.equal(quoteCustom(catalog, item.coins));
      coins += item.coins;
      amount += item.price.amount;
      purchases += 1;
    }
  }
  return { coins, amount, purchases };
}

type Optimum = { amount: number; coins: number; purchases: number } | null;

/** Every combination that a cheapest plan could be, tried one by one (small inputs only). */
function bruteForce(catalog: PackageCatalog, shortfall: number): Optimum {
  const customs = [{ coins: 0, amount: 0 }];
  const range = catalog.customAmount;
  if (range !== null) {
    for (let c = range.minCoins; c <= range.maxCoins; c += 1) {
      if (c % range.step === 0) customs.push({ coins: c, amount: priceAtRate(range.rate, c).amount });
    }
  }
  let best: Optimum = null;
  const visit = (index: number, coins: number, amount: number, purchases: number): void => {
    const pkg = catalog.packages[index];
    if (pkg === undefined) {
      for (const extra of customs) {
        const total = { amount: amount + extra.amount, coins: coins + extra.coins, purchases: purchases + (extra.coins > 0 ? 1 : 0) };
        if (total.coins < shortfall) continue;
        if (best === null || total.amount < best.amount || (total.amount === best.amount
          && (total.coins < best.coins || (total.coins === best.coins && total.purchases < best.purchases)))) best = total;
      }
      return;
    }
    const size = pkg.coins + pkg.bonusCoins;
    // Adding a pack to a set that already covers the shortfall can only cost more or give more surplus.
    for (let quantity = 0; ; quantity += 1) {
      visit(index + 1, coins + quantity * size, amount + quantity * pkg.price.amount, purchases + quantity);
      if (coins + quantity * size >= shortfall) break;
    }
  };
  visit(0, 0, 0, 0);
  return best;
}

const smallPackage = fc.record({ coins: fc.integer({ min: 1, max: 6 }), bonus: fc.integer({ min: 0, max: 2 }), amount: fc.integer({ min: 0, max: 30 }) });
const smallCustom = fc.option(
  fc.record({
    min: fc.integer({ min: 1, max: 6 }), span: fc.integer({ min: 0, max: 12 }), step: fc.integer({ min: 1, max: 3 }),
    rateCoins: fc.integer({ min: 1, max: 5 }), rateAmount: fc.integer({ min: 0, max: 12 }),
  }),
  { nil: null },
);
const smallCatalog = fc.tuple(fc.array(smallPackage, { maxLength: 3 }), smallCustom).map(([packages, range]) => catalogOf(
  packages.map((p, i) => pack(`p${i}`, p.coins, p.amount, p.bonus)),
  range === null ? null : custom(range.min, range.min + range.span, range.step, range.rateCoins, range.rateAmount),
));

describe('suggestTopUp', () => {
  it('finds the same optimum as trying every combination, on small random catalogs', () => {
    fc.assert(fc.property(smallCatalog, fc.integer({ min: -2, max: 40 }), (catalog, shortfall) => {
      const suggestion = suggestTopUp(catalog, shortfall);
      const optimum = shortfall <= 0 ? { amount: 0, coins: 0, purchases: 0 } : bruteForce(catalog, shortfall);
      if (optimum === null) {
        expect(suggestion).to.equal(null);
        return;
      }
      expect(suggestion).to.not.equal(null);
      const totals = sums(catalog, suggestion as TopUpSuggestion);
      expect({ amount: suggestion?.price.amount, coins: suggestion?.coins, purchases: totals.purchases }).to.deep.equal(optimum);
    }), { numRuns: 400 });
  });

  it('always covers the shortfall, and its coins and price are the sums of its items', () => {
    const catalog = fc.tuple(
      fc.array(fc.record({ coins: fc.integer({ min: 1, max: 5_000 }), bonus: fc.integer({ min: 0, max: 500 }), amount: fc.integer({ min: 1, max: 50_000 }) }), { maxLength: 6 }),
      fc.option(fc.record({ min: fc.integer({ min: 1, max: 500 }), span: fc.integer({ min: 0, max: 100_000 }), step: fc.integer({ min: 1, max: 50 }) }), { nil: null }),
    ).map(([packages, range]) => catalogOf(
      packages.map((p, i) => pack(`p${i}`, p.coins, p.amount, p.bonus)),
      range === null ? null : custom(range.min, range.min + range.span, range.step, 100, 141),
    ));
    fc.assert(fc.property(catalog, fc.integer({ min: 1, max: 200_000 }), (cat, shortfall) => {
      const suggestion = suggestTopUp(cat, shortfall);
      if (suggestion === null) {
        // Only a custom-only catalog whose largest amount is too small can fail to cover.
        expect(cat.packages).to.have.length(0);
        return;
      }
      const totals = sums(cat, suggestion);
      expect(suggestion.coins).to.be.at.least(shortfall);
      expect(totals.coins).to.equal(suggestion.coins);
      expect(totals.amount).to.equal(suggestion.price.amount);
      expect(suggestion.price.currency).to.equal('USD');
    }), { numRuns: 60 });
  });

  it('plans a 1,000,000-coin shortfall on a real catalog no dearer than the best pack alone', () => {
    const suggestion = suggestTopUp(realistic, 1_000_000);
    expect(suggestion).to.not.equal(null);
    const { coins, amount } = sums(realistic, suggestion as TopUpSuggestion);
    expect(coins).to.equal(suggestion?.coins).and.to.be.at.least(1_000_000);
    expect(amount).to.equal(suggestion?.price.amount);
    const best = realistic.packages[6] as CoinPackage;
    expect(suggestion?.price.amount).to.be.at.most(Math.ceil(1_000_000 / totalCoins(best)) * best.price.amount);
    expect(suggestion?.price.amount).to.be.at.most(quoteCustom(realistic, 1_000_000).amount);
  });

  it('fills a huge shortfall with the best-rate pack', () => {
    const catalog = catalogOf(realistic.packages);
    // 447,205 best packs overshoot by 625 coins; swapping one for the 19,500 coins still needed from any
    // other pack (1.29¢ per coin or more, against 1.24¢) costs more than the $249.99 pack it replaces.
    const suggestion = suggestTopUp(catalog, 9_000_000_000);
    expect(suggestion?.items).to.deep.equal([{ type: 'package', package: realistic.packages[6], quantity: 447_205 }]);
    expect(suggestion?.coins).to.equal(447_205 * 20_125);
    expect(suggestion?.price).to.deep.equal({ amount: 447_205 * 24_999, currency: 'USD' });
  });

  it('prefers fewer surplus coins, then fewer purchases, between equal prices', () => {
    // 2 × 5 coins and 1 × 10 coins cost the same; 1 × 11 coins costs the same too but overshoots.
    const catalog = catalogOf([pack('five', 5, 100), pack('ten', 10, 200), pack('eleven', 11, 200)]);
    expect(suggestTopUp(catalog, 10)?.items).to.deep.equal([{ type: 'package', package: catalog.packages[1], quantity: 1 }]);
  });

  it('does not fill with the best-rate pack where another pack fits the remainder better', () => {
    // The 5-pack has the better rate (2.6 a coin against 2.67), yet 12 coins cost 32 as two 6-packs
    // against 39 as three 5-packs.
    const catalog = catalogOf([pack('five', 5, 13), pack('six', 6, 16)]);
    expect(suggestTopUp(catalog, 12)?.items).to.deep.equal([{ type: 'package', package: catalog.packages[1], quantity: 2 }]);
    expect(suggestTopUp(catalog, 5_000_012)?.price.amount).to.equal(1_000_000 * 13 + 2 * 16);
  });

  it('combines packages with one custom amount when that is cheaper', () => {
    const catalog = catalogOf([pack('p100', 100, 100)], custom(1, 1_000, 1, 1, 2));
    const suggestion = suggestTopUp(catalog, 203);
    expect(suggestion?.items).to.deep.equal([
      { type: 'package', package: catalog.packages[0], quantity: 2 },
      { type: 'custom', coins: 3, price: { amount: 6, currency: 'USD' } },
    ]);
    expect(suggestion?.price).to.deep.equal({ amount: 206, currency: 'USD' });
  });

  it('answers an empty suggestion for no shortfall and null when nothing can cover it', () => {
    expect(suggestTopUp(realistic, 0)).to.deep.equal({ items: [], coins: 0, price: { amount: 0, currency: 'USD' } });
    expect(suggestTopUp(realistic, -5)?.items).to.deep.equal([]);
    expect(suggestTopUp(catalogOf([]), 10)).to.equal(null);
    expect(suggestTopUp(catalogOf([], custom(10, 100, 10, 1, 1)), 101)).to.equal(null);
  });

  it('rejects a shortfall that is not an integer and prices in another currency', () => {
    expect(() => suggestTopUp(realistic, 1.5)).to.throw(RangeError, /shortfall/);
    expect(() => suggestTopUp(catalogOf([pack('eur', 10, 100, 0, 'EUR')]), 5)).to.throw(RangeError, /EUR/);
  });
});

const positivePackage = fc.record({
  coins: fc.integer({ min: 1, max: 1_000_000 }), bonus: fc.integer({ min: 0, max: 100_000 }), amount: fc.integer({ min: 1, max: 10_000_000 }),
}).map((p) => pack('p', p.coins, p.amount, p.bonus));

describe('compareUnitPrice', () => {
  it('is antisymmetric and agrees with the exact ratio of price to coins', () => {
    fc.assert(fc.property(positivePackage, positivePackage, (a, b) => {
      // Both cross products stay below 2^53 with these bounds, so plain numbers are exact here.
      const exact = Math.sign(a.price.amount * totalCoins(b) - b.price.amount * totalCoins(a));
      expect(compareUnitPrice(a, b)).to.equal(exact);
      expect(compareUnitPrice(b, a)).to.equal(-exact);
    }));
  });

  it('tells apart rates that floats cannot', () => {
    const a = pack('a', Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER);
    const b = pack('b', Number.MAX_SAFE_INTEGER - 2, Number.MAX_SAFE_INTEGER - 1);
    expect(a.price.amount / a.coins).to.equal(b.price.amount / b.coins);
    expect(compareUnitPrice(a, b)).to.equal(-1);
  });

  it('refuses to compare prices in different currencies', () => {
    expect(() => compareUnitPrice(pack('a', 1, 1), pack('b', 1, 1, 0, 'EUR'))).to.throw(RangeError, /USD and EUR/);
  });
});

describe('savingsPercent', () => {
  it('is a whole percent in [0, 100) for priced packs, 0 against itself, above 0 exactly for cheaper rates', () => {
    fc.assert(fc.property(positivePackage, positivePackage, (pkg, base) => {
      const saved = savingsPercent(pkg, base);
      expect(Number.isInteger(saved)).to.equal(true);
      expect(saved).to.be.within(0, 99);
      expect(savingsPercent(base, base)).to.equal(0);
      if (saved > 0) expect(compareUnitPrice(pkg, base)).to.equal(-1);
      if (compareUnitPrice(pkg, base) >= 0) expect(saved).to.equal(0);
    }));
  });

  it('floors the saving per coin, bonus coins included', () => {
    // 1,470 coins for $19.99 against 70 for $0.99: 1 − (1999/1470)/(99/70) = 3.84…%.
    expect(savingsPercent(pack('p1400', 1400, 1999, 70), pack('p70', 70, 99))).to.equal(3);
    expect(savingsPercent(pack('free', 10, 0), pack('p70', 70, 99))).to.equal(100);
  });
});

describe('bestValue', () => {
  it('picks the lowest price per coin, and the larger pack on a tie', () => {
    expect(bestValue(realistic.packages)?.id).to.equal('p17500');
    expect(bestValue([pack('small', 10, 100), pack('large', 20, 200), pack('dear', 5, 100)])?.id).to.equal('large');
    expect(bestValue([])).to.equal(undefined);
  });
});

describe('activePromotions', () => {
  it('lists running promotions only, soonest ending first, with the time left', () => {
    const promo = (id: string, endsAt: string): CoinPackage['promotion'] => ({ id, label: id, endsAt });
    const catalog = catalogOf([
      { ...pack('a', 70, 99), promotion: promo('later', '2026-01-03T00:00:00.000Z') },
      { ...pack('b', 350, 499), promotion: promo('ended', '2026-01-01T00:00:00.000Z') },
      { ...pack('c', 700, 999), promotion: promo('sooner', '2026-01-02T00:00:00.000Z') },
      pack('d', 1400, 1999),
    ]);
    const active = activePromotions(catalog, new Date('2026-01-01T00:00:00.000Z'));
    expect(active.map((entry) => [entry.promotion.id, entry.package.id, entry.msLeft])).to.deep.equal([
      ['sooner', 'c', 86_400_000],
      ['later', 'a', 172_800_000],
    ]);
    expect(active[0]?.endsAt.toISOString()).to.equal('2026-01-02T00:00:00.000Z');
    expect(() => activePromotions(catalog, new Date(Number.NaN))).to.throw(RangeError);
  });
});

describe('quoteCustom and roundCustomCoins', () => {
  const range = custom(30, 3_000, 10, 100, 141);
  const catalog = catalogOf([], range);

  it('is monotonic in coins and never below the rate, and less than a minor unit above it', () => {
    const allowed = fc.integer({ min: 3, max: 300 }).map((k) => k * 10);
    fc.assert(fc.property(allowed, allowed, (x, y) => {
      const [low, high] = x <= y ? [x, y] : [y, x];
      const lowPrice = quoteCustom(catalog, low).amount;
      expect(lowPrice).to.be.at.most(quoteCustom(catalog, high).amount);
      expect(lowPrice * 100).to.be.at.least(low * 141);
      expect((lowPrice - 1) * 100).to.be.below(low * 141);
    }));
  });

  it('rejects amounts the catalog does not sell, with the reason', () => {
    expect(() => quoteCustom(catalogOf([]), 100)).to.throw(RangeError, /no custom amount/);
    expect(() => quoteCustom(catalog, 20)).to.throw(RangeError, /between 30 and 3000/);
    expect(() => quoteCustom(catalog, 3_010)).to.throw(RangeError, /between 30 and 3000/);
    expect(() => quoteCustom(catalog, 35)).to.throw(RangeError, /multiple of 10/);
    expect(() => quoteCustom(catalog, 40.5)).to.throw(RangeError, /positive safe integer/);
    expect(quoteCustom(catalog, 250)).to.deep.equal({ amount: 353, currency: 'USD' });
  });

  it('rounds a wanted amount up to the next one sold', () => {
    expect(roundCustomCoins(catalog, 1_234)).to.equal(1_240);
    expect(roundCustomCoins(catalog, 5)).to.equal(30);
    expect(roundCustomCoins(catalog, 3_000)).to.equal(3_000);
    expect(roundCustomCoins(catalog, 3_001)).to.equal(null);
    expect(roundCustomCoins(catalogOf([]), 10)).to.equal(null);
    expect(roundCustomCoins(catalogOf([], custom(25, 29, 10, 1, 1)), 1)).to.equal(null);
  });
});
