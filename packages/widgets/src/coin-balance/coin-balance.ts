/** `<gk-coin-balance>`: the viewer's live coin balance as a button that opens the recharge dialog. */
import { LitElement, html, svg, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { BalanceState, Giftkit } from '@giftkit/core';
import { GiftkitController } from '../internal/giftkit-controller.js';
import { StoreController } from '../internal/store-controller.js';
import { holdEventStream } from '../internal/event-stream-hold.js';
import { openRechargeDialog } from '../internal/open-recharge.js';
import { announce } from '../internal/announce.js';
import { plural } from '../internal/plural.js';
import { GkRechargeRequestEvent } from '../events/recharge-request.js';
import { GkErrorEvent } from '../events/error.js';
import { tokens } from '../styles/tokens.js';
import { coinBalanceStyles } from './coin-balance.styles.js';

/** What the badge shows. */
export type CoinBalanceState = 'loading' | 'ready' | 'error';

/** From this many coins on, the badge shows a compact count (`12.5K`); below it, the exact one (`9,999`). */
export const COMPACT_FROM = 10_000;

/** How long the balance must stay put before a change is announced, so a combo is read once, not per tap. */
export const ANNOUNCE_DELAY = 1000;

const coinIcon = svg`<svg part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="9" fill="currentColor" />
  <circle cx="10" cy="10" r="6" fill="none" stroke="rgb(255 255 255 / 0.55)" stroke-width="1.5" />
</svg>`;

// Marks drawn rather than typed, so the visible text of the button is the count alone.
const plusIcon = svg`<svg part="action" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="10" fill="var(--gk-coin-balance-action-background)" />
  <path d="M10 5.5v9M5.5 10h9" stroke="var(--gk-coin-balance-action-color)" stroke-width="2.2" stroke-linecap="round" />
</svg>`;

const lowIcon = svg`<svg part="low-indicator" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="10" fill="currentColor" />
  <path d="M10 4.5v7" stroke="var(--gk-color-surface)" stroke-width="2.4" stroke-linecap="round" />
  <circle cx="10" cy="15" r="1.4" fill="var(--gk-color-surface)" />
</svg>`;

const errorIcon = svg`<svg part="icon error-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M10 1.5 19 18H1zM9 7v5h2V7zm0 6.5v2h2v-2z" />
</svg>`;

/**
 * The viewer's coins, kept live from the SDK (recharges, gifts, other tabs, the event stream), shown
 * compactly from 10,000 on (`12.5K`) with the exact figure first in its accessible name
 * ("12,500 coins, 12.5K. Get coins").
 * Activating it fires `gk-recharge-request` and, unless that is prevented, opens the recharge dialog;
 * when the balance could not be loaded, activating it retries instead. Changes of the balance are
 * announced politely once it settles.
 *
 * @summary Shows the viewer's coin balance and opens the recharge dialog.
 *
 * @event {GkRechargeRequestEvent} gk-recharge-request - Cancelable. The viewer asked to buy coins; prevent it to show your own flow instead of the recharge dialog.
 * @event {GkErrorEvent} gk-error - The balance could not be loaded (`operation` is `'balance'`).
 *
 * @csspart base - The button.
 * @csspart icon - The coin icon (the warning icon in the error state).
 * @csspart error-icon - The warning icon of the error state (also an `icon` part).
 * @csspart amount - The compact coin count, or "Retry" in the error state.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart low-indicator - The "!" mark of the low-balance state.
 * @csspart action - The "+" mark inviting to get coins.
 *
 * @cssproperty [--gk-coin-balance-background=var(--gk-color-surface-raised)] - Background of the pill.
 * @cssproperty [--gk-coin-balance-color=var(--gk-color-text)] - Text colour.
 * @cssproperty [--gk-coin-balance-border-color=var(--gk-color-border)] - Border colour.
 * @cssproperty [--gk-coin-balance-icon-color=var(--gk-color-coin)] - Colour of the coin icon.
 * @cssproperty [--gk-coin-balance-low-color=var(--gk-color-danger)] - Colour of the amount and mark when the balance is low.
 * @cssproperty [--gk-coin-balance-action-background=var(--gk-color-accent)] - Background of the "+" mark (and the hover border).
 * @cssproperty [--gk-coin-balance-action-color=var(--gk-color-accent-contrast)] - Colour of the "+" mark.
 * @cssproperty [--gk-coin-balance-radius=999px] - Corner radius of the pill.
 * @cssproperty [--gk-coin-balance-font-size=0.9375rem] - Font size.
 * @cssproperty [--gk-coin-balance-padding=0.25rem] - Block padding (the inline padding follows it).
 *
 * @example
 * <gk-coin-balance low-balance="50" for="recharge"></gk-coin-balance>
 * <gk-recharge-dialog id="recharge"></gk-recharge-dialog>
 */
export class GkCoinBalance extends LitElement {
  static override styles = [tokens, coinBalanceStyles];
  // `badge.focus()` lands on the inner button.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  private readonly sdk = new GiftkitController(this, (giftkit) => this.watch(giftkit));
  private readonly balance = new StoreController<BalanceState>(this, () => this.sdk.giftkit?.wallet.balance);

  /** The count last announced (or first loaded); `null` until the first load. */
  private settledCoins: number | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private releaseStream: (() => void) | undefined;
  private lastError: unknown;

  /** Below this many coins the badge shows its low-balance state (`0` turns it off). */
  @property({ attribute: 'low-balance', type: Number }) accessor lowBalance = 100;
  /** The id of the `<gk-recharge-dialog>` to open; without it, the first one in the document (or a new one). */
  @property({ attribute: 'for' }) accessor htmlFor: string | undefined = undefined;
  /** `light` or `dark` forces the colour scheme; unset, it follows `<gk-provider theme>` or the viewer's preference. */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | undefined = undefined;

  /** `loading`, `ready` or `error`; reflected as the `state` attribute. */
  get state(): CoinBalanceState {
    const value = this.balance.value;
    if (value?.coins != null) return 'ready';
    return value?.status === 'error' ? 'error' : 'loading';
  }

  /** The balance shown, or `null` while unknown. */
  get coins(): number | null {
    return this.balance.value?.coins ?? null;
  }

  /** Whether the balance is below `low-balance`; reflected as the `low` attribute. */
  get low(): boolean {
    const { coins } = this;
    return coins !== null && coins < this.lowBalance;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move: the controller kept its instance, so watch it again.
    if (this.sdk.giftkit && !this.releaseStream) this.watch(this.sdk.giftkit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(undefined);
  }

  /** Follows `giftkit`'s live events while connected (and nothing when `undefined`). */
  private watch(giftkit: Giftkit | undefined): void {
    this.releaseStream?.();
    this.releaseStream = giftkit && this.isConnected ? holdEventStream(giftkit) : undefined;
    // Another viewer's wallet (or none): its first figure is a load, not a change to announce.
    clearTimeout(this.announceTimer);
    this.settledCoins = null;
  }

  private readonly handleClick = (): void => {
    if (this.state === 'error') {
      this.sdk.giftkit?.wallet.refresh().catch(() => {
        // The store now holds the new error; the error state and `gk-error` report it.
      });
      return;
    }
    if (!this.dispatchEvent(new GkRechargeRequestEvent())) return;
    void openRechargeDialog(this, { for: this.htmlFor });
  };

  private formatted(coins: number, compact: boolean): string {
    return this.sdk.giftkit?.pricing.format.coins(coins, { compact: compact && coins >= COMPACT_FROM }) ?? String(coins);
  }

  /**
   * The exact figure with "coins" in the form that number takes, for the button's name: `1 coin`, `2 coins`.
   * The name keeps the figure the badge shows, so the translations write it out even where a sentence
   * would say the number in words (see the Arabic messages).
   */
  private coinsText(coins: number): string {
    const exact = this.formatted(coins, false);
    return plural(coins, 'gk.balance.coins-', str`${exact} coin`, str`${exact} coins`);
  }

  /** "Balance: N coins" as announced, in the form the number takes (nothing on screen to match here). */
  private changedText(coins: number): string {
    const exact = this.formatted(coins, false);
    return plural(coins, 'gk.balance.changed-', str`Balance: ${exact} coin`, str`Balance: ${exact} coins`);
  }

  /** Announces the balance once it has stayed away from the last announced figure for ANNOUNCE_DELAY. */
  private scheduleAnnouncement(coins: number): void {
    if (this.settledCoins === null) {
      this.settledCoins = coins;
      return;
    }
    if (coins === this.settledCoins) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const latest = this.coins;
      if (latest === null || latest === this.settledCoins) return;
      this.settledCoins = latest;
      announce(this.changedText(latest));
    }, ANNOUNCE_DELAY);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { state, coins } = this;
    this.setAttribute('state', state);
    this.toggleAttribute('low', this.low);
    if (coins !== null) this.scheduleAnnouncement(coins);
    const error = this.balance.value?.status === 'error' ? this.balance.value.error : undefined;
    if (state === 'error' && error !== this.lastError) this.dispatchEvent(new GkErrorEvent(error, 'balance'));
    this.lastError = error;
  }

  private label(): string {
    const { coins } = this;
    if (this.state === 'error') return msg("Couldn't load your coins. Retry", { id: 'gk.balance.error' });
    if (coins === null) return msg('Loading your coin balance', { id: 'gk.balance.loading' });
    const exact = this.coinsText(coins);
    const compact = this.formatted(coins, true);
    // The exact figure comes first for screen readers; the compact one the badge shows follows, so the
    // name still contains the visible label and speech input ("click 12.5K") finds the button (WCAG 2.5.3).
    const amount = compact === this.formatted(coins, false)
      ? exact
      : msg(str`${exact}, ${compact}`, { id: 'gk.balance.coins-compact' });
    return this.low
      ? msg(str`Low balance: ${amount}. Get coins`, { id: 'gk.balance.label-low' })
      : msg(str`${amount}. Get coins`, { id: 'gk.balance.label' });
  }

  private renderContent(): unknown {
    const { coins } = this;
    if (this.state === 'error') {
      return html`${errorIcon}<span part="amount" aria-hidden="true">${msg('Retry', { id: 'gk.balance.retry' })}</span>`;
    }
    return html`${coinIcon}${coins === null
      ? html`<span part="skeleton"></span>`
      : html`<span part="amount" aria-hidden="true">${this.formatted(coins, true)}</span>`}${this.low ? lowIcon : nothing}${plusIcon}`;
  }

  protected override render(): unknown {
    return html`<button
      part="base"
      type="button"
      aria-label=${this.label()}
      aria-busy=${this.state === 'loading' ? 'true' : 'false'}
      @click=${this.handleClick}
    >${this.renderContent()}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-coin-balance': GkCoinBalance;
  }
}
