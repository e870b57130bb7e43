/**
 * Helpers that tell whether a domain imitates a brand: a confusable-character fold and bounded edit
 * distances. Inputs are hostname labels (at most 63 characters each), so the O(n·m) tables stay tiny.
 */

// A deliberately small subset of Unicode's confusables (UTS #39): the Cyrillic and Greek letters that
// render like Latin ones in common fonts, and the digit swaps seen in fake shop domains.
const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['х', 'x'], ['у', 'y'], ['і', 'i'], ['ј', 'j'],
  ['ѕ', 's'], ['һ', 'h'], ['ԁ', 'd'], ['к', 'k'], ['ο', 'o'], ['ν', 'v'], ['α', 'a'], ['ι', 'i'], ['κ', 'k'],
  ['τ', 't'], ['ρ', 'p'], ['0', 'o'], ['1', 'l'],
]);

/**
 * Folds a lowercase label to the Latin letters it looks like, so that lookalikes compare equal to the
 * name they imitate: `t1ktоk` (with a Cyrillic о) → `tlktok`, `rnicrosoft` → `microsoft`.
 * Apply it to both sides of a comparison.
 */
export function confusableSkeleton(label: string): string {
  let folded = '';
  for (const char of label.normalize('NFKC').toLowerCase()) folded += CONFUSABLES.get(char) ?? char;
  return folded.replaceAll('rn', 'm').replaceAll('vv', 'w');
}

/**
 * The Levenshtein distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
 *
 * @example editDistance('tiktok', 'tlktok', 2) // 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  return bestDistance(a, b, limit, false);
}

/**
 * The smallest edit distance between `pattern` and any substring of `text` (Sellers' algorithm), or
 * `limit + 1` when every substring is farther: finds a brand embedded in a longer name,
 * as `tiktok` in `buy-t1ktok-coins`.
 *
 * @example substringDistance('tiktok', 'cheap-tlktok-coins', 1) // 1
 */
export function substringDistance(pattern: string, text: string, limit: number): number {
  return bestDistance(pattern, text, limit, true);
}

/**
 * Edit distance of `pattern` to all of `text` or, with `anywhere`, to its closest substring. Compares
 * UTF-16 code units: host labels are folded to Latin letters first, so astral characters are rare.
 */
function bestDistance(pattern: string, text: string, limit: number, anywhere: boolean): number {
  // previous[j]: distance between the pattern prefix so far and text prefix [0, j) (or, with
  // `anywhere`, the best text substring ending at j, which is why row 0 is all zeros then).
  let previous = new Uint32Array(text.length + 1);
  let current = new Uint32Array(text.length + 1);
  if (!anywhere) for (let j = 0; j <= text.length; j += 1) previous[j] = j;
  for (let i = 1; i <= pattern.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    const char = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (char === text.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  const result = anywhere ? Math.min(...previous) : (previous[text.length] as number);
  return Math.min(result, limit + 1);
}
