/** Calendar arithmetic in UTC, on whole milliseconds: budget windows, ages, expiries. */
import type { BudgetPeriod } from '@giftkit/contract';

/** `date` plus `seconds` seconds. */
export const addSeconds = (date: Date, seconds: number): Date => new Date(date.getTime() + seconds * 1000);

/** The RFC 3339 form the wire contract uses. */
export const iso = (date: Date): string => date.toISOString();

/**
 * The calendar window containing `now`: the UTC day, the ISO week (Monday 00:00 UTC) or the UTC month.
 * `end` is the start of the next window, which is when a budget resets.
 */
export function windowOf(period: BudgetPeriod, now: Date): { start: Date; end: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  if (period === 'month') return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
  if (period === 'week') {
    const sinceMonday = (now.getUTCDay() + 6) % 7;
    return { start: new Date(Date.UTC(y, m, d - sinceMonday)), end: new Date(Date.UTC(y, m, d - sinceMonday + 7)) };
  }
  return { start: new Date(Date.UTC(y, m, d)), end: new Date(Date.UTC(y, m, d + 1)) };
}

/** Whole years between a `YYYY-MM-DD` birth date and `now`, in UTC. */
export function ageOn(birthDate: string, now: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = now.getUTCMonth() + 1 > bm || (now.getUTCMonth() + 1 === bm && now.getUTCDate() >= bd);
  return now.getUTCFullYear() - by - (hadBirthday ? 0 : 1);
}

/** A `YYYY-MM-DD` birth date that makes someone exactly `age` at `now` (their birthday was yesterday). */
export function birthDateForAge(age: number, now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate() - 1));
  return date.toISOString().slice(0, 10);
}
