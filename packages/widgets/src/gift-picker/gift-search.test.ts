import { expect } from 'chai';
import type { Gift } from '@giftkit/core';
import { filterGifts, foldForSearch, indexGifts } from './gift-search.js';

const gift = (id: string, name: string, categoryId: string): Gift => ({
  id, name, categoryId, coins: 1, imageUrl: 'https://cdn.example/g.png', animationUrl: null, streakable: true,
});

describe('gift search', () => {
  const index = indexGifts([
    gift('creme', 'Crème Brûlée', 'food'),
    gift('rose', 'Rose', 'love'),
    gift('cafe', 'CAFÉ', 'food'),
    gift('full', 'Ｆｕｌｌ Ｗｉｄｔｈ', 'fun'),
  ]);
  const ids = (category: string | null, query: string): string[] => filterGifts(index, category, query).map((g) => g.id);

  it('folds case, accents and compatibility forms', () => {
    expect(foldForSearch('  Crème Brûlée ')).to.equal('creme brulee');
    expect(foldForSearch('ＣＡＦÉ')).to.equal('cafe');
  });

  it('matches substrings whatever the case and accents on either side', () => {
    expect(ids(null, 'brul')).to.deep.equal(['creme']);
    expect(ids(null, 'cafe')).to.deep.equal(['cafe']);
    expect(ids(null, 'CAFÉ')).to.deep.equal(['cafe']);
    expect(ids(null, 'width')).to.deep.equal(['full']);
  });

  it('keeps catalog order, filters by category, and shows all for an empty query', () => {
    expect(ids(null, '')).to.deep.equal(['creme', 'rose', 'cafe', 'full']);
    expect(ids('food', '')).to.deep.equal(['creme', 'cafe']);
    expect(ids('food', 'rose')).to.deep.equal([]);
    expect(ids(null, '   ')).to.deep.equal(['creme', 'rose', 'cafe', 'full']);
  });
});
