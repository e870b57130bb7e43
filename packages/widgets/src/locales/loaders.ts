/**
 * How the npm build loads the widgets' translations: as modules your bundler splits into chunks of their
 * own, so a page pays for Spanish or Arabic only once a viewer needs it. (The script-tag bundle swaps this
 * module for `loaders.script.ts` at build.)
 */
import type { LocaleModule } from '@lit/localize';
import type { TargetLocale } from '../localization.js';

/** Target locale → its messages, loaded on first use. */
export const localeLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
};
