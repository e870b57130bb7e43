/** The viewer's wallet history: every ledger transaction that moved their coins, newest first. */
import type { Transaction, TransactionPage } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import type { LedgerTransaction } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { WalletError } from './wallet-error.js';

/** The default number of transactions per page. */
export const DEFAULT_PAGE_SIZE = 20;

// The cursor is opaque to clients: base64url of the last seen posting order.
const encodeCursor = (seq: number) => btoa(JSON.stringify({ s: seq })).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    const seq = (parsed as { s?: unknown }).s;
    if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0) return seq;
  } catch {
    // Falls through to the validation error below.
  }
  throw new WalletError('validation_failed', 'The cursor is not one this API gave out.', { issues: [{ path: 'cursor', message: 'invalid cursor' }] });
}

/** A ledger transaction as the viewer's history shows it, or `null` when it did not move their coins. */
export function toTransaction(posted: LedgerTransaction, userId: string): Transaction | null {
  const entry = posted.entries.find((e) => e.account === userCoins(userId) && e.unit === 'coins');
  if (!entry) return null;
  const base = { id: posted.id, coins: entry.amount, balanceAfter: entry.balanceAfter, createdAt: posted.createdAt };
  const { memo } = posted;
  switch (memo.kind) {
    case 'purchase':
      return { ...base, type: 'purchase', rechargeId: memo.rechargeId, packageId: memo.packageId, price: memo.price };
    case 'gift':
      return {
        ...base, type: 'gift', giftId: memo.giftId, giftName: memo.giftName, count: memo.count, recipientId: memo.recipientId,
        recipientName: memo.recipientName, streamId: memo.streamId, comboId: memo.comboId,
      };
    case 'payout':
      return null;
  }
}

/** One page of the viewer's history. */
export async function listHistory(tx: WalletTx, userId: string, cursor: string | undefined, limit = DEFAULT_PAGE_SIZE): Promise<TransactionPage> {
  const beforeSeq = cursor === undefined ? undefined : decodeCursor(cursor);
  // One more than asked tells whether there is a next page without a second query.
  const page = await tx.ledger.list({ account: userCoins(userId), limit: limit + 1, ...(beforeSeq === undefined ? {} : { beforeSeq }) });
  const shown = page.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    data: shown.flatMap((t) => toTransaction(t, userId) ?? []),
    nextCursor: page.length > limit && last ? encodeCursor(last.seq) : null,
  };
}
