/** What the viewer gave in the current week or month, in total and by creator. */
import type { SpendingPeriod, SpendingSummary } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import type { UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { moneySpentSince } from './budgets.js';
import { scanLedger } from './ledger-scan.js';
import { iso, windowOf } from './time.js';

/** The viewer's spending in the calendar week (from Monday) or month containing `now`, in UTC. */
export async function spendingSummary(
  tx: WalletTx, user: UserRecord, currency: string, period: SpendingPeriod, now: Date,
): Promise<SpendingSummary> {
  const { start, end } = windowOf(period, now);
  const byCreator = new Map<string, SpendingSummary['byCreator'][number]>();
  let totalCoins = 0;
  for await (const t of scanLedger(tx, { account: userCoins(user.id), kind: 'gift', since: iso(start) })) {
    if (t.memo.kind !== 'gift') continue;
    totalCoins += t.memo.coins;
    const row = byCreator.get(t.memo.recipientId)
      ?? { creatorId: t.memo.recipientId, creatorName: t.memo.recipientName, coins: 0, gifts: 0 };
    byCreator.set(t.memo.recipientId, { ...row, coins: row.coins + t.memo.coins, gifts: row.gifts + t.memo.count });
  }
  return {
    period, from: iso(start), to: iso(end), totalCoins,
    totalPurchased: await moneySpentSince(tx, user.id, currency, start),
    byCreator: [...byCreator.values()].sort((a, b) => b.coins - a.coins || a.creatorId.localeCompare(b.creatorId)),
  };
}
