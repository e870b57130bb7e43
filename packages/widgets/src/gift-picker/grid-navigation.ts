/**
 * Where a key moves the focus in a grid of `count` cells laid out `columns` to a row, following the
 * APG grid pattern: arrows by one cell, Home/End to the ends of the row, Ctrl+Home/End to the ends of
 * the grid, PageUp/PageDown by a page of rows.
 */

/** The state a move starts from. */
export interface GridPosition {
  /** The focused cell, 0-based, in reading order. */
  readonly index: number;
  /** How many cells the grid has. */
  readonly count: number;
  /** Cells per row (the last row may hold fewer). */
  readonly columns: number;
  /** Rows that PageUp/PageDown move by. */
  readonly pageRows: number;
  /** Whether the grid is laid out right to left, where ArrowLeft moves forward. */
  readonly rtl: boolean;
}

/** The modifier keys a move reads. */
export interface GridModifiers {
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/**
 * The index `key` moves to, or `null` when the key is not a grid key (so the caller leaves the event
 * alone). Left/Right run on across row ends in reading order, as in a wrapped gallery; moves past the
 * first or last cell stay put. Up/Down keep the column and land on the last cell when the row below
 * is shorter.
 */
export function moveInGrid(key: string, position: GridPosition, modifiers: GridModifiers = {}): number | null {
  const { index, count, rtl } = position;
  if (count === 0) return null;
  const columns = Math.max(1, Math.floor(position.columns));
  const pageRows = Math.max(1, Math.floor(position.pageRows));
  const last = count - 1;
  const clamp = (value: number): number => Math.min(last, Math.max(0, value));
  const rowStart = index - (index % columns);
  const toGridEnd = modifiers.ctrlKey === true || modifiers.metaKey === true;
  switch (key) {
    case 'ArrowRight':
      return clamp(index + (rtl ? -1 : 1));
    case 'ArrowLeft':
      return clamp(index + (rtl ? 1 : -1));
    case 'ArrowDown':
      return rowStart + columns <= last ? clamp(index + columns) : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'PageDown': {
      const lastRowStart = last - (last % columns);
      return clamp(Math.min(index + pageRows * columns, lastRowStart + (index % columns)));
    }
    case 'PageUp':
      return Math.max(index % columns, index - pageRows * columns);
    case 'Home':
      return toGridEnd ? 0 : rowStart;
    case 'End':
      return toGridEnd ? last : clamp(rowStart + columns - 1);
    default:
      return null;
  }
}
