/** Reads typed fields out of an error envelope's free-form `details`. */

/** `details[key]` when it is a non-negative safe integer, else `null`. */
export function countDetail(details: Readonly<Record<string, unknown>> | undefined, key: string): number | null {
  const value = details?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** `details[key]` when it is a string, else `null`. */
export function stringDetail(details: Readonly<Record<string, unknown>> | undefined, key: string): string | null {
  const value = details?.[key];
  return typeof value === 'string' ? value : null;
}
