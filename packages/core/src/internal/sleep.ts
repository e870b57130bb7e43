/** Timers that an AbortSignal can cut short. */

/**
 * Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it aborts.
 * `register`, when given, receives a function that ends the wait early (resolving it).
 */
export function sleep(ms: number, signal?: AbortSignal, register?: (wake: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const finish = (error?: unknown): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => finish(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    register?.(() => finish());
  });
}
