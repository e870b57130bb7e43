/**
 * Prices of coins: packages by region and platform (web cheapest, app stores carry their fee),
 * volume bonus, promotions with an end, and custom amounts at the base pack's rate.
 */
import {
  priceAtRate, type CoinPackage, type CustomAmount, type Money, type PackageCatalog, type Platform, type RechargeItem,
} from '@giftkit/contract';
import type { CatalogRecord, PackageDefinition, PromotionDefinition, UserRecord } from '../store/records.js';
import { paymentMethodsFor, regionSettings } from './catalog.js';
import type { DomainContext } from './context.js';
import { WalletError } from './wallet-error.js';

/** `amount × bps / 10000`, rounded down, in integers. */
export function basisPoints(amount: number, bps: number): number {
  return Number((BigInt(amount) * BigInt(bps)) / 10000n);
}

/** The price on a platform of something that costs `webAmount` minor units on the web (store fee added, rounded up). */
export function platformAmount(webAmount: number, platform: Platform, ctx: DomainContext): number {
  if (platform === 'web') return webAmount;
  const total = BigInt(webAmount) * BigInt(10000 + ctx.config.storeFeeBps);
  return Number((total + 9999n) / 10000n);
}

/** The bonus coins of the highest volume tier a package of `coins` coins reaches. */
export function volumeBonusCoins(catalog: CatalogRecord, coins: number): number {
  const tier = catalog.volumeBonus.filter((t) => coins >= t.minCoins).sort((a, b) => b.minCoins - a.minCoins)[0];
  return tier ? basisPoints(coins, tier.bps) : 0;
}

/** The promotion running on a package at `now`, if any. */
export function activePromotion(catalog: CatalogRecord, packageId: string, now: Date): PromotionDefinition | null {
  const at = now.toISOString();
  return catalog.promotions.find((p) => p.packageId === packageId && p.startsAt <= at && at < p.endsAt) ?? null;
}

/** A package as sold in `currency` on `platform` now, or `null` when it has no price in that currency. */
export function offerPackage(
  catalog: CatalogRecord, definition: PackageDefinition, currency: string, platform: Platform, ctx: DomainContext,
): CoinPackage | null {
  const web = definition.prices[currency];
  if (web === undefined) return null;
  const regular = platformAmount(web, platform, ctx);
  const promotion = activePromotion(catalog, definition.id, ctx.now());
  const discount = promotion ? basisPoints(regular, promotion.discountBps) : 0;
  const promoBonus = promotion ? basisPoints(definition.coins, promotion.bonusBps) : 0;
  return {
    id: definition.id,
    coins: definition.coins,
    bonusCoins: volumeBonusCoins(catalog, definition.coins) + promoBonus,
    price: { amount: regular - discount, currency },
    regularPrice: discount > 0 ? { amount: regular, currency } : null,
    promotion: promotion ? { id: promotion.id, label: promotion.label, endsAt: promotion.endsAt } : null,
  };
}

/**
 * The custom-amount offer: web only (app stores sell fixed products), at the regular rate of the
 * smallest package, without bonus.
 */
export function offerCustomAmount(
  catalog: CatalogRecord, currency: string, platform: Platform, ctx: DomainContext,
): CustomAmount | null {
  const base = catalog.packages[0];
  const web = base?.prices[currency];
  if (platform !== 'web' || !base || web === undefined) return null;
  const { minCoins, maxCoins, step } = catalog.customAmount;
  return { minCoins, maxCoins, step, rate: { coins: base.coins, price: { amount: platformAmount(web, platform, ctx), currency } } };
}

/** Everything the viewer can buy on a platform, in their account's region. */
export function packageCatalog(catalog: CatalogRecord, user: UserRecord, platform: Platform, ctx: DomainContext): PackageCatalog {
  const settings = regionSettings(catalog, user.region, ctx);
  return {
    region: user.region,
    platform,
    currency: settings.currency,
    packages: catalog.packages.flatMap((p) => offerPackage(catalog, p, settings.currency, platform, ctx) ?? []),
    customAmount: offerCustomAmount(catalog, settings.currency, platform, ctx),
    paymentMethods: paymentMethodsFor(settings, platform),
  };
}

/** What a recharge item costs and credits. */
export interface Quote {
  /** Coins credited on success, bonus included. */
  coins: number;
  price: Money;
  packageId: string | null;
}

/**
 * Prices a recharge item for the viewer. Throws `not_found` for a package not sold to them and
 * `validation_failed` for a custom amount outside the offer.
 */
export function quote(catalog: CatalogRecord, user: UserRecord, item: RechargeItem, platform: Platform, ctx: DomainContext): Quote {
  const { currency } = regionSettings(catalog, user.region, ctx);
  if (item.type === 'package') {
    const definition = catalog.packages.find((p) => p.id === item.packageId);
    const offer = definition && offerPackage(catalog, definition, currency, platform, ctx);
    if (!offer) throw new WalletError('not_found', `Package ${item.packageId} is not sold in ${user.region}.`, { packageId: item.packageId });
    return { coins: offer.coins + offer.bonusCoins, price: offer.price, packageId: offer.id };
  }
  const custom = offerCustomAmount(catalog, currency, platform, ctx);
  if (!custom) throw new WalletError('validation_failed', `Custom amounts cannot be bought on ${platform}.`, { platform });
  if (item.coins < custom.minCoins || item.coins > custom.maxCoins || item.coins % custom.step !== 0) {
    throw new WalletError(
      'validation_failed',
      `A custom amount is ${custom.minCoins} to ${custom.maxCoins} coins in steps of ${custom.step}.`,
      { minCoins: custom.minCoins, maxCoins: custom.maxCoins, step: custom.step },
    );
  }
  return { coins: item.coins, price: priceAtRate(custom.rate, item.coins), packageId: null };
}
