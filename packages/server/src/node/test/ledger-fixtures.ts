/** Small ledger postings and records for the SQL store tests. */
import { COIN_ISSUANCE, GIFT_REVENUE, userCoins, type LedgerTransactionInput, type NewWalletEvent, type UserRecord } from '@giftkit/server';

export const T0 = '2026-03-02T10:00:00.000Z';

export const user = (id: string, displayName = id): UserRecord => ({
  id, displayName, role: 'viewer', region: 'US', birthDate: '1990-05-04', budgets: [{ unit: 'coins', period: 'day', limit: 500 }],
  createdAt: T0, updatedAt: T0,
});

/** A purchase of `coins` coins for one USD cent each. */
export const purchase = (id: string, userId: string, coins: number): LedgerTransactionInput => ({
  id,
  createdAt: T0,
  memo: { kind: 'purchase', userId, rechargeId: `rch_${id}`, packageId: null, coins, price: { amount: coins, currency: 'USD' } },
  entries: [
    { account: COIN_ISSUANCE, unit: 'coins', amount: -coins },
    { account: userCoins(userId), unit: 'coins', amount: coins },
    { account: 'provider:clearing:USD', unit: 'USD', amount: coins },
    { account: 'platform:sales:USD', unit: 'USD', amount: -coins },
  ],
});

/** Coins spent on a gift (without diamonds, which these tests do not need). */
export const spend = (id: string, userId: string, coins: number): LedgerTransactionInput => ({
  id,
  createdAt: T0,
  memo: {
    kind: 'gift', senderId: userId, giftId: 'rose', giftName: 'Rose', count: coins, coins, diamonds: 0,
    recipientId: 'creator_lena', recipientName: 'Lena', streamId: 'stream_1', comboId: null,
  },
  entries: [
    { account: userCoins(userId), unit: 'coins', amount: -coins },
    { account: GIFT_REVENUE, unit: 'coins', amount: coins },
  ],
});

export const balanceEvent = (coins: number): NewWalletEvent => ({
  type: 'balance.changed', createdAt: T0, data: { coins, reason: 'purchase', transactionId: null },
});
