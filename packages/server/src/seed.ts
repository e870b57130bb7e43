/**
 * Realistic sandbox data: the catalog, six users, and a little history made through the real rules
 * (purchases and gifts posted to the ledger), so that wallets, histories and earnings are not empty.
 */
import type { WalletConfig } from './config.js';
import { resolveConfig } from './config.js';
import type { DomainContext } from './domain/context.js';
import { sendGift } from './domain/gifts.js';
import { quote } from './domain/pricing.js';
import { recordPaidRecharge } from './domain/recharges.js';
import { addSeconds, birthDateForAge, iso } from './domain/time.js';
import { DEFAULT_ASSET_BASE_URL, sandboxCatalog } from './seed-catalog.js';
import type { UserRecord } from './store/records.js';
import type { WalletStore } from './store/wallet-store.js';

/** The ids of the seeded users. */
export const SEED_USERS = Object.freeze({
  /** Ada, adult viewer in the US (USD), with coins bought through a seeded purchase and a few gifts sent. */
  viewer: 'viewer_ada',
  /** Bruno, adult viewer in Brazil (BRL), a big supporter of Lena. */
  viewerBR: 'viewer_bruno',
  /** Yui, adult viewer in Japan (JPY), with an empty wallet. */
  viewerJP: 'viewer_yui',
  /** Sam, 16, in the US: age-restricted. */
  minor: 'viewer_minor',
  /** Lena Park, creator, with diamonds from Ada's and Bruno's gifts. */
  creator: 'creator_lena',
  /** Kai Moreno, creator, no earnings yet. */
  creator2: 'creator_kai',
});

/** Options of `seedStore`. */
export interface SeedOptions {
  /**
   * Base URL of gift images (`<base>/<giftId>.webp`) and animations.
   * @default 'https://assets.giftkit.dev/gifts'
   */
  assetBaseUrl?: string;
  /** The app's config overrides, so that seeded gifts earn the same creator share the app pays. */
  config?: Partial<WalletConfig>;
}

const DAY = 86_400;

/**
 * Fills an empty store with the sandbox catalog, users and history, dated relative to `now`: the
 * history lies in the three days before it and the promotion runs for three days after it.
 * Throws when the store already has a catalog.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await seedStore(store, new Date());
 * ```
 */
export async function seedStore(store: WalletStore, now: Date, options: SeedOptions = {}): Promise<void> {
  const config = resolveConfig(options.config);
  const at = (seconds: number): DomainContext => ({ config, now: () => addSeconds(now, seconds), baseUrl: '' });
  const catalog = sandboxCatalog(options.assetBaseUrl ?? DEFAULT_ASSET_BASE_URL, {
    startsAt: iso(addSeconds(now, -DAY)), endsAt: iso(addSeconds(now, 3 * DAY)),
  });
  const created = iso(addSeconds(now, -30 * DAY));
  const user = (id: string, displayName: string, role: UserRecord['role'], region: string, age: number): UserRecord => ({
    id, displayName, role, region, birthDate: birthDateForAge(age, now), budgets: [], createdAt: created, updatedAt: created,
  });
  const users = [
    user(SEED_USERS.viewer, 'Ada', 'viewer', 'US', 34),
    user(SEED_USERS.viewerBR, 'Bruno', 'viewer', 'BR', 27),
    user(SEED_USERS.viewerJP, 'Yui', 'viewer', 'JP', 22),
    user(SEED_USERS.minor, 'Sam', 'viewer', 'US', 16),
    user(SEED_USERS.creator, 'Lena Park', 'creator', 'US', 29),
    user(SEED_USERS.creator2, 'Kai Moreno', 'creator', 'GB', 31),
  ];

  await store.transaction(async (tx) => {
    if (await tx.catalog.get()) throw new Error('seedStore expects an empty store, but it already has a catalog');
    await tx.catalog.put(catalog);
    for (const u of users) await tx.users.put(u);
    const [ada, bruno] = users as [UserRecord, UserRecord];

    const buy = async (buyer: UserRecord, packageId: string, ctx: DomainContext) => {
      const item = { type: 'package' as const, packageId };
      await recordPaidRecharge(tx, ctx, buyer.id, item, quote(catalog, buyer, item, 'web', ctx));
    };
    const give = (sender: UserRecord, giftId: string, count: number, ctx: DomainContext, comboId?: string) =>
      sendGift(tx, ctx, sender, { giftId, recipientId: SEED_USERS.creator, streamId: 'stream_lena_cooking', count, ...(comboId ? { comboId } : {}) });

    await buy(ada, 'pkg_1400', at(-3 * DAY));
    await give(ada, 'rose', 10, at(-2 * DAY), 'combo_seed_ada_roses');
    await give(ada, 'doughnut', 1, at(-2 * DAY + 60));
    await buy(bruno, 'pkg_17500', at(-3 * DAY));
    await give(bruno, 'planet', 1, at(-2 * DAY + 120));
  });
}
