/** The creator side: diamonds earned from gifts, and payouts of them with a rate, a minimum and a daily cap. */
import type { Earnings, Money, Payout } from '@giftkit/contract';
import { userDiamonds } from '../store/accounts.js';
import type { PayoutRecord, UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import type { DomainContext, Outcome } from './context.js';
import { newId } from './ids.js';
import { scanLedger } from './ledger-scan.js';
import { payoutMovement } from './movements.js';
import { passStepUp, type GuardedRequest } from './step-up.js';
import { addSeconds, iso, windowOf } from './time.js';
import { WalletError } from './wallet-error.js';

const RECENT_PAYOUTS = 20;

/** Throws `unauthorized` unless the user is a creator: only creators earn and redeem diamonds. */
export function assertCreator(user: UserRecord): void {
  if (user.role !== 'creator') throw new WalletError('unauthorized', 'Only creators have earnings.');
}

/** The money `diamonds` diamonds are paid out as, rounded down to the minor unit. */
export function payoutAmount(diamonds: number, ctx: DomainContext): Money {
  const rate = ctx.config.payoutRate;
  const amount = Number((BigInt(diamonds) * BigInt(rate.money.amount)) / BigInt(rate.diamonds));
  return { amount, currency: rate.money.currency };
}

async function diamondTotals(tx: WalletTx, ctx: DomainContext, creatorId: string) {
  const account = userDiamonds(creatorId);
  const holdStart = iso(addSeconds(ctx.now(), -ctx.config.diamondHoldSeconds));
  let lifetime = 0;
  let pending = 0;
  for await (const t of scanLedger(tx, { account, kind: 'gift' })) {
    if (t.memo.kind !== 'gift') continue;
    lifetime += t.memo.diamonds;
    if (t.createdAt > holdStart) pending += t.memo.diamonds;
  }
  const balance = await tx.ledger.balance(account, 'diamonds');
  return { pending: Math.min(pending, balance), available: Math.max(0, balance - pending), lifetime };
}

async function paidToday(tx: WalletTx, ctx: DomainContext, creatorId: string): Promise<Money> {
  const since = iso(windowOf('day', ctx.now()).start);
  const today = await tx.payouts.list(creatorId, { since, limit: Number.MAX_SAFE_INTEGER });
  return { amount: today.reduce((sum, p) => sum + p.amount.amount, 0), currency: ctx.config.payoutDailyCap.currency };
}

const publicPayout = ({ creatorId: _creator, ...payout }: PayoutRecord): Payout => payout;

/** The creator's diamonds, the payout rules, and recent payouts. */
export async function earnings(tx: WalletTx, ctx: DomainContext, creator: UserRecord): Promise<Earnings> {
  assertCreator(creator);
  return {
    creatorId: creator.id,
    diamonds: await diamondTotals(tx, ctx, creator.id),
    rate: ctx.config.payoutRate,
    minimumPayout: ctx.config.payoutMinimumDiamonds,
    dailyCap: ctx.config.payoutDailyCap,
    paidToday: await paidToday(tx, ctx, creator.id),
    payouts: (await tx.payouts.list(creator.id, { limit: RECENT_PAYOUTS })).map(publicPayout),
  };
}

const rejected = (message: string, details: Record<string, unknown>) => new WalletError('payout_rejected', message, details);

/**
 * Pays out diamonds. Rule breaks are thrown (`payout_rejected`); a step-up challenge is returned so
 * that it is committed. The sandbox payout rail pays at once.
 */
export async function createPayout(
  tx: WalletTx, ctx: DomainContext, creator: UserRecord, diamonds: number, request: GuardedRequest,
): Promise<Outcome<Payout>> {
  assertCreator(creator);
  const { config } = ctx;
  if (diamonds < config.payoutMinimumDiamonds) {
    throw rejected(`The smallest payout is ${config.payoutMinimumDiamonds} diamonds.`, { reason: 'below_minimum', minimum: config.payoutMinimumDiamonds });
  }
  const { available } = await diamondTotals(tx, ctx, creator.id);
  if (diamonds > available) {
    throw rejected(`Only ${available} diamonds are available.`, { reason: 'insufficient_diamonds', available });
  }
  const amount = payoutAmount(diamonds, ctx);
  const paid = await paidToday(tx, ctx, creator.id);
  if (paid.amount + amount.amount > config.payoutDailyCap.amount) {
    throw rejected('This passes the daily payout cap.', {
      reason: 'daily_cap', dailyCap: config.payoutDailyCap,
      remaining: { amount: Math.max(0, config.payoutDailyCap.amount - paid.amount), currency: amount.currency },
    });
  }
  const stepUp = await passStepUp(tx, ctx, request, diamonds > config.payoutStepUpDiamonds ? 'amount' : null);
  if (!stepUp.ok) return stepUp;

  const now = iso(ctx.now());
  const payout: PayoutRecord = { id: newId('pay'), creatorId: creator.id, diamonds, amount, status: 'paid', createdAt: now };
  await tx.ledger.post(payoutMovement(newId('txn'), now, { kind: 'payout', creatorId: creator.id, payoutId: payout.id, diamonds, amount }));
  await tx.payouts.put(payout);
  return { ok: true, value: publicPayout(payout) };
}
