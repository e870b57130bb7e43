/** Builds the cross-realm type guards of the error classes, the way ky does. */

/**
 * A guard that recognises instances of `ctor`, and errors from another realm or copy of the SDK by
 * their literal `name`.
 */
export function errorGuard<T extends Error>(
  ctor: abstract new (...args: never[]) => T,
  name: string,
): (error: unknown) => error is T {
  return (error: unknown): error is T =>
    error instanceof ctor ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name);
}
