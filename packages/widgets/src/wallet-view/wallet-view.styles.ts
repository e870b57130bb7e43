/** Styles of `<gk-wallet-view>`: its `--gk-wallet-*` properties default to the global tokens. */
import { css } from 'lit';
import { tokens } from '../styles/tokens.js';

/** The global tokens and the wallet view's own styles. */
export const walletViewStyles = [
  tokens,
  css`
    :host {
      --gk-wallet-surface: var(--gk-color-surface);
      --gk-wallet-background: var(--gk-color-surface-raised);
      --gk-wallet-color: var(--gk-color-text);
      --gk-wallet-accent: var(--gk-color-accent);
      --gk-wallet-border: var(--gk-color-border);
      --gk-wallet-radius: var(--gk-radius);
      --gk-wallet-received-color: var(--gk-color-success);
      --gk-wallet-spent-color: var(--gk-color-text);
      --gk-wallet-danger-color: var(--gk-color-danger);

      display: block;
      background: var(--gk-wallet-surface);
      color: var(--gk-wallet-color);
      font: 0.95rem/1.45 var(--gk-font);
    }

    /* The view's sections only: the spending cards are sections too, and sit side by side. */
    section[part~='section'] + section[part~='section'] {
      margin-block-start: 1.25rem;
    }

    h3 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }

    h4 {
      margin: 0 0 0.25rem;
      font-size: 0.95rem;
    }

    p {
      margin: 0 0 0.25rem;
    }

    .muted {
      color: var(--gk-color-muted);
    }

    .error {
      color: var(--gk-wallet-danger-color);
    }

    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }

    button {
      cursor: pointer;
      padding: 0.45rem 0.9rem;
      border: 1px solid var(--gk-wallet-border);
      border-radius: calc(var(--gk-wallet-radius) / 1.5);
      background: var(--gk-wallet-background);
    }

    button.primary {
      border-color: var(--gk-wallet-accent);
      background: var(--gk-wallet-accent);
      color: var(--gk-color-accent-contrast);
      font-weight: 600;
    }

    button.small {
      padding: 0.2rem 0.6rem;
      font-size: 0.85rem;
    }

    button[disabled],
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }

    input,
    select,
    textarea {
      padding: 0.4rem 0.5rem;
      border: 1px solid var(--gk-wallet-border);
      border-radius: calc(var(--gk-wallet-radius) / 2);
      background: var(--gk-color-surface);
    }

    input[aria-invalid='true'] {
      border-color: var(--gk-wallet-danger-color);
    }

    :focus-visible {
      outline: none;
      box-shadow: var(--gk-focus-ring);
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .spending {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.5rem;
    }

    .card,
    .budget,
    .transaction {
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--gk-wallet-border);
      border-radius: calc(var(--gk-wallet-radius) / 1.5);
      background: var(--gk-wallet-background);
    }

    .figure {
      font-size: 1.1rem;
      font-weight: 600;
    }

    .creators li {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
      font-size: 0.85rem;
    }

    .creator {
      font-weight: 600;
    }

    .budgets,
    .transactions {
      display: grid;
      gap: 0.4rem;
      margin-block-end: 0.75rem;
    }

    .budget {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
    }

    fieldset {
      margin: 0;
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--gk-wallet-border);
      border-radius: calc(var(--gk-wallet-radius) / 1.5);
    }

    legend {
      padding-inline: 0.25rem;
      font-weight: 600;
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-end: 0.5rem;
    }

    label {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      font-size: 0.875rem;
    }

    .confirmation:empty {
      display: none;
    }

    .confirmation {
      margin-block-start: 0.5rem;
      color: var(--gk-wallet-received-color);
    }

    .transaction-main {
      display: grid;
      grid-template-columns: 1fr auto auto;
      align-items: center;
      gap: 0.75rem;
    }

    .what {
      display: block;
      font-weight: 600;
    }

    time {
      font-size: 0.8rem;
    }

    .amounts {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      font-variant-numeric: tabular-nums;
    }

    .coins.received {
      color: var(--gk-wallet-received-color);
      font-weight: 600;
    }

    .coins.spent {
      color: var(--gk-wallet-spent-color);
    }

    .report {
      display: grid;
      gap: 0.5rem;
      margin-block-start: 0.6rem;
      padding-block-start: 0.6rem;
      border-block-start: 1px dashed var(--gk-wallet-border);
    }

    .report-title {
      font-weight: 600;
    }

    .report-sent {
      margin-block-start: 0.5rem;
      color: var(--gk-wallet-received-color);
    }

    .actions {
      display: flex;
      gap: 0.5rem;
    }

    .load-more {
      inline-size: 100%;
    }

    /* Titles take focus only from code, after a retry or a removal replaced what had it; no ring for that. */
    h3[tabindex='-1']:focus,
    h4[tabindex='-1']:focus {
      outline: none;
      box-shadow: none;
    }

    .failed {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }

    .failed p {
      margin: 0;
    }

    .empty {
      display: grid;
      justify-items: start;
      gap: 0.25rem;
      padding: 0.75rem;
      border: 1px dashed var(--gk-wallet-border);
      border-radius: calc(var(--gk-wallet-radius) / 1.5);
    }

    .empty-title {
      font-weight: 600;
    }

    .empty button {
      margin-block-start: 0.25rem;
    }
  `,
];
