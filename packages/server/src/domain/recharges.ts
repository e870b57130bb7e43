/** Recharges: buying coins through the (sandbox) payment provider, from quote to a terminal status. */
import type { CreateRechargeRequest, Recharge, RechargeItem, RechargeResult } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import type { RechargeRecord, UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { assertWithinBudgets } from './budgets.js';
import { loadCatalog, paymentMethodsFor, regionSettings } from './catalog.js';
import type { DomainContext, Outcome } from './context.js';
import { newId } from './ids.js';
import { purchaseMovement } from './movements.js';
import { DECLINE_MESSAGES, sandboxBehaviour, type SandboxBehaviour } from './payment-sandbox.js';
import { quote, type Quote } from './pricing.js';
import { passStepUp, type GuardedRequest, type StepUpReason } from './step-up.js';
import { addSeconds, iso } from './time.js';
import { assertOldEnough } from './users.js';
import { WalletError } from './wallet-error.js';

/** The recharge as the client sees it. */
export function publicRecharge(record: RechargeRecord): Recharge {
  const { userId: _user, returnUrl: _return, transactionId: _transaction, ...recharge } = record;
  return recharge;
}

async function result(tx: WalletTx, record: RechargeRecord): Promise<RechargeResult> {
  return { recharge: publicRecharge(record), balance: await tx.ledger.balance(userCoins(record.userId), 'coins') };
}

/** Writes a recharge in a new state and tells the viewer's event stream. */
async function save(tx: WalletTx, ctx: DomainContext, record: RechargeRecord): Promise<RechargeRecord> {
  await tx.recharges.put(record);
  await tx.events.append(record.userId, {
    type: 'recharge.updated', createdAt: iso(ctx.now()), data: { recharge: publicRecharge(record) },
  });
  return record;
}

/** Credits a paid recharge: the purchase goes into the ledger and the recharge succeeds. */
export async function bookPurchase(tx: WalletTx, ctx: DomainContext, record: RechargeRecord): Promise<RechargeRecord> {
  const now = iso(ctx.now());
  const posted = await tx.ledger.post(purchaseMovement(newId('txn'), now, {
    kind: 'purchase', userId: record.userId, rechargeId: record.id,
    packageId: record.item.type === 'package' ? record.item.packageId : null, coins: record.coins, price: record.price,
  }));
  const paid = await save(tx, ctx, {
    ...record, status: 'succeeded', nextAction: { type: 'none' }, failure: null, transactionId: posted.id, updatedAt: now,
  });
  await tx.events.append(record.userId, {
    type: 'balance.changed', createdAt: now,
    data: { coins: await tx.ledger.balance(userCoins(record.userId), 'coins'), reason: 'purchase', transactionId: posted.id },
  });
  return paid;
}

function declined(record: RechargeRecord, reason: keyof typeof DECLINE_MESSAGES, now: string): RechargeRecord {
  return {
    ...record, status: 'declined', nextAction: { type: 'none' }, failure: { code: reason, message: DECLINE_MESSAGES[reason] },
    updatedAt: now,
  };
}

async function stepUpReason(tx: WalletTx, ctx: DomainContext, user: UserRecord, behaviour: SandboxBehaviour, price: { amount: number; currency: string }): Promise<StepUpReason | null> {
  if (behaviour.kind === 'step_up') return 'policy';
  const threshold = ctx.config.stepUpThresholds[price.currency];
  if (threshold !== undefined && price.amount >= threshold) return 'amount';
  const since = iso(addSeconds(ctx.now(), -ctx.config.velocityWindowSeconds));
  if ((await tx.recharges.countCreatedSince(user.id, since)) >= ctx.config.velocityMaxRecharges) return 'velocity';
  return null;
}

/**
 * Starts a recharge. Refusals that leave a record behind — a decline, a step-up challenge — are
 * returned (to be committed); rule violations are thrown.
 */
export async function createRecharge(
  tx: WalletTx, ctx: DomainContext, user: UserRecord, body: CreateRechargeRequest, request: GuardedRequest,
): Promise<Outcome<RechargeResult>> {
  assertOldEnough(user, ctx);
  const behaviour = sandboxBehaviour(body.testToken);
  const catalog = await loadCatalog(tx);
  const methods = paymentMethodsFor(regionSettings(catalog, user.region, ctx), body.platform);
  if (!methods.some((m) => m.id === body.paymentMethod)) {
    throw new WalletError('validation_failed', `${body.paymentMethod} is not offered on ${body.platform} in ${user.region}.`, {
      offered: methods.map((m) => m.id),
    });
  }
  const { coins, price } = quote(catalog, user, body.item, body.platform, ctx);
  await assertWithinBudgets(tx, user, { unit: 'money', price }, ctx.now());
  const stepUp = await passStepUp(tx, ctx, request, await stepUpReason(tx, ctx, user, behaviour, price));
  if (!stepUp.ok) return stepUp;

  const now = ctx.now();
  const id = newId('rch');
  const base: RechargeRecord = {
    id, userId: user.id, status: 'pending', item: body.item, coins, price, platform: body.platform,
    paymentMethod: body.paymentMethod, nextAction: { type: 'none' }, failure: null, createdAt: iso(now), updatedAt: iso(now),
    returnUrl: body.returnUrl ?? null, transactionId: null,
  };
  switch (behaviour.kind) {
    case 'succeed':
    case 'step_up':
      return { ok: true, value: await result(tx, await bookPurchase(tx, ctx, base)) };
    case 'pending':
      return { ok: true, value: await result(tx, await save(tx, ctx, base)) };
    case 'redirect': {
      const nextAction = {
        type: 'redirect' as const,
        url: `${ctx.baseUrl}/sandbox/checkout/${id}`,
        expiresAt: iso(addSeconds(now, ctx.config.checkoutTtlSeconds)),
      };
      return { ok: true, value: await result(tx, await save(tx, ctx, { ...base, status: 'requires_action', nextAction })) };
    }
    case 'decline': {
      await save(tx, ctx, declined(base, behaviour.reason, iso(now)));
      return {
        ok: false,
        error: new WalletError('payment_declined', DECLINE_MESSAGES[behaviour.reason], { rechargeId: id, reason: behaviour.reason }),
      };
    }
  }
}

/**
 * Brings a recharge up to date: an unpaid checkout past its expiry expires, and a pending
 * sandbox payment settles as paid (`settlePending`, on a read of the recharge).
 */
async function advance(tx: WalletTx, ctx: DomainContext, record: RechargeRecord, settlePending: boolean): Promise<RechargeRecord> {
  const now = iso(ctx.now());
  if (record.status === 'requires_action' && record.nextAction.type === 'redirect' && now >= record.nextAction.expiresAt) {
    return save(tx, ctx, { ...record, status: 'expired', nextAction: { type: 'none' }, updatedAt: now });
  }
  if (record.status === 'pending' && settlePending) return bookPurchase(tx, ctx, record);
  return record;
}

/** A recharge of the viewer, brought up to date; `not_found` for anyone else's. */
export async function readRecharge(tx: WalletTx, ctx: DomainContext, userId: string, id: string): Promise<RechargeResult> {
  const record = await tx.recharges.get(id);
  if (!record || record.userId !== userId) throw new WalletError('not_found', `No recharge ${id}.`);
  return result(tx, await advance(tx, ctx, record, true));
}

/** Expires every unpaid checkout past its expiry. */
export async function expireOverdueRecharges(tx: WalletTx, ctx: DomainContext): Promise<void> {
  for (const record of await tx.recharges.listOpen()) await advance(tx, ctx, record, false);
}

/** What the viewer chose on the hosted checkout page. */
export type CheckoutOutcome = 'succeed' | 'decline' | 'cancel';

/**
 * Applies the viewer's choice on the sandbox checkout page. A recharge that is no longer awaiting
 * the viewer (paid, expired…) is returned as it stands, unchanged.
 */
export async function completeCheckout(tx: WalletTx, ctx: DomainContext, id: string, outcome: CheckoutOutcome): Promise<RechargeRecord> {
  const found = await tx.recharges.get(id);
  if (!found) throw new WalletError('not_found', `No recharge ${id}.`);
  const record = await advance(tx, ctx, found, false);
  if (record.status !== 'requires_action') return record;
  const now = iso(ctx.now());
  if (outcome === 'succeed') return bookPurchase(tx, ctx, record);
  if (outcome === 'decline') return save(tx, ctx, declined(record, 'card_declined', now));
  return save(tx, ctx, { ...record, status: 'canceled', nextAction: { type: 'none' }, updatedAt: now });
}

/** A recharge record without an owner check, for the sandbox checkout page. */
export async function findRecharge(tx: WalletTx, ctx: DomainContext, id: string): Promise<RechargeRecord> {
  const record = await tx.recharges.get(id);
  if (!record) throw new WalletError('not_found', `No recharge ${id}.`);
  return advance(tx, ctx, record, false);
}

/**
 * Records a recharge paid outside the checkout flow — seed data, an operator's grant — and credits
 * it through the ledger like any other purchase.
 */
export async function recordPaidRecharge(
  tx: WalletTx, ctx: DomainContext, userId: string, item: RechargeItem, priced: Quote,
): Promise<RechargeRecord> {
  const now = iso(ctx.now());
  return bookPurchase(tx, ctx, {
    id: newId('rch'), userId, status: 'pending', item, coins: priced.coins, price: priced.price, platform: 'web',
    paymentMethod: 'card', nextAction: { type: 'none' }, failure: null, createdAt: now, updatedAt: now, returnUrl: null,
    transactionId: null,
  });
}
