/** Styles of `<gk-gift-picker>`; every colour and size goes through a `--gk-picker-*` property. */
import { css } from 'lit';

/** The picker's shadow styles (after the shared `tokens`). */
export const giftPickerStyles = css`
  :host {
    --gk-picker-background: var(--gk-color-surface);
    --gk-picker-cell-background: var(--gk-color-surface-raised);
    --gk-picker-text: var(--gk-color-text);
    --gk-picker-muted: var(--gk-color-muted);
    --gk-picker-accent: var(--gk-color-accent);
    --gk-picker-accent-contrast: var(--gk-color-accent-contrast);
    --gk-picker-border: var(--gk-color-border);
    --gk-picker-coin: var(--gk-color-coin);
    --gk-picker-danger: var(--gk-color-danger);
    --gk-picker-radius: var(--gk-radius);
    --gk-picker-cell-size: 6.5rem;
    --gk-picker-cell-height: 7.5rem;
    --gk-picker-image-size: 3rem;
    --gk-picker-gap: 0.5rem;
    --gk-picker-max-height: 22rem;
    --gk-picker-unaffordable-opacity: 0.5;

    display: block;
    background: var(--gk-picker-background);
    color: var(--gk-picker-text);
    border-radius: var(--gk-picker-radius);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--gk-picker-gap);
    padding: var(--gk-picker-gap);
  }

  button {
    font: inherit;
    color: inherit;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--gk-focus-ring);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .tabs {
    display: flex;
    gap: 0.25rem;
    overflow-x: auto;
    scrollbar-width: thin;
  }

  .tab {
    flex: none;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--gk-picker-border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    background: var(--gk-picker-accent);
    border-color: var(--gk-picker-accent);
    color: var(--gk-picker-accent-contrast);
  }

  .search {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--gk-picker-border);
    border-radius: calc(var(--gk-picker-radius) / 1.5);
    background: var(--gk-picker-background);
    color: inherit;
    font: inherit;
  }

  /*
   * The grid scrolls inside the picker. The gutter is reserved so the scrollbar's arrival never
   * changes the column count (which would re-group the rows).
   */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--gk-picker-cell-size), 1fr));
    gap: var(--gk-picker-gap);
    max-block-size: var(--gk-picker-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
    padding: 0.25rem;
  }

  /*
   * An empty, zero-height twin of the grid's tracks, as wide as the grid: the host's width less the
   * base's padding and the grid's own, with the same scrollbar gutter.
   */
  .ruler {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--gk-picker-cell-size), 1fr));
    gap: var(--gk-picker-gap);
    block-size: 0;
    overflow-y: hidden;
    scrollbar-gutter: stable;
    padding-inline: calc(var(--gk-picker-gap) + 0.25rem);
  }

  /* Rows exist for assistive technology; visually the cells flow into the grid's tracks. */
  .row {
    display: contents;
  }

  /*
   * Off-screen cells skip layout and paint; the remembered size (auto) keeps the scrollbar steady once
   * a cell was seen. This keeps 2,000 gifts cheap without windowing, so find-in-page, screen-reader
   * browsing and focus keep working on every gift.
   */
  .cell {
    position: relative;
    content-visibility: auto;
    contain-intrinsic-size: auto var(--gk-picker-cell-size) auto var(--gk-picker-cell-height);
    min-inline-size: 0;
  }

  .gift {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    inline-size: 100%;
    block-size: var(--gk-picker-cell-height);
    padding: 0.5rem 0.25rem;
    border: 1px solid transparent;
    border-radius: var(--gk-picker-radius);
    background: var(--gk-picker-cell-background);
    cursor: pointer;
    /* Holding a gift repeats it: no long-press menu, selection or double-tap zoom in the way. */
    touch-action: manipulation;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    transition: border-color var(--gk-transition), transform var(--gk-transition);
  }

  .gift:hover {
    border-color: var(--gk-picker-accent);
  }

  .gift:active {
    transform: scale(0.97);
  }

  /*
   * Muted, yet still operable (it offers the top-up), so its text keeps full contrast: only the picture
   * fades and the tile loses its fill.
   */
  .gift[part~='gift-unaffordable'] {
    background: transparent;
    border-color: var(--gk-picker-border);
    border-style: dashed;
    color: var(--gk-picker-muted);
  }

  .gift[part~='gift-unaffordable'] .image {
    filter: grayscale(1);
    opacity: var(--gk-picker-unaffordable-opacity);
  }

  .image {
    inline-size: var(--gk-picker-image-size);
    block-size: var(--gk-picker-image-size);
    object-fit: contain;
    flex: none;
  }

  /* A picture that may not load (unsafe or failed URL) leaves its img without src: the glyph shows. */
  img.image:not([src]) {
    display: none;
  }

  .fallback {
    display: grid;
    place-items: center;
    color: var(--gk-picker-muted);
  }

  .fallback svg {
    inline-size: 70%;
    block-size: 70%;
  }

  .name {
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.875rem;
  }

  .price {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.8125rem;
    color: var(--gk-picker-muted);
    font-variant-numeric: tabular-nums;
  }

  .coin {
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--gk-picker-coin);
  }

  /* Over the gift's corner, outside its button (the count is in the button's name already). */
  .combo {
    position: absolute;
    pointer-events: none;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    padding: 0.125rem 0.375rem;
    border-radius: 999px;
    background: var(--gk-picker-accent);
    color: var(--gk-picker-accent-contrast);
    font-weight: 700;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }

  /* Each new count re-creates the badge, which replays the bump; reduced motion gets a still counter. */
  @media (prefers-reduced-motion: no-preference) {
    .combo {
      animation: bump 220ms ease-out;
    }
  }

  @keyframes bump {
    from {
      transform: scale(1.35);
    }
    to {
      transform: scale(1);
    }
  }

  .status,
  .empty {
    margin: 0;
    padding: 1rem;
    text-align: center;
    color: var(--gk-picker-muted);
  }

  .skeleton {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--gk-picker-cell-size), 1fr));
    gap: var(--gk-picker-gap);
  }

  .skeleton span {
    block-size: var(--gk-picker-cell-height);
    border-radius: var(--gk-picker-radius);
    background: var(--gk-picker-cell-background);
  }

  .confirm,
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--gk-picker-radius) / 1.5);
    border: 1px solid var(--gk-picker-border);
  }

  .notice:empty {
    display: none;
  }

  .notice {
    border-color: var(--gk-picker-danger);
    color: var(--gk-picker-danger);
  }

  .confirm p,
  .notice p {
    flex: 1 1 12rem;
    margin: 0;
  }

  .action {
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--gk-picker-border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }

  .action.primary {
    background: var(--gk-picker-accent);
    border-color: var(--gk-picker-accent);
    color: var(--gk-picker-accent-contrast);
  }
`;
