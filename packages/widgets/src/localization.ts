/**
 * The widgets' languages: @lit/localize in runtime mode, English built in, Spanish and Arabic loaded on
 * demand. Configured on first use (a `setLocale` call or the first widget on the page), never at import.
 */
import { configureLocalization } from '@lit/localize';
import { warn } from './internal/dev-mode.js';
import { localeLoaders } from './locales/loaders.js';

/** The language the messages are written in. */
export const SOURCE_LOCALE = 'en';

/** The languages the widgets are translated to. */
export const TARGET_LOCALES = ['es', 'ar'] as const;

/** A language the widgets are translated to. */
export type TargetLocale = (typeof TARGET_LOCALES)[number];

/** A language the widgets speak. */
export type WidgetLocale = typeof SOURCE_LOCALE | TargetLocale;

type Runtime = ReturnType<typeof configureLocalization>;

// @lit/localize may be configured once per copy of it. Two copies of the widgets sharing one copy of
// @lit/localize (an app and a test importing both the built and the source modules, say) must share that
// one configuration, so it is kept on the page, keyed by the @lit/localize copy it belongs to.
const RUNTIMES = Symbol.for('giftkit.widgets.localization');

function runtimes(): WeakMap<object, Runtime | null> {
  const holder = globalThis as typeof globalThis & { [RUNTIMES]?: WeakMap<object, Runtime | null> };
  return (holder[RUNTIMES] ??= new WeakMap());
}

function ensureRuntime(): Runtime | null {
  const known = runtimes();
  const existing = known.get(configureLocalization);
  if (existing !== undefined) return existing;
  let runtime: Runtime | null;
  try {
    runtime = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => localeLoaders[locale as TargetLocale](),
    });
  } catch {
    // The page configured this copy of @lit/localize for its own messages first; only one configuration
    // may exist, so the widgets then speak whatever that one loads.
    warn('localize-configured', 'The page already configured @lit/localize, so the widgets follow its locale.');
    runtime = null;
  }
  known.set(configureLocalization, runtime);
  return runtime;
}

/**
 * The widget language closest to a BCP 47 tag: `es-MX` → `es`, `ar-EG` → `ar`, anything else → `en`.
 *
 * @example
 * matchLocale('es-419'); // 'es'
 */
export function matchLocale(tag: string | null | undefined): WidgetLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (TARGET_LOCALES as readonly string[]).includes(language ?? '') ? (language as WidgetLocale) : SOURCE_LOCALE;
}

/**
 * Switches every widget on the page to the language closest to `locale` and resolves once its messages
 * are loaded and the widgets re-render. Right-to-left layout follows the document's `dir`, which the page
 * sets (`<html dir="rtl">`) together with its own language.
 *
 * @example
 * await setLocale('es');
 */
export async function setLocale(locale: string): Promise<void> {
  await ensureRuntime()?.setLocale(matchLocale(locale));
}

/** The language the widgets currently speak. */
export function getLocale(): string {
  return ensureRuntime()?.getLocale() ?? SOURCE_LOCALE;
}

/** Configures the localization runtime if nothing did yet; widgets call it when they connect. */
export function initLocalization(): void {
  ensureRuntime();
}
