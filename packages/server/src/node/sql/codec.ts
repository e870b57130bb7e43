/** Reading driver values back into the numbers, booleans and objects the records hold. */
import type { DbInt } from './tables.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = BigInt(Number.MIN_SAFE_INTEGER);

/**
 * An integer column's value as a JS number. Throws a `RangeError` for anything that is not an
 * integer within ±(2^53 − 1): a BIGINT past that cannot be a number without silently changing.
 */
export function toSafeInt(value: DbInt, column = 'integer column'): number {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return value;
  } else {
    let big: bigint | undefined;
    try {
      big = typeof value === 'bigint' ? value : /^-?[0-9]+$/.test(value) ? BigInt(value) : undefined;
    } catch {
      big = undefined;
    }
    if (big !== undefined && big <= MAX && big >= MIN) return Number(big);
  }
  throw new RangeError(`${column} holds ${String(value)}, which is not a safe integer`);
}

/** A nullable integer column's value. */
export const toSafeIntOrNull = (value: DbInt | null, column?: string): number | null =>
  value === null ? null : toSafeInt(value, column);

/**
 * A JSON column's value: SQLite hands back the text, node-postgres the parsed `json` (unless the pool
 * was given other type parsers). Every JSON column holds an object or an array, never a bare string,
 * so a string is always text still to parse.
 */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A value for a JSON column. Always text: node-postgres would turn a JS array into a PostgreSQL array. */
export const toJson = (value: unknown): string => JSON.stringify(value);

/** A boolean column's value: SQLite's 0/1 (as a number or bigint) or PostgreSQL's boolean. */
export const fromBool = (value: unknown): boolean => value === true || value === 1 || value === 1n;
