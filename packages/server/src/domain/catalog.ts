/** The catalog the store holds, and what a region sells. */
import type { PaymentMethod, Platform } from '@giftkit/contract';
import type { CatalogRecord, RegionSettings } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import type { DomainContext } from './context.js';
import { WalletError } from './wallet-error.js';

/** The store's catalog; `unavailable` until one has been set up (see `seedStore`). */
export async function loadCatalog(tx: WalletTx): Promise<CatalogRecord> {
  const catalog = await tx.catalog.get();
  if (!catalog) throw new WalletError('unavailable', 'The wallet catalog has not been set up.');
  return catalog;
}

/**
 * The settings of a region; a region the catalog does not sell in falls back to the default region,
 * so that its viewers still see one consistent currency.
 */
export function regionSettings(catalog: CatalogRecord, region: string, ctx: DomainContext): RegionSettings {
  const settings = catalog.regions[region] ?? catalog.regions[ctx.config.defaultRegion];
  if (!settings) throw new WalletError('unavailable', `No prices are set up for region ${region}.`);
  return settings;
}

// App stores require their own in-app purchase on their platforms; only the web offers the
// region's own payment methods.
const STORE_METHODS: Record<Exclude<Platform, 'web'>, PaymentMethod> = {
  ios: { id: 'apple_pay', label: 'Apple In-App Purchase' },
  android: { id: 'google_pay', label: 'Google Play Billing' },
};

/** The payment methods offered on a platform in a region. */
export function paymentMethodsFor(settings: RegionSettings, platform: Platform): PaymentMethod[] {
  return platform === 'web' ? settings.paymentMethods : [STORE_METHODS[platform]];
}
