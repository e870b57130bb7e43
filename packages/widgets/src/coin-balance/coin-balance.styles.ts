/** Styles of `<gk-coin-balance>`: a pill button with a coin icon, the compact count and a "+" affordance. */
import { css } from 'lit';

export const coinBalanceStyles = css`
  :host {
    --gk-coin-balance-background: var(--gk-color-surface-raised);
    --gk-coin-balance-color: var(--gk-color-text);
    --gk-coin-balance-border-color: var(--gk-color-border);
    --gk-coin-balance-icon-color: var(--gk-color-coin);
    --gk-coin-balance-low-color: var(--gk-color-danger);
    --gk-coin-balance-action-background: var(--gk-color-accent);
    --gk-coin-balance-action-color: var(--gk-color-accent-contrast);
    --gk-coin-balance-radius: 999px;
    --gk-coin-balance-font-size: 0.9375rem;
    --gk-coin-balance-padding: 0.25rem;

    display: inline-block;
    vertical-align: middle;
  }

  [part~='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    padding-block: var(--gk-coin-balance-padding);
    padding-inline: calc(var(--gk-coin-balance-padding) * 2) var(--gk-coin-balance-padding);
    border: 1px solid var(--gk-coin-balance-border-color);
    border-radius: var(--gk-coin-balance-radius);
    background: var(--gk-coin-balance-background);
    color: var(--gk-coin-balance-color);
    font: 600 var(--gk-coin-balance-font-size) / 1.2 var(--gk-font);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
    transition: box-shadow var(--gk-transition), border-color var(--gk-transition);
  }

  [part~='base']:hover {
    border-color: var(--gk-coin-balance-action-background);
  }

  [part~='base']:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--gk-focus-ring);
  }

  [part~='icon'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--gk-coin-balance-icon-color);
  }

  [part~='amount'] {
    min-inline-size: 2ch;
  }

  :host([low]) [part~='amount'] {
    color: var(--gk-coin-balance-low-color);
  }

  [part~='low-indicator'],
  [part~='action'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  [part~='low-indicator'] {
    color: var(--gk-coin-balance-low-color);
  }

  [part~='skeleton'] {
    display: inline-block;
    inline-size: 3ch;
    block-size: 0.9em;
    border-radius: 0.25em;
    background: linear-gradient(90deg, var(--gk-color-border), var(--gk-coin-balance-background), var(--gk-color-border));
    background-size: 200% 100%;
    animation: gk-shimmer 1.2s linear infinite;
  }

  :host([state='error']) [part~='base'] {
    border-color: var(--gk-color-danger);
  }

  [part~='error-icon'] {
    color: var(--gk-color-danger);
  }

  @keyframes gk-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
