/**
 * The double-entry shape of each movement of value. Every builder returns entries that sum to zero
 * per unit; the store refuses anything else and guards users' accounts against overdraft.
 */
import type { Money } from '@giftkit/contract';
import {
  COIN_ISSUANCE, DIAMOND_ISSUANCE, DIAMOND_REDEMPTION, GIFT_REVENUE, platformPayouts, platformSales, providerClearing,
  userCoins, userDiamonds,
} from '../store/accounts.js';
import type { LedgerEntryInput, LedgerMemo, LedgerTransactionInput } from '../store/records.js';

// A leg of zero (a free grant, a gift too small to earn a diamond) is left out rather than posted.
const legs = (...entries: LedgerEntryInput[]) => entries.filter((e) => e.amount !== 0);

/** A purchase: coins issued to the viewer; the price booked as sales, held at the provider. */
export function purchaseMovement(
  id: string, createdAt: string, memo: Extract<LedgerMemo, { kind: 'purchase' }>,
): LedgerTransactionInput {
  const { coins, price } = memo;
  return {
    id, createdAt, memo,
    entries: legs(
      { account: COIN_ISSUANCE, unit: 'coins', amount: -coins },
      { account: userCoins(memo.userId), unit: 'coins', amount: coins },
      { account: platformSales(price.currency), unit: price.currency, amount: -price.amount },
      { account: providerClearing(price.currency), unit: price.currency, amount: price.amount },
    ),
  };
}

/** A gift: the viewer's coins become platform revenue; the creator is issued their share as diamonds. */
export function giftMovement(id: string, createdAt: string, memo: Extract<LedgerMemo, { kind: 'gift' }>): LedgerTransactionInput {
  return {
    id, createdAt, memo,
    entries: legs(
      { account: userCoins(memo.senderId), unit: 'coins', amount: -memo.coins },
      { account: GIFT_REVENUE, unit: 'coins', amount: memo.coins },
      { account: DIAMOND_ISSUANCE, unit: 'diamonds', amount: -memo.diamonds },
      { account: userDiamonds(memo.recipientId), unit: 'diamonds', amount: memo.diamonds },
    ),
  };
}

/** A payout: the creator's diamonds are redeemed; the money leaves through the provider. */
export function payoutMovement(id: string, createdAt: string, memo: Extract<LedgerMemo, { kind: 'payout' }>): LedgerTransactionInput {
  const amount: Money = memo.amount;
  return {
    id, createdAt, memo,
    entries: legs(
      { account: userDiamonds(memo.creatorId), unit: 'diamonds', amount: -memo.diamonds },
      { account: DIAMOND_REDEMPTION, unit: 'diamonds', amount: memo.diamonds },
      { account: platformPayouts(amount.currency), unit: amount.currency, amount: amount.amount },
      { account: providerClearing(amount.currency), unit: amount.currency, amount: -amount.amount },
    ),
  };
}
