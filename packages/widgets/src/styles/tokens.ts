/**
 * The global design tokens every widget starts from, light and dark. Hosts theme a widget by setting these
 * (or its own `--gk-<component>-*` properties) on the element — `gk-coin-balance { --gk-color-accent: teal }`
 * — and pick the scheme with a `theme` attribute on the widget or on an enclosing `<gk-provider>`.
 */
import { css } from 'lit';

/**
 * `:host` defaults of the global `--gk-*` tokens. Colours are `light-dark()` pairs resolved against the
 * host's `color-scheme`, which is:
 * - `theme="light"` / `theme="dark"` on the widget itself, else
 * - `--gk-color-scheme` inherited from an ancestor (`<gk-provider theme>` and the bundle's `data-theme` set
 *   it), else
 * - `light dark`: the viewer's `prefers-color-scheme`.
 * A declaration on `:host` beats a value inherited from an ancestor, so page themes set the tokens on the
 * elements themselves (outer styles beat `:host` rules), as with Shoelace's component tokens.
 */
export const tokens = css`
  :host {
    --gk-color-accent: light-dark(#6d28d9, #a78bfa);
    --gk-color-accent-contrast: light-dark(#ffffff, #1e1b4b);
    --gk-color-surface: light-dark(#ffffff, #18181b);
    --gk-color-surface-raised: light-dark(#f4f4f6, #27272a);
    --gk-color-text: light-dark(#18181b, #f4f4f5);
    --gk-color-muted: light-dark(#52525b, #a1a1aa);
    --gk-color-border: light-dark(#8a8a94, #71717a);
    --gk-color-coin: light-dark(#8a5300, #facc15);
    --gk-color-danger: light-dark(#b91c1c, #f87171);
    --gk-color-success: light-dark(#15803d, #4ade80);
    --gk-color-backdrop: light-dark(rgb(0 0 0 / 0.5), rgb(0 0 0 / 0.7));
    --gk-radius: 0.75rem;
    --gk-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --gk-focus-ring: 0 0 0 3px color-mix(in srgb, var(--gk-color-accent) 60%, transparent);
    --gk-transition: 150ms ease;

    color-scheme: var(--gk-color-scheme, light dark);
    font-family: var(--gk-font);
    color: var(--gk-color-text);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host,
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
