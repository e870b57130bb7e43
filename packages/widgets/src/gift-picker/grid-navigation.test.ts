import { expect } from 'chai';
import { moveInGrid, type GridPosition } from './grid-navigation.js';

/** 10 cells, 4 to a row (rows: 0-3, 4-7, 8-9), paging by 2 rows. */
const at = (index: number, extra: Partial<GridPosition> = {}): GridPosition => ({ index, count: 10, columns: 4, pageRows: 2, rtl: false, ...extra });

describe('moveInGrid', () => {
  it('moves left and right in reading order, across row ends, and stops at the grid ends', () => {
    expect(moveInGrid('ArrowRight', at(0))).to.equal(1);
    expect(moveInGrid('ArrowRight', at(3))).to.equal(4);
    expect(moveInGrid('ArrowLeft', at(4))).to.equal(3);
    expect(moveInGrid('ArrowLeft', at(0))).to.equal(0);
    expect(moveInGrid('ArrowRight', at(9))).to.equal(9);
  });

  it('mirrors left and right in right-to-left layout', () => {
    expect(moveInGrid('ArrowLeft', at(1, { rtl: true }))).to.equal(2);
    expect(moveInGrid('ArrowRight', at(1, { rtl: true }))).to.equal(0);
  });

  it('moves up and down a column, onto the last cell when the row below is shorter', () => {
    expect(moveInGrid('ArrowDown', at(1))).to.equal(5);
    expect(moveInGrid('ArrowDown', at(7))).to.equal(9);
    expect(moveInGrid('ArrowDown', at(9))).to.equal(9);
    expect(moveInGrid('ArrowUp', at(9))).to.equal(5);
    expect(moveInGrid('ArrowUp', at(2))).to.equal(2);
  });

  it('goes to the row ends with Home/End and to the grid ends with Ctrl or Cmd', () => {
    expect(moveInGrid('Home', at(6))).to.equal(4);
    expect(moveInGrid('End', at(5))).to.equal(7);
    expect(moveInGrid('End', at(8))).to.equal(9);
    expect(moveInGrid('Home', at(6), { ctrlKey: true })).to.equal(0);
    expect(moveInGrid('End', at(1), { metaKey: true })).to.equal(9);
  });

  it('pages by rows, keeping the column and stopping at the first and last rows', () => {
    expect(moveInGrid('PageDown', at(1))).to.equal(9);
    expect(moveInGrid('PageDown', at(0, { pageRows: 1 }))).to.equal(4);
    expect(moveInGrid('PageDown', at(3))).to.equal(9);
    expect(moveInGrid('PageUp', at(9))).to.equal(1);
    expect(moveInGrid('PageUp', at(6, { pageRows: 1 }))).to.equal(2);
  });

  it('ignores other keys and empty grids', () => {
    expect(moveInGrid('a', at(0))).to.equal(null);
    expect(moveInGrid('ArrowRight', at(0, { count: 0 }))).to.equal(null);
  });
});
