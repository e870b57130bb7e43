/**
 * Keeps the balance in step across tabs of the same site: each confirmed balance is posted on a
 * BroadcastChannel named after the API's base URL, and other tabs (or SDK instances) apply it when it
 * is for the same user and newer than what they have.
 */
import type { Emitter } from '../internal/emitter.js';
import type { BalanceTracker } from '../wallet/balance.js';
import type { GiftkitEventMap } from './types.js';

interface BalanceMessage {
  readonly type: 'giftkit.balance';
  readonly userId: string;
  readonly coins: number;
  readonly updatedAt: string;
}

function isBalanceMessage(value: unknown): value is BalanceMessage {
  const message = value as Partial<BalanceMessage> | null;
  return (
    typeof message === 'object' && message !== null && message.type === 'giftkit.balance' &&
    typeof message.userId === 'string' && Number.isSafeInteger(message.coins) && (message.coins ?? -1) >= 0 &&
    typeof message.updatedAt === 'string' && !Number.isNaN(Date.parse(message.updatedAt))
  );
}

/** Starts syncing; returns the function that stops it. Does nothing where BroadcastChannel is missing. */
export function startTabSync(baseUrl: string, balance: BalanceTracker, emitter: Emitter<GiftkitEventMap>): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(`giftkit:balance:${baseUrl}`);
  // Node keeps the process alive while a channel is open; a balance sync is no reason to.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (isBalanceMessage(message) && message.userId === balance.userId) {
      balance.confirm(message.coins, message.updatedAt, 'tab');
    }
  };
  const stop = emitter.on('balance', ({ coins, updatedAt, source }) => {
    const { userId } = balance;
    if (source === 'tab' || userId === null) return;
    const message: BalanceMessage = { type: 'giftkit.balance', userId, coins, updatedAt };
    channel.postMessage(message);
  });
  return () => {
    stop();
    channel.close();
  };
}
