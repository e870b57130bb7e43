/** Fault injection of the mock backend: what can go wrong, and which request it happens to. */

/**
 * A fault applied to the next matching requests (`times`, default 1). Each request takes at most
 * one fault: the first one added that matches.
 */
export type MockFault = {
  /** Which requests it applies to: all of them when left out. `path` is matched against the path after the base URL. */
  match?: { method?: string; path?: string | RegExp };
  /**
   * How many matching requests it applies to; `Infinity` for all of them.
   * @default 1
   */
  times?: number;
} & (
  /** The request is answered normally, `ms` milliseconds late. */
  | { kind: 'latency'; ms: number }
  /** The backend fails before doing anything: a 5xx error envelope. */
  | { kind: 'status'; status: 500 | 502 | 503 }
  /** `429 rate_limited` with `Retry-After: <retryAfter>` seconds; nothing is done. */
  | { kind: 'rate_limit'; retryAfter: number }
  /** The client sees a network error; the backend never sees the request. */
  | { kind: 'network_error' }
  /** The request is processed, but the client gets a 200 whose body breaks the contract. */
  | { kind: 'malformed'; body?: unknown }
  /** The backend processes and commits the request, then the client sees a network error. */
  | { kind: 'lose_response' }
);

/** The faults waiting for requests, in the order they were added. */
export class FaultQueue {
  #faults: Array<{ fault: MockFault; left: number }> = [];

  /** Adds a fault; throws a `RangeError` for a `times` that is not a positive integer or `Infinity`. */
  add(fault: MockFault): void {
    const times = fault.times ?? 1;
    if (!(times === Infinity || (Number.isSafeInteger(times) && times > 0))) {
      throw new RangeError(`fault.times must be a positive integer or Infinity, got ${times}`);
    }
    this.#faults.push({ fault, left: times });
  }

  /** Removes every fault. */
  clear(): void {
    this.#faults = [];
  }

  /** Takes one use of the first fault matching the request, if any. */
  take(method: string, path: string): MockFault | null {
    const index = this.#faults.findIndex(({ fault: { match } }) =>
      (match?.method === undefined || match.method.toUpperCase() === method.toUpperCase())
      && (match?.path === undefined || (typeof match.path === 'string' ? match.path === path : match.path.test(path))),
    );
    const entry = this.#faults[index];
    if (!entry) return null;
    entry.left -= 1;
    if (entry.left <= 0) this.#faults.splice(index, 1);
    return entry.fault;
  }
}
