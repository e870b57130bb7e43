/**
 * The page-wide default SDK instance: what widgets outside any `<gk-provider>` use. Kept on `globalThis`
 * under a registered symbol so that two copies of the widgets (npm build and script-tag bundle) share it.
 */
import { createGiftkit, type Giftkit, type GiftkitOptions } from '@giftkit/core';
import { setLocale } from '../localization.js';
import { warn } from './dev-mode.js';

type Listener = (giftkit: Giftkit) => void;

interface Registry {
  instance: Giftkit | undefined;
  /** Whether `configure` created the instance from options (and so destroys it when replaced). */
  owned: boolean;
  readonly listeners: Set<Listener>;
}

const KEY = Symbol.for('giftkit.widgets.configured');

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (holder[KEY] ??= { instance: undefined, owned: false, listeners: new Set() });
}

function isGiftkit(value: Giftkit | GiftkitOptions): value is Giftkit {
  return typeof (value as Partial<Giftkit>).destroy === 'function' && 'wallet' in value;
}

/**
 * Sets the SDK instance that every widget outside a `<gk-provider>` uses, creating it with `createGiftkit`
 * when given options, and updates the widgets already on the page. Options with a `locale` also switch the
 * widgets' language to it (see `setLocale`). An instance that an earlier call created from options is
 * destroyed once the widgets moved on; one you passed in is yours to destroy. Returns the instance.
 *
 * @example
 * import { configure } from '@giftkit/widgets';
 * configure({ baseUrl: 'https://wallet.example.com', getToken: () => fetch('/api/giftkit-token').then((r) => r.text()) });
 */
export function configure(instanceOrOptions: Giftkit | GiftkitOptions): Giftkit {
  const given = isGiftkit(instanceOrOptions);
  const instance = given ? instanceOrOptions : createGiftkit(instanceOrOptions);
  if (!given && instanceOrOptions.locale) {
    setLocale(instanceOrOptions.locale).catch((error: unknown) => warn('locale-load', `Could not load the widgets' messages: ${String(error)}`));
  }
  const state = registry();
  const previous = state.owned && state.instance !== instance ? state.instance : undefined;
  state.instance = instance;
  state.owned = !given;
  for (const listener of [...state.listeners]) listener(instance);
  previous?.destroy();
  return instance;
}

/** The instance set by {@link configure}, if any. */
export function getConfigured(): Giftkit | undefined {
  return registry().instance;
}

/** Calls `listener` each time {@link configure} sets an instance; returns the function that stops it. */
export function onConfigured(listener: Listener): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Forgets (and destroys, if it created it) the configured instance without telling the widgets; for test isolation, not exported publicly. */
export function resetConfigured(): void {
  const state = registry();
  if (state.owned) state.instance?.destroy();
  state.instance = undefined;
  state.owned = false;
}
