/** Keeps a Lit element subscribed to an SDK store (such as `wallet.balance`) while it is connected. */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ReadableStore } from '@giftkit/core';

/**
 * A reactive controller mirroring a store's value into `.value` and re-rendering the host on each change.
 * The getter is read on every host update, so the controller follows the host to another store (another
 * SDK instance) and drops the old subscription.
 */
export class StoreController<T> implements ReactiveController {
  /** The store's latest value; `undefined` while there is no store. */
  value: T | undefined;
  private readonly host: ReactiveElement;
  private readonly getStore: () => ReadableStore<T> | undefined;
  private store: ReadableStore<T> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(host: ReactiveElement, getStore: () => ReadableStore<T> | undefined) {
    this.host = host;
    this.getStore = getStore;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
  }

  private sync(): void {
    if (!this.connected) return;
    const next = this.getStore();
    if (next === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = next;
    if (!next) {
      this.value = undefined;
      this.host.requestUpdate();
      return;
    }
    this.unsubscribe = next.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }
}
