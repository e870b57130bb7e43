/** Case- and accent-insensitive gift search, with the normalized names computed once per catalog. */
import type { Gift } from '@giftkit/core';

const MARKS = /\p{M}+/gu;

/**
 * Folds `text` for matching: canonical decomposition with the combining marks dropped, then lower case,
 * so "Café", "CAFE" and "cafe" compare equal. `ß`/`ss` and similar full case folds are left out on
 * purpose: `toLowerCase` is the fold every engine implements the same way.
 *
 * @example foldForSearch('  Crème Brûlée ') // 'creme brulee'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().trim();
}

/** A gift with the folded name it is searched by. */
export interface SearchableGift {
  readonly gift: Gift;
  readonly key: string;
}

/**
 * Pairs every gift with its folded name. Run once per catalog (not per keystroke): folding 2,000 names
 * costs far more than the `includes` checks that filtering does afterwards.
 */
export function indexGifts(gifts: readonly Gift[]): SearchableGift[] {
  return gifts.map((gift) => ({ gift, key: foldForSearch(gift.name) }));
}

/**
 * The gifts of `category` (of every category when it is `null` or empty) whose folded name
 * contains the folded `query`, in catalog order.
 */
export function filterGifts(index: readonly SearchableGift[], category: string | null, query: string): Gift[] {
  const needle = foldForSearch(query);
  const result: Gift[] = [];
  for (const { gift, key } of index) {
    if (category && gift.categoryId !== category) continue;
    if (needle && !key.includes(needle)) continue;
    result.push(gift);
  }
  return result;
}
