/**
 * The undo log of the in-memory store: every write of a unit of work records how to take it back,
 * so that a failed unit is rolled back entry by entry instead of copying the whole state up front.
 */

/** Records writes to maps and arrays, and undoes them in reverse order. */
export class UndoLog {
  #steps: Array<() => void> = [];

  /** Sets `map[key]`, remembering what was there. */
  set<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const previous = map.get(key);
    map.set(key, value);
    this.#steps.push(() => (had ? map.set(key, previous as V) : map.delete(key)));
  }

  /** Deletes `map[key]`, remembering what was there. */
  delete<K, V>(map: Map<K, V>, key: K): void {
    if (!map.has(key)) return;
    const previous = map.get(key) as V;
    map.delete(key);
    this.#steps.push(() => map.set(key, previous));
  }

  /** Appends to an array. */
  push<T>(array: T[], item: T): void {
    array.push(item);
    this.#steps.push(() => array.pop());
  }

  /** Removes the first `count` items of an array. */
  dropFront<T>(array: T[], count: number): void {
    const removed = array.splice(0, count);
    this.#steps.push(() => array.unshift(...removed));
  }

  /** Undoes every recorded write, newest first. */
  rollback(): void {
    for (let i = this.#steps.length - 1; i >= 0; i -= 1) this.#steps[i]?.();
    this.#steps = [];
  }
}
