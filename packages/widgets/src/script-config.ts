/** Reads a `<script data-*>` tag's Giftkit settings and applies them to the page. */
import type { Platform } from '@giftkit/core';
import { configure } from './internal/configure.js';
import { tokenFromUrl } from './internal/token-url.js';
import { setLocale } from './localization.js';
import { warn } from './internal/dev-mode.js';

/**
 * Applies the settings in `script`'s data attributes: `data-theme` (`light`/`dark`) sets the scheme of
 * every widget; `data-base-url` with `data-token-url` configure the page-wide SDK instance (with
 * `data-locale`, `data-platform` and the space-separated `data-official-origins`); `data-locale` alone
 * still switches the widgets' language. Without a tag (or without attributes) it does nothing.
 */
export function configureFromScript(script: HTMLScriptElement | null): void {
  const data = script?.dataset;
  if (!data) return;
  const { baseUrl, tokenUrl, locale, platform, theme, officialOrigins } = data;
  if (theme === 'light' || theme === 'dark') {
    // Inherited by every widget's `color-scheme` (see styles/tokens.ts); set through the CSSOM, which a
    // strict style-src allows.
    document.documentElement.style.setProperty('--gk-color-scheme', theme);
  }
  if (baseUrl && tokenUrl) {
    try {
      configure({
        baseUrl,
        getToken: tokenFromUrl(tokenUrl),
        officialOrigins: (officialOrigins ?? '').split(/\s+/).filter(Boolean),
        ...(locale ? { locale } : {}),
        ...(platform ? { platform: platform as Platform } : {}),
      });
    } catch (error) {
      // A typo in an attribute must not stop the elements from being defined.
      console.error(`[giftkit] the <script data-*> settings are invalid: ${String(error)}`);
    }
  } else {
    if (baseUrl || tokenUrl) warn('script-config', 'data-base-url and data-token-url go together; the widgets wait for configure().');
    if (locale) setLocale(locale).catch((error: unknown) => warn('locale-load', `Could not load the widgets' messages: ${String(error)}`));
  }
}
