/** Checks of the Node entry's numeric options, with errors that name the option. */

/** `value` when it is a positive safe integer; a `RangeError` naming `name` otherwise. */
export function positiveInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
