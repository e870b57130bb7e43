/** "in 2 days": how long until an instant, in the viewer's language, for promotion end times. */

const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * The time left until `msLeft` milliseconds from now as a relative phrase in `locale` ("in 2 days",
 * "dentro de 3 horas"), in the largest whole unit. Rounded down, so a promotion never looks longer than
 * it runs; under a minute reads as one minute.
 *
 * @example timeLeft(2.5 * 86_400_000, 'en') // 'in 2 days'
 */
export function timeLeft(msLeft: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  for (const [unit, size] of UNITS) {
    if (msLeft >= size) return format.format(Math.floor(msLeft / size), unit);
  }
  return format.format(1, 'minute');
}
