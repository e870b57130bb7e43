/** Styles of `<gk-recharge-dialog>`: its `--gk-recharge-*` properties default to the global tokens. */
import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/** The global tokens and the dialog's own styles. */
export const rechargeDialogStyles = [
  tokens,
  css`
    :host {
      --gk-recharge-width: 34rem;
      --gk-recharge-background: var(--gk-color-surface);
      --gk-recharge-color: var(--gk-color-text);
      --gk-recharge-accent: var(--gk-color-accent);
      --gk-recharge-accent-contrast: var(--gk-color-accent-contrast);
      --gk-recharge-radius: var(--gk-radius);
      --gk-recharge-backdrop: var(--gk-color-backdrop);
      --gk-recharge-option-background: var(--gk-color-surface-raised);
      --gk-recharge-border: var(--gk-color-border);
      --gk-recharge-coin-color: var(--gk-color-coin);
      --gk-recharge-badge-color: var(--gk-color-success);
      --gk-recharge-danger-color: var(--gk-color-danger);

      display: contents;
    }

    dialog {
      box-sizing: border-box;
      width: min(var(--gk-recharge-width), calc(100vw - 1rem));
      max-height: min(92vh, 52rem);
      padding: 0;
      border: 1px solid var(--gk-recharge-border);
      border-radius: var(--gk-recharge-radius);
      background: var(--gk-recharge-background);
      color: var(--gk-recharge-color);
      font: 1rem/1.45 var(--gk-font);
      overflow: hidden;
    }

    dialog[open] {
      display: flex;
      flex-direction: column;
      animation: gk-recharge-in var(--gk-transition);
    }

    dialog::backdrop {
      background: var(--gk-recharge-backdrop);
    }

    @keyframes gk-recharge-in {
      from {
        opacity: 0;
        transform: translateY(0.5rem);
      }
    }

    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1rem;
      border-block-end: 1px solid var(--gk-recharge-border);
    }

    h2 {
      margin: 0;
      font-size: 1.15rem;
    }

    h3,
    .screen-title {
      margin: 0 0 0.5rem;
      font-size: 1.05rem;
      font-weight: 600;
    }

    [role='tablist'] {
      display: flex;
      gap: 0.25rem;
      padding: 0.5rem 1rem 0;
      border-block-end: 1px solid var(--gk-recharge-border);
    }

    [role='tab'] {
      border: 0;
      border-block-end: 3px solid transparent;
      border-radius: 0;
      background: none;
      padding: 0.5rem 0.75rem;
    }

    [role='tab'][aria-selected='true'] {
      border-block-end-color: var(--gk-recharge-accent);
      font-weight: 600;
    }

    .panel {
      flex: 1;
      overflow: auto;
      padding: 1rem;
    }

    .panel[hidden] {
      display: none;
    }

    button,
    input,
    select {
      font: inherit;
      color: inherit;
    }

    button {
      cursor: pointer;
      padding: 0.55rem 1rem;
      border: 1px solid var(--gk-recharge-border);
      border-radius: calc(var(--gk-recharge-radius) / 1.5);
      background: var(--gk-recharge-option-background);
      transition: background var(--gk-transition), border-color var(--gk-transition);
    }

    button.primary {
      border-color: var(--gk-recharge-accent);
      background: var(--gk-recharge-accent);
      color: var(--gk-recharge-accent-contrast);
      font-weight: 600;
    }

    button[disabled],
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }

    button.link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--gk-recharge-accent);
      text-decoration: underline;
    }

    button.close {
      display: grid;
      place-items: center;
      inline-size: 2.25rem;
      block-size: 2.25rem;
      padding: 0;
      border: 0;
      background: none;
    }

    button.close svg {
      inline-size: 1rem;
      block-size: 1rem;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }

    :focus-visible,
    .option:has(.radio:focus-visible) {
      outline: none;
      box-shadow: var(--gk-focus-ring);
    }

    fieldset {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }

    .package-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
      gap: 0.5rem;
    }

    .option {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      padding: 0.6rem 0.75rem;
      border: 2px solid var(--gk-recharge-border);
      border-radius: calc(var(--gk-recharge-radius) / 1.5);
      background: var(--gk-recharge-option-background);
      cursor: pointer;
      transition: border-color var(--gk-transition);
    }

    .option.selected {
      border-color: var(--gk-recharge-accent);
    }

    /* Visually hidden but focusable and announced: the card around it shows the state. */
    .radio {
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: 0;
      inline-size: 1px;
      block-size: 1px;
      margin: 0;
      opacity: 0;
    }

    .package-name {
      font-weight: 600;
    }

    .coins {
      color: var(--gk-recharge-coin-color);
    }

    .bonus,
    .savings {
      color: var(--gk-recharge-badge-color);
      font-size: 0.85rem;
    }

    .package-price {
      font-size: 1.05rem;
      font-weight: 600;
    }

    .package-details {
      display: flex;
      flex-direction: column;
      color: var(--gk-color-muted);
      font-size: 0.8rem;
    }

    .regular-price {
      text-decoration: line-through;
    }

    .badge {
      align-self: flex-start;
      margin-block-start: 0.15rem;
      padding: 0 0.4rem;
      border-radius: 999px;
      background: var(--gk-recharge-badge-color);
      color: var(--gk-recharge-background);
      font-weight: 600;
    }

    .promotion {
      color: var(--gk-recharge-accent);
      font-weight: 600;
    }

    .methods {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .methods legend {
      inline-size: 100%;
    }

    .method {
      flex-direction: row;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-block-end: 1rem;
    }

    .field input {
      padding: 0.5rem 0.6rem;
      border: 1px solid var(--gk-recharge-border);
      border-radius: calc(var(--gk-recharge-radius) / 2);
      background: var(--gk-recharge-background);
    }

    input.code {
      font-size: 1.4rem;
      letter-spacing: 0.3em;
      font-variant-numeric: tabular-nums;
    }

    input[aria-invalid='true'] {
      border-color: var(--gk-recharge-danger-color);
    }

    .hint {
      margin: 0;
      color: var(--gk-color-muted);
      font-size: 0.875rem;
    }

    .error {
      margin: 0.25rem 0 0.75rem;
      color: var(--gk-recharge-danger-color);
      font-size: 0.9rem;
    }

    .notice {
      margin: 0 0 1rem;
      padding: 0.6rem 0.75rem;
      border-inline-start: 4px solid var(--gk-recharge-accent);
      border-radius: calc(var(--gk-recharge-radius) / 2);
      background: var(--gk-recharge-option-background);
      font-size: 0.9rem;
    }

    .notice p {
      margin: 0;
    }

    .notice p + p {
      margin-block-start: 0.35rem;
    }

    .official {
      border-inline-start-color: var(--gk-recharge-danger-color);
    }

    .budget {
      margin-block-end: 1rem;
      font-size: 0.9rem;
    }

    .budget ul {
      margin: 0 0 0.25rem;
      padding: 0;
      list-style: none;
    }

    .budget .over {
      color: var(--gk-recharge-danger-color);
    }

    .terms {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      margin-block-end: 0.5rem;
    }

    .terms input {
      margin-block-start: 0.3rem;
      inline-size: 1.1rem;
      block-size: 1.1rem;
      accent-color: var(--gk-recharge-accent);
    }

    button[part~='pay-button'] {
      inline-size: 100%;
      margin-block-start: 0.5rem;
      padding-block: 0.75rem;
    }

    .status {
      padding-block: 1rem;
      text-align: center;
    }

    .status p {
      margin: 0 0 0.75rem;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5rem;
      margin-block-start: 1rem;
    }

    .step-up .actions {
      justify-content: flex-start;
    }

    .spinner {
      display: inline-block;
      inline-size: 2rem;
      block-size: 2rem;
      margin-block-end: 0.5rem;
      border: 3px solid var(--gk-recharge-border);
      border-block-start-color: var(--gk-recharge-accent);
      border-radius: 50%;
      animation: gk-recharge-spin 0.8s linear infinite;
    }

    @keyframes gk-recharge-spin {
      to {
        transform: rotate(1turn);
      }
    }

    a {
      color: var(--gk-recharge-accent);
    }

    /* The wallet view inherits this dialog's theme instead of restarting from its own defaults. */
    gk-wallet-view {
      --gk-color-accent: inherit;
      --gk-color-accent-contrast: inherit;
      --gk-color-surface: inherit;
      --gk-color-surface-raised: inherit;
      --gk-color-text: inherit;
      --gk-color-muted: inherit;
      --gk-color-border: inherit;
      --gk-color-coin: inherit;
      --gk-color-danger: inherit;
      --gk-color-success: inherit;
      --gk-radius: inherit;
      --gk-font: inherit;
      --gk-focus-ring: inherit;
      color-scheme: inherit;
    }
  `,
];
