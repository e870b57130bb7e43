/** In-process pub/sub of committed wallet events, per user. Stores use it to feed `subscribe`. */
import type { WalletEvent } from '@giftkit/contract';
import type { WalletEventListener } from './wallet-store.js';

/** Fan-out of events to the listeners of each user. */
export class EventHub {
  readonly #listeners = new Map<string, Set<WalletEventListener>>();

  /** Adds a listener of `userId`'s events; returns the function that removes it. */
  subscribe(userId: string, listener: WalletEventListener): () => void {
    let set = this.#listeners.get(userId);
    if (!set) this.#listeners.set(userId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(userId) === set) this.#listeners.delete(userId);
    };
  }

  /** Delivers an event to the user's listeners. One failing listener does not starve the others. */
  publish(userId: string, event: WalletEvent): void {
    for (const listener of [...(this.#listeners.get(userId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
