/** The wallet as the viewer sees it, and the budgets they set on it. */
import type { BudgetInput, Wallet } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import type { UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { assertValidBudgets, budgetStatus } from './budgets.js';
import { loadCatalog, regionSettings } from './catalog.js';
import type { DomainContext } from './context.js';
import type { Principal } from './principal.js';
import { iso } from './time.js';
import { isAgeRestricted } from './users.js';

/** The currency the viewer pays in: their account region's. */
export async function walletCurrency(tx: WalletTx, ctx: DomainContext, user: UserRecord): Promise<string> {
  return regionSettings(await loadCatalog(tx), user.region, ctx).currency;
}

/** The viewer's wallet: balance, region, currency, budgets and flags. */
export async function walletView(tx: WalletTx, ctx: DomainContext, user: UserRecord, principal: Principal): Promise<Wallet> {
  const account = userCoins(user.id);
  const [latest] = await tx.ledger.list({ account, limit: 1 });
  return {
    userId: user.id,
    coins: await tx.ledger.balance(account, 'coins'),
    region: user.region,
    currency: await walletCurrency(tx, ctx, user),
    budgets: await budgetStatus(tx, user, ctx.now()),
    flags: {
      ageRestricted: isAgeRestricted(user, ctx),
      regionMismatch: principal.region !== undefined && principal.region !== user.region,
    },
    updatedAt: latest && latest.createdAt > user.updatedAt ? latest.createdAt : user.updatedAt,
  };
}

/** Replaces the viewer's budgets; throws `validation_failed` for a set that cannot stand together. */
export async function setBudgets(tx: WalletTx, ctx: DomainContext, user: UserRecord, budgets: BudgetInput[]): Promise<UserRecord> {
  assertValidBudgets(budgets, await walletCurrency(tx, ctx, user));
  const updated = { ...user, budgets, updatedAt: iso(ctx.now()) };
  await tx.users.put(updated);
  return updated;
}
