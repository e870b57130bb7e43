/** Operator tools over a store: grants, ages, balances and a ledger audit. Used by the mock's `state` and by tests. */
import { priceAtRate } from '@giftkit/contract';
import { resolveConfig, type WalletConfig } from './config.js';
import { loadCatalog, regionSettings } from './domain/catalog.js';
import type { DomainContext } from './domain/context.js';
import { scanLedger } from './domain/ledger-scan.js';
import { offerCustomAmount } from './domain/pricing.js';
import { recordPaidRecharge } from './domain/recharges.js';
import { birthDateForAge, iso } from './domain/time.js';
import { WalletError } from './domain/wallet-error.js';
import { isGuardedAccount, userCoins } from './store/accounts.js';
import type { UserRecord } from './store/records.js';
import type { WalletStore, WalletTx } from './store/wallet-store.js';

/** Options of the operator tools. */
export interface AdminOptions {
  /** @default new Date() */
  now?: Date;
  /** The app's config overrides. */
  config?: Partial<WalletConfig>;
}

const contextOf = (options: AdminOptions): DomainContext => {
  const now = options.now ?? new Date();
  return { config: resolveConfig(options.config), now: () => now, baseUrl: '' };
};

async function requireUser(tx: WalletTx, userId: string): Promise<UserRecord> {
  const user = await tx.users.get(userId);
  if (!user) throw new WalletError('not_found', `No user ${userId}.`);
  return user;
}

/** The user's coin balance. */
export function coinBalance(store: WalletStore, userId: string): Promise<number> {
  return store.transaction((tx) => tx.ledger.balance(userCoins(userId), 'coins'));
}

/**
 * Credits coins through a real purchase: a paid web recharge of a custom amount at the user's
 * regular rate, booked in the ledger with its money, events and history entry.
 */
export async function grantCoins(store: WalletStore, userId: string, coins: number, options: AdminOptions = {}): Promise<void> {
  if (!Number.isSafeInteger(coins) || coins <= 0) throw new RangeError(`coins must be a positive integer, got ${coins}`);
  const ctx = contextOf(options);
  await store.transaction(async (tx) => {
    const user = await requireUser(tx, userId);
    const catalog = await loadCatalog(tx);
    const { currency } = regionSettings(catalog, user.region, ctx);
    const rate = offerCustomAmount(catalog, currency, 'web', ctx)?.rate;
    const price = rate ? priceAtRate(rate, coins) : { amount: 0, currency };
    await recordPaidRecharge(tx, ctx, userId, { type: 'custom', coins }, { coins, price, packageId: null });
  });
}

/** Sets the user's birth date so that they are exactly `age` years old now. */
export async function setUserAge(store: WalletStore, userId: string, age: number, options: AdminOptions = {}): Promise<void> {
  if (!Number.isSafeInteger(age) || age < 0 || age > 150) throw new RangeError(`age must be an integer from 0 to 150, got ${age}`);
  const now = options.now ?? new Date();
  await store.transaction(async (tx) => {
    const user = await requireUser(tx, userId);
    await tx.users.put({ ...user, birthDate: birthDateForAge(age, now), updatedAt: iso(now) });
  });
}

/** What `auditLedger` found; `ok` when every list is empty. */
export interface LedgerAudit {
  ok: boolean;
  /** How many ledger transactions were read. */
  transactions: number;
  /** Ids of transactions whose entries do not sum to zero per unit. */
  unbalanced: string[];
  /** `account unit` pairs whose balance differs from the sum of their entries. */
  balanceMismatches: string[];
  /** `account unit` pairs of users' accounts below zero. */
  overdrawn: string[];
}

/**
 * Reads the whole ledger and checks its invariants: each transaction sums to zero per unit, each
 * balance equals the sum of its entries, and no user's account is below zero.
 */
export async function auditLedger(store: WalletStore): Promise<LedgerAudit> {
  return store.transaction(async (tx) => {
    const sums = new Map<string, { account: string; unit: string; sum: number }>();
    const unbalanced: string[] = [];
    let transactions = 0;
    for await (const t of scanLedger(tx, {})) {
      transactions += 1;
      const perUnit = new Map<string, number>();
      for (const e of t.entries) {
        perUnit.set(e.unit, (perUnit.get(e.unit) ?? 0) + e.amount);
        const key = `${e.account} ${e.unit}`;
        const row = sums.get(key) ?? { account: e.account, unit: e.unit, sum: 0 };
        sums.set(key, { ...row, sum: row.sum + e.amount });
      }
      if ([...perUnit.values()].some((sum) => sum !== 0)) unbalanced.push(t.id);
    }
    const balanceMismatches: string[] = [];
    const overdrawn: string[] = [];
    for (const [key, { account, unit, sum }] of sums) {
      if ((await tx.ledger.balance(account, unit)) !== sum) balanceMismatches.push(key);
      if (isGuardedAccount(account) && sum < 0) overdrawn.push(key);
    }
    const ok = unbalanced.length === 0 && balanceMismatches.length === 0 && overdrawn.length === 0;
    return { ok, transactions, unbalanced, balanceMismatches, overdrawn };
  });
}
