/** A minimal observable value, shaped like a Svelte store so that `$store` syntax works on it. */

/** A value that can be read now and watched for changes. */
export interface ReadableStore<T> {
  /** The current value. */
  get(): T;
  /**
   * Calls `listener` with the current value at once and again on every change; returns the function
   * that stops it.
   */
  subscribe(listener: (value: T) => void): () => void;
}

/** A store the SDK itself writes to. */
export interface WritableStore<T> extends ReadableStore<T> {
  set(value: T): void;
}

/** A store holding `initial`; `onStart` runs when the first subscriber arrives. */
export function createStore<T>(initial: T, onStart?: () => void): WritableStore<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const notify = (listener: (value: T) => void): void => {
    try {
      listener(value);
    } catch (error) {
      // One broken subscriber must not stop the others; report it like an uncaught error.
      queueMicrotask(() => {
        throw error;
      });
    }
  };
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) notify(listener);
    },
    subscribe(listener) {
      const first = listeners.size === 0;
      const entry = (v: T): void => listener(v);
      listeners.add(entry);
      notify(entry);
      if (first) onStart?.();
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
