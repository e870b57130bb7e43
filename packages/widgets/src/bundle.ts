/**
 * The script-tag bundle's entry (`giftkit-widgets.min.js` as ESM, `giftkit-widgets.iife.min.js` as a
 * classic script exposing `window.GiftkitWidgets`): defines every element and configures the page from
 * the `data-*` attributes of its own `<script>` tag. Unlike the npm entries, running is its purpose.
 *
 * @example
 * <script src="https://cdn.example/giftkit-widgets.iife.min.js" integrity="sha384-…" crossorigin="anonymous"
 *   data-base-url="https://wallet.example.com" data-token-url="/api/giftkit-token" data-locale="es"
 *   data-platform="web" data-theme="dark" data-official-origins="https://coins.example"></script>
 * <gk-coin-balance></gk-coin-balance>
 */
import './define.js';
import { configureFromScript } from './script-config.js';

export * from './index.js';
export { createGiftkit } from '@giftkit/core';

// `document.currentScript` exists only while a classic script runs; a module finds its tag by name.
configureFromScript(
  document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : document.querySelector<HTMLScriptElement>('script[src*="giftkit-widgets"]'),
);
