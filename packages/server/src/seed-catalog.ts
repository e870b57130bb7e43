/**
 * The sandbox catalog: 44 gifts from Rose (1 coin) to Universe (44,999 coins), seven coin packages
 * priced in five currencies, the regions that sell them, volume bonus tiers.
 */
import type { GiftCategory, PaymentMethod } from '@giftkit/contract';
import type { CatalogRecord, PackageDefinition, RegionSettings } from './store/records.js';

const CATEGORIES: GiftCategory[] = [
  { id: 'popular', name: 'Popular' },
  { id: 'love', name: 'Love' },
  { id: 'fun', name: 'Fun' },
  { id: 'luxury', name: 'Luxury' },
  { id: 'legendary', name: 'Legendary' },
];

// [id, name, coins, category]
const GIFTS: ReadonlyArray<readonly [string, string, number, string]> = [
  ['rose', 'Rose', 1, 'popular'], ['gg', 'GG', 1, 'popular'], ['ice_cream', 'Ice Cream Cone', 1, 'popular'],
  ['thumbs_up', 'Thumbs Up', 1, 'popular'], ['heart_me', 'Heart Me', 1, 'love'], ['finger_heart', 'Finger Heart', 5, 'love'],
  ['panda', 'Panda', 5, 'fun'], ['balloons', 'Balloons', 9, 'fun'], ['kiss', 'Kiss', 10, 'love'],
  ['heart', 'Heart', 10, 'love'], ['perfume', 'Perfume', 20, 'love'], ['love_bang', 'Love Bang', 25, 'love'],
  ['doughnut', 'Doughnut', 30, 'popular'], ['cheer', 'Cheer', 49, 'fun'], ['star', 'Star', 99, 'popular'],
  ['cap', 'Cap', 99, 'fun'], ['hand_hearts', 'Hand Hearts', 100, 'love'], ['confetti', 'Confetti', 100, 'popular'],
  ['microphone', 'Microphone', 100, 'fun'], ['game_controller', 'Game Controller', 100, 'fun'],
  ['heart_rain', 'Heart Rain', 149, 'love'], ['sunglasses', 'Sunglasses', 199, 'fun'], ['corgi', 'Corgi', 299, 'fun'],
  ['garland', 'Garland', 500, 'love'], ['bouquet', 'Bouquet', 599, 'love'], ['swan', 'Swan', 699, 'love'],
  ['galaxy', 'Galaxy', 1000, 'legendary'], ['disco_ball', 'Disco Ball', 1000, 'fun'], ['fireworks', 'Fireworks', 1088, 'fun'],
  ['wedding', 'Wedding', 1400, 'love'], ['crown', 'Crown', 2999, 'luxury'], ['diamond_ring', 'Diamond Ring', 3000, 'luxury'],
  ['private_jet', 'Private Jet', 4888, 'luxury'], ['sports_car', 'Sports Car', 7000, 'luxury'], ['yacht', 'Yacht', 9888, 'luxury'],
  ['planet', 'Planet', 15000, 'legendary'], ['rocket', 'Rocket', 19999, 'legendary'], ['castle', 'Castle', 20000, 'luxury'],
  ['mansion', 'Mansion', 24999, 'luxury'], ['phoenix', 'Phoenix', 25999, 'legendary'], ['lion', 'Lion', 29999, 'legendary'],
  ['dragon', 'Dragon Flame', 34999, 'legendary'], ['thunder_falcon', 'Thunder Falcon', 39999, 'legendary'],
  ['universe', 'Universe', 44999, 'legendary'],
];

// Web prices in minor units. Bigger packs cost less per coin in every currency; the app stores'
// fee is added on top for iOS and Android by the pricing rules.
const PACKAGES: PackageDefinition[] = [
  { id: 'pkg_70', coins: 70, prices: { USD: 99, EUR: 95, GBP: 85, JPY: 160, BRL: 549 } },
  { id: 'pkg_350', coins: 350, prices: { USD: 469, EUR: 449, GBP: 399, JPY: 780, BRL: 2599 } },
  { id: 'pkg_700', coins: 700, prices: { USD: 919, EUR: 889, GBP: 789, JPY: 1540, BRL: 5099 } },
  { id: 'pkg_1400', coins: 1400, prices: { USD: 1819, EUR: 1759, GBP: 1549, JPY: 3060, BRL: 9999 } },
  { id: 'pkg_3500', coins: 3500, prices: { USD: 4499, EUR: 4349, GBP: 3849, JPY: 7600, BRL: 24799 } },
  { id: 'pkg_7000', coins: 7000, prices: { USD: 8899, EUR: 8599, GBP: 7599, JPY: 15000, BRL: 48999 } },
  { id: 'pkg_17500', coins: 17500, prices: { USD: 21999, EUR: 21299, GBP: 18899, JPY: 37000, BRL: 119999 } },
];

const METHOD_LABELS: Record<PaymentMethod['id'], string> = {
  card: 'Card', paypal: 'PayPal', apple_pay: 'Apple Pay', google_pay: 'Google Pay', pix: 'Pix', boleto: 'Boleto Bancário',
  konbini: 'Konbini', sepa_debit: 'SEPA Direct Debit', ideal: 'iDEAL',
};
const region = (currency: string, methods: Array<PaymentMethod['id']>): RegionSettings => ({
  currency, paymentMethods: methods.map((id) => ({ id, label: METHOD_LABELS[id] })),
});
const EURO = region('EUR', ['card', 'paypal', 'sepa_debit']);

const REGIONS: Record<string, RegionSettings> = {
  US: region('USD', ['card', 'paypal', 'apple_pay', 'google_pay']),
  GB: region('GBP', ['card', 'paypal', 'apple_pay', 'google_pay']),
  DE: EURO, FR: EURO, ES: EURO, IT: EURO,
  NL: region('EUR', ['card', 'ideal', 'sepa_debit']),
  BR: region('BRL', ['card', 'pix', 'boleto']),
  JP: region('JPY', ['card', 'konbini', 'paypal']),
};

/** The default base URL of gift images and animations. */
export const DEFAULT_ASSET_BASE_URL = 'https://assets.giftkit.dev/gifts';

/** The sandbox catalog, with gift assets under `assetBaseUrl` and one promotion from `promotion.startsAt` to `promotion.endsAt`. */
export function sandboxCatalog(assetBaseUrl: string, promotion: { startsAt: string; endsAt: string }): CatalogRecord {
  const base = assetBaseUrl.replace(/\/+$/, '');
  return {
    categories: CATEGORIES,
    gifts: GIFTS.map(([id, name, coins, categoryId]) => ({
      id, name, coins, categoryId,
      imageUrl: `${base}/${id}.webp`,
      animationUrl: coins >= 1000 ? `${base}/${id}.webm` : null,
      // Cheap gifts are tapped in streaks; the big ones play a full-screen animation each.
      streakable: coins < 100,
    })),
    regions: REGIONS,
    packages: PACKAGES,
    volumeBonus: [{ minCoins: 3500, bps: 300 }, { minCoins: 7000, bps: 500 }, { minCoins: 17500, bps: 800 }],
    promotions: [{ id: 'promo_spring', label: 'Spring deal: 20% off', packageId: 'pkg_700', ...promotion, discountBps: 2000, bonusBps: 0 }],
    customAmount: { minCoins: 30, maxCoins: 2_500_000, step: 10 },
  };
}
