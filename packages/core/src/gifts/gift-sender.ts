/** Posts gift sends with optimistic debits, shared by `gifts.send` and combos. */
import { routes, type GiftSent, type SendGiftRequest } from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import { isGiftkitError } from '../errors/giftkit-error.js';
import { isHttpError } from '../errors/http-error.js';
import type { BalanceTracker } from '../wallet/balance.js';

/** Posts one send whose coins are already held on the balance, and settles that hold. */
export type PostSend = (
  body: SendGiftRequest,
  held: number,
  init: { readonly idempotencyKey?: string | undefined; readonly signal?: AbortSignal | undefined },
) => Promise<GiftSent>;

/**
 * Whether a failed send may have been committed all the same: the answer was lost, late or unreadable,
 * or the server failed midway. The balance is then reloaded rather than trusted to the rollback.
 */
function mayHaveCommitted(error: unknown): boolean {
  if (!isGiftkitError(error)) return false;
  return !isHttpError(error) || (error.status ?? 0) >= 500;
}

/** Builds the poster; `reconcile` reloads the wallet after an ambiguous failure. */
export function createGiftSender(http: HttpClient, balance: BalanceTracker, reconcile: () => void): PostSend {
  return async (body, held, init) => {
    try {
      const sent = await http.call(routes.sendGift, { body, idempotencyKey: init.idempotencyKey, signal: init.signal });
      balance.settle(held, { coins: sent.balance, updatedAt: sent.createdAt });
      return sent;
    } catch (error) {
      balance.settle(held);
      if (mayHaveCommitted(error)) reconcile();
      throw error;
    }
  };
}
