/**
 * Reading numbers the viewer types or pastes: other digit scripts mapped to ASCII, so "١٢٣" from an
 * Arabic keyboard or "１２３" from a full-width one read as 123. Integers only; amounts never pass a float.
 */

// Arabic-Indic, extended Arabic-Indic (Persian/Urdu) and full-width digits.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10];

/** `raw` with every digit of another script replaced by its ASCII digit; other characters kept. */
export function toAsciiDigits(raw: string): string {
  let out = '';
  for (const char of raw) {
    const point = char.codePointAt(0) ?? 0;
    const block = DIGIT_BLOCKS.find((start) => point >= start && point <= start + 9);
    out += block === undefined ? char : String(point - block);
  }
  return out;
}

/**
 * The ASCII digits of a typed or pasted one-time code, in order; spaces, dashes and any other text
 * ("Your code is …") are dropped.
 *
 * @example cleanCode(' 123-456 ') // '123456'
 */
export function cleanCode(raw: string): string {
  return toAsciiDigits(raw).replace(/\D/g, '');
}

// Spaces (plain, no-break, narrow no-break), commas, dots and apostrophes group thousands in the locales
// the widgets speak; a whole number may carry any of them.
const GROUPING = /[\s\u00a0\u202f,.'’]/g;

/**
 * A whole number typed by the viewer ("1,000", "1 000", "١٠٠٠"), or `null` when the text is empty, holds
 * anything but digits and grouping separators, or is beyond the safe integer range.
 *
 * @example parseWholeNumber('2,500') // 2500
 */
export function parseWholeNumber(text: string): number | null {
  const digits = toAsciiDigits(text.trim());
  if (!/^\d[\d\s\u00a0\u202f,.'’]*$/.test(digits)) return null;
  const value = Number(digits.replace(GROUPING, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * An amount of money typed in major units ("12.50", "12,5", "12") as integer minor units with
 * `fractionDigits` decimals, computed on the digit string (no float); `null` when the text is not a
 * plain decimal with at most that many decimals. Thousands separators are not accepted, since "1.000"
 * means one in English and a thousand in Spanish.
 *
 * @example parseMinorUnits('12.5', 2) // 1250
 */
export function parseMinorUnits(text: string, fractionDigits: number): number | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > fractionDigits) return null;
  const value = Number(whole + fraction.padEnd(fractionDigits, '0'));
  return Number.isSafeInteger(value) ? value : null;
}
