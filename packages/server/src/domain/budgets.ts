/** Spend budgets: coins budgets cap gift spending, money budgets cap recharges, per UTC calendar window. */
import type { Budget, BudgetInput, Money } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import type { UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { scanLedger } from './ledger-scan.js';
import { iso, windowOf } from './time.js';
import { WalletError } from './wallet-error.js';

/** Coins the user gave as gifts since `since`. */
export async function coinsSpentSince(tx: WalletTx, userId: string, since: Date): Promise<number> {
  let total = 0;
  for await (const t of scanLedger(tx, { account: userCoins(userId), kind: 'gift', since: iso(since) })) {
    if (t.memo.kind === 'gift') total += t.memo.coins;
  }
  return total;
}

/** Money the user paid for coins since `since`, in `currency` (purchases in other currencies are left out). */
export async function moneySpentSince(tx: WalletTx, userId: string, currency: string, since: Date): Promise<Money> {
  let amount = 0;
  for await (const t of scanLedger(tx, { account: userCoins(userId), kind: 'purchase', since: iso(since) })) {
    if (t.memo.kind === 'purchase' && t.memo.price.currency === currency) amount += t.memo.price.amount;
  }
  return { amount, currency };
}

/** The user's budgets as they stand at `now`: spent, remaining, and when each resets. */
export async function budgetStatus(tx: WalletTx, user: UserRecord, now: Date): Promise<Budget[]> {
  const out: Budget[] = [];
  for (const budget of user.budgets) {
    const { start, end } = windowOf(budget.period, now);
    if (budget.unit === 'coins') {
      const spent = await coinsSpentSince(tx, user.id, start);
      out.push({ ...budget, spent, remaining: Math.max(0, budget.limit - spent), resetsAt: iso(end) });
    } else {
      const spent = await moneySpentSince(tx, user.id, budget.limit.currency, start);
      const remaining = { amount: Math.max(0, budget.limit.amount - spent.amount), currency: budget.limit.currency };
      out.push({ ...budget, spent, remaining, resetsAt: iso(end) });
    }
  }
  return out;
}

const ADJECTIVE = { day: 'daily', week: 'weekly', month: 'monthly' } as const;

/** What a request is about to spend: coins on gifts, or money on a recharge. */
export type Spend = { unit: 'coins'; coins: number } | { unit: 'money'; price: Money };

/**
 * Throws `budget_exceeded` when the spend would pass one of the user's budgets of its unit. The
 * details name the budget and what is left of it, so the client can tell the viewer.
 */
export async function assertWithinBudgets(tx: WalletTx, user: UserRecord, spend: Spend, now: Date): Promise<void> {
  const budgets = user.budgets.filter((b) => b.unit === spend.unit);
  if (budgets.length === 0) return;
  for (const budget of await budgetStatus(tx, { ...user, budgets }, now)) {
    const over = budget.unit === 'coins'
      ? spend.unit === 'coins' && spend.coins > budget.remaining
      : spend.unit === 'money' && spend.price.currency === budget.limit.currency && spend.price.amount > budget.remaining.amount;
    if (over) {
      throw new WalletError('budget_exceeded', `This would pass your ${ADJECTIVE[budget.period]} ${budget.unit} budget.`, {
        budget,
        requested: spend.unit === 'coins' ? spend.coins : spend.price,
      });
    }
  }
}

/**
 * Throws `validation_failed` unless the budgets can stand together: one per unit and period, and
 * money budgets in the wallet's currency (the only currency the viewer pays in).
 */
export function assertValidBudgets(budgets: BudgetInput[], currency: string): void {
  const seen = new Set<string>();
  for (const budget of budgets) {
    const key = `${budget.unit}:${budget.period}`;
    if (seen.has(key)) {
      throw new WalletError('validation_failed', `Only one ${budget.unit} budget per ${budget.period} can be set.`, { budget: key });
    }
    seen.add(key);
    if (budget.unit === 'money' && budget.limit.currency !== currency) {
      throw new WalletError('validation_failed', `Money budgets are in the wallet's currency, ${currency}.`, { currency });
    }
  }
}
