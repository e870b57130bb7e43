/** Reads the `Retry-After` header, which is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */

/** The wait `Retry-After` asks for, in milliseconds, or `null` when the header is missing or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
