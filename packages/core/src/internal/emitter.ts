/** A typed event emitter whose `on` returns the function that removes the listener. */

/** Emits events of the map `M` (event type → payload). */
export interface Emitter<M> {
  /** Calls `listener` for every `type` event; returns the function that stops it. */
  on<K extends keyof M>(type: K, listener: (payload: M[K]) => void): () => void;
  /** Calls the listeners of `type`; a throwing listener is reported and does not stop the others. */
  emit<K extends keyof M>(type: K, payload: M[K]): void;
}

/** A new emitter. */
export function createEmitter<M>(): Emitter<M> {
  const listeners = new Map<keyof M, Set<(payload: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      const entry = (payload: never): void => listener(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    emit(type, payload) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as (payload: unknown) => void)(payload);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
  };
}
