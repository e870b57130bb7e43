/** Disputes: the viewer reports a wallet transaction they do not recognise, for review. */
import type { CreateDisputeRequest, Dispute } from '@giftkit/contract';
import type { WalletTx } from '../store/wallet-store.js';
import type { DomainContext } from './context.js';
import { toTransaction } from './history.js';
import { newId } from './ids.js';
import { iso } from './time.js';
import { WalletError } from './wallet-error.js';

/**
 * Opens a dispute of one of the viewer's own transactions. `not_found` for a transaction not in
 * their history; `validation_failed` when it is already disputed.
 */
export async function createDispute(tx: WalletTx, ctx: DomainContext, userId: string, body: CreateDisputeRequest): Promise<Dispute> {
  const posted = await tx.ledger.get(body.transactionId);
  if (!posted || !toTransaction(posted, userId)) {
    throw new WalletError('not_found', `No transaction ${body.transactionId} in your history.`, { transactionId: body.transactionId });
  }
  const existing = await tx.disputes.findByTransaction(body.transactionId);
  if (existing) {
    throw new WalletError('validation_failed', 'This transaction is already disputed.', { disputeId: existing.id });
  }
  const dispute: Dispute = { id: newId('dsp'), transactionId: body.transactionId, reason: body.reason, status: 'open', createdAt: iso(ctx.now()) };
  await tx.disputes.put({ ...dispute, userId });
  return dispute;
}
