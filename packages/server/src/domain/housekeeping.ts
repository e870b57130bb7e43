/**
 * Time-driven changes, applied lazily before requests and on event-stream ticks rather than by a
 * scheduler, so that the same app works in a worker, a test and a server alike.
 */
import type { WalletStore } from '../store/wallet-store.js';
import type { DomainContext } from './context.js';
import { settleQuietCombos } from './gifts.js';
import { expireOverdueRecharges } from './recharges.js';

/** Expires unpaid checkouts past their expiry and settles combos that went quiet. */
export async function runHousekeeping(store: WalletStore, ctx: DomainContext): Promise<void> {
  await store.transaction(async (tx) => {
    await expireOverdueRecharges(tx, ctx);
    await settleQuietCombos(tx, ctx);
  });
}
