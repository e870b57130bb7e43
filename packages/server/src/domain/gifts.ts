/** Sending gifts: coins from the viewer, diamonds to the creator at the configured share, combos. */
import type { GiftCatalog, GiftSent, SendGiftRequest } from '@giftkit/contract';
import { userCoins } from '../store/accounts.js';
import { LedgerError } from '../store/ledger-error.js';
import type { CatalogRecord, ComboRecord, UserRecord } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';
import { assertWithinBudgets } from './budgets.js';
import { loadCatalog } from './catalog.js';
import type { DomainContext } from './context.js';
import { newId } from './ids.js';
import { giftMovement } from './movements.js';
import { basisPoints } from './pricing.js';
import { addSeconds, iso } from './time.js';
import { assertOldEnough } from './users.js';
import { WalletError } from './wallet-error.js';

/**
 * The public gift catalog. `version` is a SHA-256 of its content, so it changes exactly when the
 * catalog does and doubles as the strong ETag.
 */
export async function giftCatalog(catalog: CatalogRecord): Promise<GiftCatalog> {
  const content = JSON.stringify({ categories: catalog.categories, gifts: catalog.gifts });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  const version = [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { version, categories: catalog.categories, gifts: catalog.gifts };
}

/** Adds a send to its combo, opening the combo on its first send. Returns the combo's count so far. */
async function addToCombo(tx: WalletTx, ctx: DomainContext, sender: UserRecord, body: SendGiftRequest, coins: number): Promise<number> {
  if (body.comboId === undefined) return body.count;
  const now = iso(ctx.now());
  const existing = await tx.combos.get(body.comboId);
  if (existing && (existing.senderId !== sender.id || existing.giftId !== body.giftId
    || existing.recipientId !== body.recipientId || existing.streamId !== body.streamId)) {
    throw new WalletError('validation_failed', 'A combo groups sends of one gift, from one viewer, to one creator, in one stream.', {
      comboId: body.comboId,
    });
  }
  // A combo tapped again after it settled carries on counting and settles again later.
  const combo: ComboRecord = existing
    ? { ...existing, count: existing.count + body.count, coins: existing.coins + coins, lastSentAt: now, settled: false }
    : {
        id: body.comboId, senderId: sender.id, giftId: body.giftId, recipientId: body.recipientId, streamId: body.streamId,
        count: body.count, coins, lastSentAt: now, settled: false,
      };
  await tx.combos.put(combo);
  return combo.count;
}

/**
 * Sends gifts. Everything is one unit of work: the conditional debit of the viewer's coins, the
 * creator's diamonds, the combo and the events. Throws (rolling all back) on any refusal.
 */
export async function sendGift(tx: WalletTx, ctx: DomainContext, sender: UserRecord, body: SendGiftRequest): Promise<GiftSent> {
  assertOldEnough(sender, ctx);
  const gift = (await loadCatalog(tx)).gifts.find((g) => g.id === body.giftId);
  if (!gift) throw new WalletError('not_found', `No gift ${body.giftId}.`, { giftId: body.giftId });
  const recipient = await tx.users.get(body.recipientId);
  if (!recipient || recipient.role !== 'creator') {
    throw new WalletError('not_found', `No creator ${body.recipientId}.`, { recipientId: body.recipientId });
  }
  if (recipient.id === sender.id) throw new WalletError('validation_failed', 'Creators cannot send gifts to themselves.');
  const coins = gift.coins * body.count;
  await assertWithinBudgets(tx, sender, { unit: 'coins', coins }, ctx.now());

  const now = iso(ctx.now());
  const diamonds = basisPoints(coins, ctx.config.creatorShareBps);
  const comboId = body.comboId ?? null;
  let posted;
  try {
    posted = await tx.ledger.post(giftMovement(newId('txn'), now, {
      kind: 'gift', senderId: sender.id, giftId: gift.id, giftName: gift.name, count: body.count, coins, diamonds,
      recipientId: recipient.id, recipientName: recipient.displayName, streamId: body.streamId, comboId,
    }));
  } catch (error) {
    if (LedgerError.is(error) && error.code === 'insufficient_balance') {
      throw new WalletError('insufficient_funds', `This costs ${coins} coins; the wallet holds ${error.balance ?? 0}.`, {
        required: coins, balance: error.balance ?? 0, shortfall: error.shortfall ?? coins,
      });
    }
    throw error;
  }
  const comboCount = await addToCombo(tx, ctx, sender, body, coins);
  const balance = await tx.ledger.balance(userCoins(sender.id), 'coins');
  await tx.events.append(sender.id, {
    type: 'balance.changed', createdAt: now, data: { coins: balance, reason: 'gift', transactionId: posted.id },
  });
  await tx.events.append(recipient.id, {
    type: 'gift.received', createdAt: now,
    data: { giftId: gift.id, senderId: sender.id, senderName: sender.displayName, streamId: body.streamId, count: body.count, diamonds, comboId },
  });
  return {
    id: posted.id, giftId: gift.id, recipientId: recipient.id, streamId: body.streamId, count: body.count, coins, diamonds,
    comboId, comboCount, balance, createdAt: now,
  };
}

/** Ends every combo whose last send is older than the combo window, telling sender and creator. */
export async function settleQuietCombos(tx: WalletTx, ctx: DomainContext): Promise<void> {
  const cutoff = iso(addSeconds(ctx.now(), -ctx.config.comboWindowSeconds));
  for (const combo of await tx.combos.listOpen()) {
    if (combo.lastSentAt > cutoff) continue;
    await tx.combos.put({ ...combo, settled: true });
    const { id: comboId, giftId, recipientId, streamId, count, coins } = combo;
    for (const userId of [combo.senderId, recipientId]) {
      await tx.events.append(userId, {
        type: 'gift.combo.settled', createdAt: iso(ctx.now()), data: { comboId, giftId, recipientId, streamId, count, coins },
      });
    }
  }
}
