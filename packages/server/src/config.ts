/** The wallet service's rules that an operator may tune, with their defaults. */
import type { Money } from '@giftkit/contract';

/** The tunable rules of the wallet service. Amounts are integers: minor units, coins or diamonds. */
export interface WalletConfig {
  /**
   * Share of a gift's coins the creator receives as diamonds, in basis points (rounded down).
   * @default 5000
   */
  creatorShareBps: number;
  /**
   * Viewers younger than this may not buy or send coins.
   * @default 18
   */
  minimumAge: number;
  /**
   * Extra charged on iOS and Android over the web price, in basis points, for the app stores' fee.
   * @default 3000
   */
  storeFeeBps: number;
  /**
   * A recharge priced at or above this many minor units, per currency, needs a step-up.
   * Currencies not listed never trigger the amount rule. An override replaces the whole table.
   * @default { USD: 5000, EUR: 5000, GBP: 4000, JPY: 7000, BRL: 25000 }
   */
  stepUpThresholds: Record<string, number>;
  /**
   * A viewer who already created this many recharges within `velocityWindowSeconds` needs a step-up for the next.
   * @default 5
   */
  velocityMaxRecharges: number;
  /** @default 600 */
  velocityWindowSeconds: number;
  /**
   * A payout of more than this many diamonds needs a step-up.
   * @default 20000
   */
  payoutStepUpDiamonds: number;
  /**
   * The one-time code the sandbox accepts for every step-up challenge.
   * @default '123456'
   */
  sandboxStepUpCode: string;
  /** @default 3 */
  stepUpMaxAttempts: number;
  /**
   * How long a challenge can be answered.
   * @default 300
   */
  stepUpTtlSeconds: number;
  /**
   * How long after verification the challenged request may be repeated.
   * @default 600
   */
  stepUpValidSeconds: number;
  /**
   * How long the hosted checkout of a recharge stays open before the recharge expires.
   * @default 1800
   */
  checkoutTtlSeconds: number;
  /**
   * How long an Idempotency-Key stays locked by a request that never finished (a crash) before it can be retried.
   * @default 60
   */
  idempotencyLockSeconds: number;
  /**
   * Sends of one combo more than this far apart end it (`gift.combo.settled`).
   * @default 10
   */
  comboWindowSeconds: number;
  /**
   * Diamonds received within this period are pending, not yet redeemable.
   * @default 0
   */
  diamondHoldSeconds: number;
  /**
   * Money paid per `diamonds` diamonds (rounded down to the minor unit).
   * @default { diamonds: 200, money: { amount: 100, currency: 'USD' } }
   */
  payoutRate: { diamonds: number; money: Money };
  /** @default 2000 */
  payoutMinimumDiamonds: number;
  /**
   * The most money a creator can be paid in one UTC day, in the payout rate's currency.
   * @default { amount: 100000, currency: 'USD' }
   */
  payoutDailyCap: Money;
  /**
   * Seconds between keep-alive comments on the event stream.
   * @default 15
   */
  sseKeepAliveSeconds: number;
  /**
   * The region of a user the wallet has not seen before and whose token names none.
   * @default 'US'
   */
  defaultRegion: string;
}

/** The defaults of every `WalletConfig` setting. */
export const DEFAULT_WALLET_CONFIG: Readonly<WalletConfig> = Object.freeze({
  creatorShareBps: 5000,
  minimumAge: 18,
  storeFeeBps: 3000,
  stepUpThresholds: Object.freeze({ USD: 5000, EUR: 5000, GBP: 4000, JPY: 7000, BRL: 25000 }),
  velocityMaxRecharges: 5,
  velocityWindowSeconds: 600,
  payoutStepUpDiamonds: 20000,
  sandboxStepUpCode: '123456',
  stepUpMaxAttempts: 3,
  stepUpTtlSeconds: 300,
  stepUpValidSeconds: 600,
  checkoutTtlSeconds: 1800,
  idempotencyLockSeconds: 60,
  comboWindowSeconds: 10,
  diamondHoldSeconds: 0,
  payoutRate: Object.freeze({ diamonds: 200, money: Object.freeze({ amount: 100, currency: 'USD' }) }),
  payoutMinimumDiamonds: 2000,
  payoutDailyCap: Object.freeze({ amount: 100000, currency: 'USD' }),
  sseKeepAliveSeconds: 15,
  defaultRegion: 'US',
});

const NON_NEGATIVE_INTEGERS = [
  'minimumAge', 'velocityMaxRecharges', 'payoutStepUpDiamonds', 'diamondHoldSeconds', 'payoutMinimumDiamonds',
] as const;
const POSITIVE_INTEGERS = [
  'velocityWindowSeconds', 'stepUpMaxAttempts', 'stepUpTtlSeconds', 'stepUpValidSeconds', 'checkoutTtlSeconds',
  'idempotencyLockSeconds', 'comboWindowSeconds', 'sseKeepAliveSeconds',
] as const;

/**
 * The defaults overlaid with `overrides`, checked. Throws a `RangeError` naming the first setting
 * that is out of range, so a typo fails at start-up rather than on the first purchase.
 */
export function resolveConfig(overrides: Partial<WalletConfig> = {}): WalletConfig {
  const config: WalletConfig = { ...DEFAULT_WALLET_CONFIG, ...overrides };
  const fail = (name: string, rule: string) => {
    throw new RangeError(`config.${name} must be ${rule}`);
  };
  const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;
  for (const name of NON_NEGATIVE_INTEGERS) if (!isCount(config[name])) fail(name, 'a non-negative integer');
  for (const name of POSITIVE_INTEGERS) if (!isCount(config[name]) || config[name] === 0) fail(name, 'a positive integer');
  for (const name of ['creatorShareBps', 'storeFeeBps'] as const) {
    if (!isCount(config[name]) || config[name] > 10000) fail(name, 'an integer number of basis points from 0 to 10000');
  }
  for (const [currency, amount] of Object.entries(config.stepUpThresholds)) {
    if (!isCount(amount)) fail(`stepUpThresholds.${currency}`, 'a non-negative integer of minor units');
  }
  if (!/^[0-9]{4,10}$/.test(config.sandboxStepUpCode)) fail('sandboxStepUpCode', '4 to 10 digits');
  if (!isCount(config.payoutRate.diamonds) || config.payoutRate.diamonds === 0 || !isCount(config.payoutRate.money.amount)) {
    fail('payoutRate', 'a positive number of diamonds for a non-negative amount of minor units');
  }
  if (!isCount(config.payoutDailyCap.amount) || config.payoutDailyCap.currency !== config.payoutRate.money.currency) {
    fail('payoutDailyCap', 'a non-negative amount in the payout rate’s currency');
  }
  if (!/^[A-Z]{2}$/.test(config.defaultRegion)) fail('defaultRegion', 'an ISO 3166-1 alpha-2 code');
  return config;
}
