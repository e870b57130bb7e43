/** `giftkit.pricing`: the coin packages of the viewer's region, and the pure pricing math bound to them. */
import { routes, type CoinPackage, type Money, type PackageCatalog, type Platform } from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import { formatCoins, formatMoney, formatUnitPrice, type FormatOptions } from './format.js';
import {
  activePromotions, bestValue, quoteCustom, savingsPercent, suggestTopUp, totalCoins,
  type ActivePromotion, type TopUpSuggestion,
} from './math.js';

/** Picks which platform's catalog a pricing call uses. */
export interface PlatformOption {
  /** The platform whose prices apply. @default the `platform` option */
  platform?: Platform;
}

/** Formatting in the configured locale. */
export interface Formatter {
  /** Money in the configured locale with the currency's minor-unit decimals, e.g. `$1.99`, `￥160`. */
  money(money: Money, options?: FormatOptions): string;
  /** A number of coins in the configured locale, e.g. `12,500`, or `12.5K` with `compact`. */
  coins(coins: number, options?: FormatOptions): string;
  /** The display price of one coin when `price` buys `coins` coins, e.g. `$0.0141`. */
  unitPrice(price: Money, coins: number): string;
}

/** `giftkit.pricing`. */
export interface PricingApi {
  /** The coin packages for the viewer's region on a platform; loaded once per platform, then cached. */
  packages(options?: PlatformOption): Promise<PackageCatalog>;
  /** The display price per coin received (bonus included) of a package, e.g. `$0.0141`. */
  unitPrice(pkg: CoinPackage): string;
  /** The whole percent saved per coin on `pkg` against the catalog's base (first) pack. */
  savings(pkg: CoinPackage, options?: PlatformOption): Promise<number>;
  /** The package with the lowest price per coin, or `undefined` when there is none. */
  bestValue(options?: PlatformOption): Promise<CoinPackage | undefined>;
  /** Running promotions with their end time and time left, soonest ending first. */
  promotions(options?: PlatformOption): Promise<ActivePromotion[]>;
  /** The price of a custom number of coins; rejects with a RangeError outside the allowed range or step. */
  quoteCustom(coins: number, options?: PlatformOption): Promise<Money>;
  /** The cheapest way to buy at least `shortfall` coins (e.g. `InsufficientFundsError.shortfall`), or `null`. */
  suggestTopUp(shortfall: number, options?: PlatformOption): Promise<TopUpSuggestion | null>;
  /** The catalog already loaded for a platform, if any, without a request. */
  cached(platform?: Platform): PackageCatalog | undefined;
  /** Formatting in the configured locale. */
  readonly format: Formatter;
}

/** What the pricing module is built from. */
export interface PricingContext {
  readonly http: HttpClient;
  readonly platform: Platform;
  readonly locale: string;
}

/** Builds `giftkit.pricing`. */
export function createPricingApi({ http, platform: defaultPlatform, locale }: PricingContext): PricingApi {
  const loading = new Map<Platform, Promise<PackageCatalog>>();
  const loaded = new Map<Platform, PackageCatalog>();

  function packages(options: PlatformOption = {}): Promise<PackageCatalog> {
    const platform = options.platform ?? defaultPlatform;
    let promise = loading.get(platform);
    if (!promise) {
      promise = http.call(routes.listPackages, { query: { platform } });
      loading.set(platform, promise);
      promise.then(
        (catalog) => loaded.set(platform, catalog),
        () => loading.delete(platform), // a failed load is tried again on the next call
      );
    }
    return promise;
  }

  return {
    packages,
    unitPrice: (pkg) => formatUnitPrice(pkg.price, totalCoins(pkg), locale),
    async savings(pkg, options) {
      const base = (await packages(options)).packages[0];
      return base ? savingsPercent(pkg, base) : 0;
    },
    async bestValue(options) {
      return bestValue((await packages(options)).packages);
    },
    async promotions(options) {
      return activePromotions(await packages(options), new Date());
    },
    async quoteCustom(coins, options) {
      return quoteCustom(await packages(options), coins);
    },
    async suggestTopUp(shortfall, options) {
      return suggestTopUp(await packages(options), shortfall);
    },
    cached: (platform = defaultPlatform) => loaded.get(platform),
    format: {
      money: (money, options) => formatMoney(money, locale, options),
      coins: (coins, options) => formatCoins(coins, locale, options),
      unitPrice: (price, coins) => formatUnitPrice(price, coins, locale),
    },
  };
}
