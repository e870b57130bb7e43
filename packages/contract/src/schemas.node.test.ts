// Property tests: the contract accepts every well-formed value and rejects every malformed amount,
// whatever shape the malformation takes. These schemas guard both the SDK and the server, so a hole
// here is a hole in every wallet.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  Coins, Diamonds, Money, CurrencyCode, SendGiftRequest, CreateRechargeRequest, SetBudgetsRequest,
  ErrorEnvelope, Wallet, IdempotencyKey, priceAtRate, currencyExponent,
} from './index.js';

const RUNS = { numRuns: 300 };

/** Numbers that can never be a count of coins, diamonds or minor units. */
const badCount = fc.oneof(
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, -0.5, 1e-9),
  fc.bigInt().map((b) => b as unknown),
  fc.string(),
  fc.constantFrom(null, undefined, true, '100', [], {}),
);
const goodCount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const goodCurrency = fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'BRL', 'KWD', 'INR', 'MXN');
const badCurrency = fc.oneof(
  fc.string().filter((s) => !/^[A-Z]{3}$/.test(s)),
  fc.constantFrom('usd', 'Usd', 'US', 'USDT', 'ABC', 'ZZZ', ' USD', 'USD ', '€', '123', ''),
);

describe('amount schemas', () => {
  it('accept every non-negative safe integer', () => {
    fc.assert(fc.property(goodCount, (n) => Coins.safeParse(n).success && Diamonds.safeParse(n).success), RUNS);
  });

  it('reject negative, fractional, NaN, infinite, unsafe and non-number counts', () => {
    fc.assert(fc.property(badCount, (n) => !Coins.safeParse(n).success && !Diamonds.safeParse(n).success), RUNS);
  });

  it('accept money of any safe amount in a real ISO 4217 currency', () => {
    fc.assert(fc.property(goodCount, goodCurrency, (amount, currency) => Money.safeParse({ amount, currency }).success), RUNS);
  });

  it('reject money with a malformed amount or a code that is not ISO 4217', () => {
    fc.assert(fc.property(badCount, goodCurrency, (amount, currency) => !Money.safeParse({ amount, currency }).success), RUNS);
    fc.assert(fc.property(goodCount, badCurrency, (amount, currency) => !Money.safeParse({ amount, currency }).success), RUNS);
    assert.equal(CurrencyCode.safeParse('XYZ').success, false);
  });
});

describe('request schemas', () => {
  const gift = { giftId: 'rose', recipientId: 'creator_lena', streamId: 'stream_1', count: 1 };

  it('reject a gift send whose count is malformed or out of range', () => {
    fc.assert(fc.property(fc.oneof(badCount, fc.constantFrom(0, 10_000)), (count) =>
      !SendGiftRequest.safeParse({ ...gift, count }).success), RUNS);
    assert.equal(SendGiftRequest.safeParse(gift).success, true);
  });

  it('reject ids that could smuggle markup or paths', () => {
    for (const giftId of ['', '<img src=x>', '../etc', 'a b', 'x'.repeat(129), 'rose\n']) {
      assert.equal(SendGiftRequest.safeParse({ ...gift, giftId }).success, false, JSON.stringify(giftId));
    }
  });

  it('reject a custom recharge of a malformed number of coins', () => {
    const base = { platform: 'web', paymentMethod: 'card' };
    fc.assert(fc.property(fc.oneof(badCount, fc.constant(0)), (coins) =>
      !CreateRechargeRequest.safeParse({ ...base, item: { type: 'custom', coins } }).success), RUNS);
    assert.equal(CreateRechargeRequest.safeParse({ ...base, item: { type: 'custom', coins: 500 } }).success, true);
  });

  it('reject a non-http return URL', () => {
    const base = { platform: 'web', paymentMethod: 'card', item: { type: 'package', packageId: 'p70' } };
    for (const returnUrl of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.test/', 'not a url']) {
      assert.equal(CreateRechargeRequest.safeParse({ ...base, returnUrl }).success, false, returnUrl);
    }
    assert.equal(CreateRechargeRequest.safeParse({ ...base, returnUrl: 'https://live.example/return' }).success, true);
  });

  it('reject budgets with malformed limits', () => {
    fc.assert(fc.property(badCount, (limit) =>
      !SetBudgetsRequest.safeParse({ budgets: [{ unit: 'coins', period: 'week', limit }] }).success), RUNS);
    fc.assert(fc.property(badCurrency, (currency) =>
      !SetBudgetsRequest.safeParse({ budgets: [{ unit: 'money', period: 'day', limit: { amount: 100, currency } }] }).success), RUNS);
  });

  it('accept only idempotency keys of 8 to 255 visible ASCII characters', () => {
    assert.equal(IdempotencyKey.safeParse(crypto.randomUUID()).success, true);
    for (const key of ['short', 'x'.repeat(256), 'has space in it', 'tab\tinside!', 'ünïcödé-key']) {
      assert.equal(IdempotencyKey.safeParse(key).success, false, key);
    }
  });
});

describe('response schemas', () => {
  const wallet = {
    userId: 'viewer_ada', coins: 1200, region: 'US', currency: 'USD', budgets: [],
    flags: { ageRestricted: false, regionMismatch: false }, updatedAt: '2026-11-22T10:00:00.000Z',
  };

  it('accept a well-formed wallet and keep unknown fields out of the result', () => {
    const parsed = Wallet.parse({ ...wallet, futureField: 1 });
    assert.deepEqual(parsed, wallet);
  });

  it('reject a wallet whose balance is malformed', () => {
    fc.assert(fc.property(badCount, (coins) => !Wallet.safeParse({ ...wallet, coins }).success), RUNS);
  });

  it('parse an error envelope with a code this version does not know yet', () => {
    const parsed = ErrorEnvelope.safeParse({ error: { code: 'gift_retired', message: 'Gone.' } });
    assert.equal(parsed.success, true);
  });
});

describe('priceAtRate', () => {
  const rate = fc.record({
    coins: fc.integer({ min: 1, max: 100_000 }),
    price: fc.record({ amount: fc.integer({ min: 0, max: 1_000_000 }), currency: goodCurrency }),
  });

  it('charges at least the exact rate and less than one minor unit above it', () => {
    fc.assert(fc.property(rate, fc.integer({ min: 0, max: 10_000_000 }), (r, coins) => {
      const { amount } = priceAtRate(r, coins);
      const exact = BigInt(coins) * BigInt(r.price.amount);
      return BigInt(amount) * BigInt(r.coins) >= exact && BigInt(amount - 1) * BigInt(r.coins) < exact;
    }), RUNS);
  });

  it('never charges less for more coins', () => {
    fc.assert(fc.property(rate, fc.nat(1_000_000), fc.nat(1_000_000), (r, a, b) => {
      const [fewer, more] = a <= b ? [a, b] : [b, a];
      return priceAtRate(r, fewer).amount <= priceAtRate(r, more).amount;
    }), RUNS);
  });

  it('refuses a malformed number of coins with a RangeError', () => {
    const r = { coins: 100, price: { amount: 129, currency: 'USD' } };
    for (const coins of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      assert.throws(() => priceAtRate(r, coins), RangeError);
    }
  });
});

describe('currencyExponent', () => {
  it('follows ISO 4217 for zero-, two- and three-decimal currencies', () => {
    assert.deepEqual(['JPY', 'KRW', 'USD', 'EUR', 'BRL', 'KWD', 'BHD'].map(currencyExponent), [0, 0, 2, 2, 2, 3, 3]);
  });
});
