/** Registers a custom element once, tolerating a second copy of the same version on the page. */
/** The widgets' version, stamped on each class so two copies on one page can tell each other apart. */
export const VERSION = '0.0.0';

const VERSION_KEY = Symbol.for('giftkit.widgets.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * `customElements.define(tag, ctor)`, except that it does nothing when `tag` is already taken by the same
 * class or the same version (a second bundle), and warns when another version holds it.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && existing[VERSION_KEY] !== VERSION) {
      // Not behind DEV_MODE: two versions on one page is a production bug worth a line in the console.
      console.warn(`[giftkit] <${tag}> is already defined by version ${existing[VERSION_KEY] ?? 'unknown'}; version ${VERSION} is ignored.`);
    }
    return;
  }
  (ctor as Versioned)[VERSION_KEY] = VERSION;
  customElements.define(tag, ctor);
}
