/**
 * How the script-tag bundle loads the widgets' translations. English is built in; Spanish and Arabic are
 * `giftkit-widgets.<locale>.json` files next to the bundle, fetched only when a viewer needs them. They are
 * data, not script (nothing is evaluated, so a strict CSP and Trusted Types are unaffected), and each fetch
 * carries the hash the bundle was built with: a tampered or stale file is refused and the widgets stay in
 * English, so the page's one SRI hash covers every byte the widgets run on.
 */
import type { LocaleModule, TemplateMap } from '@lit/localize';
import type { TargetLocale } from '../localization.js';
import { LOCALE_INTEGRITY } from './integrity.js';

type Template = TemplateMap[string];

/** A `str` template as JSON carries it: `{ strTag: true, strings: [...], values: [0, 1] }`. */
function isTemplate(value: unknown): value is Template {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { strTag, strings, values } = value as Record<string, unknown>;
  return (
    strTag === true &&
    Array.isArray(strings) &&
    strings.every((part) => typeof part === 'string') &&
    Array.isArray(values) &&
    values.length === strings.length - 1 &&
    values.every((index) => Number.isInteger(index))
  );
}

/** Checks a fetched translation file; `@lit/localize` would render anything it is given. */
function toTemplates(json: unknown, url: URL): TemplateMap {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TypeError(`${url.href} is not a message map`);
  }
  for (const [id, template] of Object.entries(json)) {
    if (!isTemplate(template)) throw new TypeError(`${url.href}: message ${id} is malformed`);
  }
  return json as TemplateMap;
}

/**
 * Loaders that fetch `giftkit-widgets.<locale>.json` beside `bundleUrl` and refuse any file whose sha384
 * differs from `integrity[locale]` (a locale without a hash is refused too).
 *
 * @example
 * const loaders = createScriptLocaleLoaders('https://cdn.example/giftkit-widgets.min.js', { es: 'sha384-…' });
 * await loaders.es(); // { templates: { 'gk.balance.label': '…' } }
 */
export function createScriptLocaleLoaders(
  bundleUrl: string | URL,
  integrity: Readonly<Record<string, string>>,
): Record<TargetLocale, () => Promise<LocaleModule>> {
  const load = async (locale: TargetLocale): Promise<LocaleModule> => {
    const url = new URL(`giftkit-widgets.${locale}.json`, bundleUrl);
    const hash = integrity[locale];
    if (!hash) throw new Error(`No integrity hash for ${url.href}; was the bundle built by rollup.config.mjs?`);
    const response = await fetch(url, { integrity: hash, credentials: 'omit' });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
    return { templates: toTemplates(await response.json(), url) };
  };
  return { es: () => load('es'), ar: () => load('ar') };
}

/** The bundle's loaders: its own URL, and the hashes written into it at build. */
export const localeLoaders = createScriptLocaleLoaders(import.meta.url, LOCALE_INTEGRITY);
