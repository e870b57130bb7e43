/** `<gk-provider>`: shares one Giftkit SDK instance (and a theme and language) with the widgets inside it. */
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createGiftkit, type Giftkit, type Platform } from '@giftkit/core';
import { giftkitContext } from '../internal/giftkit-context.js';
import { tokenFromUrl } from '../internal/token-url.js';
import { originList } from '../internal/safe-url.js';
import { warn } from '../internal/dev-mode.js';
import { setLocale } from '../localization.js';
import { providerStyles } from './provider.styles.js';

/**
 * Hands one Giftkit SDK instance to every widget inside it, through the context protocol. Give it an
 * instance (`giftkit` property), or the options to create one: `base-url` plus `token-url` (or the
 * `getToken` property). Widgets outside any provider use the instance passed to `configure()`.
 *
 * @summary Shares one SDK instance, theme and language with the widgets inside it.
 * @slot - The widgets (and any other content) that use this provider's instance.
 *
 * @example
 * <gk-provider base-url="https://wallet.example.com" token-url="/api/giftkit-token" locale="es" theme="dark">
 *   <gk-coin-balance></gk-coin-balance>
 * </gk-provider>
 */
export class GkProvider extends LitElement {
  static override styles = providerStyles;

  private readonly provider = new ContextProvider(this, { context: giftkitContext });
  /** The instance this element created from its options (and so destroys), if any. */
  private owned: Giftkit | undefined;

  /** The wallet API's base URL; with `token-url` or `getToken`, the provider creates its own instance. */
  @property({ attribute: 'base-url' }) accessor baseUrl: string | undefined = undefined;
  /** A same-site endpoint POSTed to for the viewer's token (answering `{ "token": "…" }` or plain text). */
  @property({ attribute: 'token-url' }) accessor tokenUrl: string | undefined = undefined;
  /** BCP 47 locale of prices and of the widgets' language (`en`, `es`, `ar`); see `setLocale`. */
  @property() accessor locale: string | undefined = undefined;
  /** The platform the viewer buys on (`web`, `ios` or `android`), which picks the package prices; unset, the SDK's default, `web`. */
  @property() accessor platform: Platform | undefined = undefined;
  /** Origins where coins are officially sold, space-separated in the attribute. */
  @property({ attribute: 'official-origins', converter: originList }) accessor officialOrigins: string[] = [];
  /** `light` or `dark` forces the scheme of the widgets inside; unset, they follow the viewer's preference. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined = undefined;
  /** An SDK instance to share as is; takes precedence over the options above, and is never destroyed here. */
  @property({ attribute: false }) accessor giftkit: Giftkit | undefined = undefined;
  /** Returns the viewer's token; an alternative to `token-url`. */
  @property({ attribute: false }) accessor getToken: (() => string | Promise<string>) | undefined = undefined;

  /** The instance the widgets inside currently use. */
  get instance(): Giftkit | undefined {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the options have not changed, but the instance was destroyed on disconnect.
    if (this.hasUpdated && !this.provider.value) this.share();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && this.locale) {
      setLocale(this.locale).catch((error: unknown) => warn('locale-load', `Could not load the widgets' messages: ${String(error)}`));
    }
    const options: (keyof GkProvider)[] = ['giftkit', 'baseUrl', 'tokenUrl', 'getToken', 'locale', 'platform', 'officialOrigins'];
    if (options.some((key) => changed.has(key))) this.share();
  }

  private share(): void {
    // The old instance goes only after the widgets moved to the new one, so they never see a gap.
    const previous = this.owned;
    this.owned = undefined;
    this.provider.setValue(this.giftkit ?? this.create());
    previous?.destroy();
  }

  private create(): Giftkit | undefined {
    const getToken = this.getToken ?? (this.tokenUrl ? tokenFromUrl(this.tokenUrl) : undefined);
    if (!this.baseUrl || !getToken) return undefined;
    try {
      this.owned = createGiftkit({
        baseUrl: this.baseUrl,
        getToken,
        officialOrigins: this.officialOrigins,
        ...(this.locale ? { locale: this.locale } : {}),
        ...(this.platform ? { platform: this.platform } : {}),
      });
    } catch (error) {
      // A bad attribute must not throw out of the render cycle; the widgets show their unconfigured state.
      console.error(`[giftkit] <gk-provider> could not create the SDK: ${String(error)}`);
    }
    return this.owned;
  }

  private release(): void {
    this.provider.setValue(undefined);
    this.owned?.destroy();
    this.owned = undefined;
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-provider': GkProvider;
  }
}
