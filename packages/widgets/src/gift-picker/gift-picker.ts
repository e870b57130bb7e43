/** `<gk-gift-picker>`: the gift catalog as a keyboard-navigable grid; sends gifts and combos to a creator. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  isAgeRestrictedError, isBudgetExceededError, isInsufficientFundsError, isRateLimitedError,
  type BalanceState, type Gift, type GiftCatalog, type Giftkit,
} from '@giftkit/core';
import { GiftkitController } from '../internal/giftkit-controller.js';
import { StoreController } from '../internal/store-controller.js';
import { originList, originsOf, safeUrl } from '../internal/safe-url.js';
import { warn } from '../internal/dev-mode.js';
import { announce } from '../internal/announce.js';
import { plural } from '../internal/plural.js';
import { getLocale, initLocalization } from '../localization.js';
import { tokens } from '../styles/tokens.js';
import { GkGiftSendEvent } from '../events/gift-send.js';
import { GkGiftSentEvent } from '../events/gift-sent.js';
import { GkRechargeRequestEvent } from '../events/recharge-request.js';
import { GkErrorEvent } from '../events/error.js';
import { GkComboEndEvent } from '../events/combo-end.js';
import { giftPickerStyles } from './gift-picker.styles.js';
import { filterGifts, indexGifts, type SearchableGift } from './gift-search.js';
import { moveInGrid } from './grid-navigation.js';
import { PressRepeat } from './press-repeat.js';
import { ComboSession } from './combo-session.js';
import { openRechargeDialog } from '../internal/open-recharge.js';

/** What is shown in the inline message under the grid. */
type NoticeKind = 'funds' | 'budget' | 'age' | 'rate' | 'send' | 'setup';

interface Notice {
  readonly kind: NoticeKind;
  /** Coins missing, for `funds`: the top-up the message offers. */
  readonly shortfall: number | undefined;
}

/** Per-gift strings that only change with the catalog, the SDK instance or the language. */
interface GiftLabels {
  /** The price as shown, e.g. `44,999`. */
  readonly price: string;
  /** The accessible name when affordable, e.g. `Universe, 44,999 coins`. */
  readonly name: string;
  /** The accessible name when the viewer lacks the coins. */
  readonly unaffordableName: string;
  /** The image URL once it passed `safeUrl` and the allowed image origins, else `null` (the fallback glyph shows). */
  readonly image: string | null;
}

/** Where a send goes, once the picker has everything it needs. */
interface SendTarget {
  readonly giftkit: Giftkit;
  readonly recipientId: string;
  readonly streamId: string;
}

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 500;
/** Shown instead of a gift's picture when it has none that may load, or it failed to. */
const FALLBACK = html`<span part="gift-image" class="image fallback"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><rect x="3" y="8" width="18" height="4" rx="1"/><path d="M12 8v13M19 12v7a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-7M7.5 8a2.5 2.5 0 0 1 0-5C10 3 12 8 12 8s2-5 4.5-5a2.5 2.5 0 0 1 0 5"/></svg></span>`;

/** The number of column tracks `element` (a CSS grid) lays out now, or 0 while it has no layout. */
function countColumns(element: HTMLElement): number {
  const tracks = getComputedStyle(element).gridTemplateColumns;
  return !tracks || tracks === 'none' ? 0 : tracks.trim().split(/\s+/).length;
}

/** `gifts` cut into rows of `columns`. */
function toRows(gifts: readonly Gift[], columns: number): Gift[][] {
  const rows: Gift[][] = [];
  for (let start = 0; start < gifts.length; start += columns) rows.push(gifts.slice(start, start + columns));
  return rows;
}

/**
 * The gift catalog of the viewer's Giftkit instance as a grid with category tabs and a search box. Each
 * gift shows its picture, name and price, and whether the viewer can afford it right now. Choosing a gift
 * sends it to `recipient-id` in `stream-id`; repeated taps on a streakable gift (or holding it down) send
 * a combo with a running counter; gifts costing `confirm-above` coins or more ask first; a gift the viewer
 * cannot afford offers a top-up of exactly the coins missing.
 *
 * Gift pictures load only from allowed origins: the page's own, the wallet API's (the SDK's `baseUrl`) and
 * those listed in `image-origins` (e.g. the CDN the catalog's `imageUrl`s point at). Any other picture shows
 * a fallback glyph and is never requested, so a catalog cannot make the viewer's browser fetch tracking
 * pixels or reveal their IP address to an arbitrary server.
 *
 * The catalog is a `role="grid"` (not a listbox: choosing a gift is an action, not a selection, and the
 * grid pattern is what announces rows and columns of a two-dimensional gallery) with one tab stop,
 * arrow keys (mirrored right to left), Home/End, Ctrl+Home/End and PageUp/PageDown.
 *
 * It stays smooth with thousands of gifts without windowing: cells are keyed by gift id, and each cell
 * has `content-visibility: auto`, so off-screen cells cost DOM but no layout or paint. Windowing would
 * save the DOM too, but it breaks find-in-page, a screen reader's browse mode and focus on off-screen
 * gifts, for little gain at catalog sizes (2,000 cells render in about the time a plain
 * `document.createElement` grid takes; see `scripts/bench-picker.mjs`).
 *
 * @summary A gift catalog with tabs, search, combos and a top-up for unaffordable gifts.
 *
 * @event {GkGiftSendEvent} gk-gift-send - Cancelable. Fired before each gift (each tap of a combo) is sent; `preventDefault()` skips it.
 * @event {GkGiftSentEvent} gk-gift-sent - The server confirmed a send: a single gift, or one flush of a combo; carries its record
 * (count, the streak's running `comboCount`) and the new balance.
 * @event {GkComboEndEvent} gk-combo-end - A combo ended and its sends settled; carries how many gifts the server confirmed.
 * @event {GkRechargeRequestEvent} gk-recharge-request - Cancelable. The viewer chose a gift they cannot afford; `shortfall` is the coins missing. Unless prevented, the recharge dialog opens for it.
 * @event {GkErrorEvent} gk-error - Loading the catalog or sending a gift failed (the picker shows the failure too).
 *
 * @csspart base - The picker's outer box.
 * @csspart tabs - The category tab list.
 * @csspart tab - Each category tab.
 * @csspart search - The search box.
 * @csspart grid - The scrolling grid of gifts.
 * @csspart gift - Each gift's button (also `gift-unaffordable` when the viewer lacks the coins).
 * @csspart gift-unaffordable - A gift the viewer cannot afford right now.
 * @csspart gift-image - A gift's picture, or its fallback glyph.
 * @csspart gift-name - A gift's name.
 * @csspart gift-price - A gift's price in coins.
 * @csspart combo - The running combo counter (×N).
 * @csspart confirm - The confirmation shown before an expensive gift is sent.
 * @csspart notice - The inline message when a send fails.
 * @csspart empty - The message shown when no gift matches the search (or the tab is empty).
 *
 * @cssproperty [--gk-picker-background=var(--gk-color-surface)] - Background of the picker.
 * @cssproperty [--gk-picker-cell-background=var(--gk-color-surface-raised)] - Background of a gift tile.
 * @cssproperty [--gk-picker-text=var(--gk-color-text)] - Text colour.
 * @cssproperty [--gk-picker-muted=var(--gk-color-muted)] - Secondary text and unaffordable gifts.
 * @cssproperty [--gk-picker-accent=var(--gk-color-accent)] - Selected tab, hover border and combo counter.
 * @cssproperty [--gk-picker-accent-contrast=var(--gk-color-accent-contrast)] - Text on the accent colour.
 * @cssproperty [--gk-picker-border=var(--gk-color-border)] - Borders of tabs, search and messages.
 * @cssproperty [--gk-picker-coin=var(--gk-color-coin)] - The coin mark next to prices.
 * @cssproperty [--gk-picker-danger=var(--gk-color-danger)] - The failure message.
 * @cssproperty [--gk-picker-radius=var(--gk-radius)] - Corner radius.
 * @cssproperty [--gk-picker-cell-size=6.5rem] - Smallest width of a gift tile; the grid fits as many columns as it can.
 * @cssproperty [--gk-picker-cell-height=7.5rem] - Height of a gift tile.
 * @cssproperty [--gk-picker-image-size=3rem] - Size of a gift's picture.
 * @cssproperty [--gk-picker-gap=0.5rem] - Space between tiles and sections.
 * @cssproperty [--gk-picker-max-height=22rem] - Height after which the grid scrolls.
 * @cssproperty [--gk-picker-unaffordable-opacity=0.5] - Opacity of an unaffordable gift's picture.
 *
 * @example
 * <gk-gift-picker recipient-id="creator_1" stream-id="stream_1" confirm-above="5000"></gk-gift-picker>
 */
export class GkGiftPicker extends LitElement {
  static override styles = [tokens, giftPickerStyles];

  private readonly sdk = new GiftkitController(this, (giftkit) => this.switchTo(giftkit));
  private readonly balance = new StoreController<BalanceState>(this, () => this.sdk.giftkit?.wallet.balance);
  private readonly press = new PressRepeat();
  private readonly resizeObserver = new ResizeObserver(() => this.measureColumns());

  private get grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  @state() private accessor loadStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private accessor catalog: GiftCatalog | undefined = undefined;
  @state() private accessor query = '';
  /** Columns the grid lays out; 0 until measured, so the first rows are grouped right. */
  @state() private accessor columns = 0;
  /** The gift holding the grid's one tab stop. */
  @state() private accessor activeId: string | null = null;
  @state() private accessor confirming: Gift | null = null;
  @state() private accessor comboCount: { readonly giftId: string; readonly count: number } | null = null;
  @state() private accessor notice: Notice | null = null;

  /** The creator who receives the gifts. Required to send. */
  @property({ attribute: 'recipient-id' }) accessor recipientId: string | undefined = undefined;
  /** The live stream the gifts are sent in. Required to send. */
  @property({ attribute: 'stream-id' }) accessor streamId: string | undefined = undefined;
  /** Gifts costing this many coins or more ask for a confirmation first. @default 1000 */
  @property({ attribute: 'confirm-above', type: Number }) accessor confirmAbove = 1000;
  /** The id of the selected category tab; unset (or unknown) shows every gift. */
  @property({ reflect: true }) accessor category: string | null = null;
  /** The id of the `<gk-recharge-dialog>` to open for a top-up; by default the page's first one (or a new one). */
  @property({ attribute: 'recharge-dialog' }) accessor rechargeDialog: string | undefined = undefined;
  /** Milliseconds without a tap after which a combo ends. @default 3000 */
  @property({ attribute: 'combo-window', type: Number }) accessor comboWindow = 3000;
  /**
   * Origins gift pictures may load from besides the page's own and the wallet API's (`baseUrl`), space-separated
   * in the attribute, e.g. `image-origins="https://assets.giftkit.dev"`; a picture from anywhere else shows the fallback glyph.
   */
  @property({ attribute: 'image-origins', converter: originList }) accessor imageOrigins: string[] = [];

  #index: SearchableGift[] = [];
  /** The gifts on show (selected tab and search), in order, and each one's position among them. */
  #visible: Gift[] = [];
  #positions = new Map<string, number>();
  #labels = new Map<string, GiftLabels>();
  /** What `#labels` was built from; rebuilt when any of it changes. */
  #labelsFor: { readonly catalog: GiftCatalog; readonly locale: string } | undefined;
  #brokenImages = new Set<string>();
  #loadToken = 0;
  #session: ComboSession | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The button holding the grid's tab stop. */
  #tabStop: HTMLButtonElement | null = null;
  /** Whether a gift had focus before the update, to put focus back on the same gift afterwards. */
  #refocus = false;
  /** Set when a held press already sent gifts, so the click that ends it sends nothing more. */
  #swallowClick = false;
  /**
   * An empty, zero-height copy of the grid's column tracks whose columns are counted to group the cells
   * into rows. It sits outside the template, so it exists (and has a width) before the first render.
   */
  readonly #ruler = document.createElement('div');

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#ruler.className = 'ruler';
    this.#ruler.setAttribute('aria-hidden', 'true');
    // Lit renders after the root's existing children, so the ruler stays first and out of its way.
    root.prepend(this.#ruler);
    return root;
  }

  override connectedCallback(): void {
    initLocalization();
    super.connectedCallback();
    // Only the ruler is observed: its size changes with the picker's width alone, whereas the grid's
    // height changes with every render that a column change triggers (which would loop the observer).
    this.resizeObserver.observe(this.#ruler);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.press.stop();
    void this.#session?.end();
    clearTimeout(this.#announceTimer);
    this.resizeObserver.disconnect();
  }

  private switchTo(giftkit: Giftkit | undefined): void {
    this.catalog = undefined;
    this.#labelsFor = undefined;
    this.#brokenImages.clear();
    void this.#session?.end();
    void this.load(giftkit);
  }

  private async load(giftkit: Giftkit | undefined): Promise<void> {
    // Only the latest load may write: an instance switch makes an older answer stale.
    const token = ++this.#loadToken;
    if (!giftkit) {
      this.loadStatus = 'idle';
      return;
    }
    if (!this.catalog) this.loadStatus = 'loading';
    try {
      const catalog = await giftkit.gifts.catalog();
      if (token !== this.#loadToken) return;
      this.catalog = catalog;
      this.loadStatus = 'ready';
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.loadStatus = 'error';
      this.dispatchEvent(new GkErrorEvent(error, 'catalog'));
    }
  }

  // ---- derived data -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog')) this.#index = indexGifts(this.catalog?.gifts ?? []);
    // The image URLs are checked against the allowed origins when the labels are built: build them again.
    if (changed.has('imageOrigins')) this.#labelsFor = undefined;
    if (changed.has('catalog') || changed.has('category') || changed.has('query')) {
      this.#visible = filterGifts(this.#index, this.selectedCategory, this.query);
      this.#positions = new Map(this.#visible.map((gift, index) => [gift.id, index]));
    }
    // The tab stop follows focus however it got there (a click, a screen reader, a script), and stays on
    // a gift while it is on show; otherwise it goes to the first gift.
    const focusedId = this.focusedGiftId();
    if (focusedId !== null && this.#positions.has(focusedId)) this.activeId = focusedId;
    else if (this.activeId === null || !this.#positions.has(this.activeId)) this.activeId = this.#visible[0]?.id ?? null;
    this.#refocus = focusedId !== null;
    // Counted before the first cells render (one forced layout of a still empty picker), so they are
    // never grouped into the wrong rows and then regrouped. Width changes come through the observer.
    if (this.columns === 0 && this.#visible.length > 0) this.columns = countColumns(this.#ruler);
    this.refreshLabels();
  }

  protected override updated(): void {
    const button = this.syncTabStop();
    if (this.#refocus) {
      this.#refocus = false;
      // A re-render may have rebuilt the focused cell (rows regrouped); focus stays on the same gift.
      if (button && this.shadowRoot?.activeElement !== button) button.focus();
    }
  }

  /**
   * Gives the active gift the grid's one tab stop (every cell renders with `tabindex="-1"`): moving it
   * touches two attributes instead of re-rendering 2,000 bindings. Returns the active gift's button.
   */
  private syncTabStop(): HTMLButtonElement | null {
    const button = this.giftButton(this.activeId);
    if (button !== this.#tabStop) {
      this.#tabStop?.setAttribute('tabindex', '-1');
      button?.setAttribute('tabindex', '0');
      this.#tabStop = button;
    }
    return button;
  }

  private measureColumns(): void {
    const columns = countColumns(this.#ruler);
    if (columns > 0 && columns !== this.columns) this.columns = columns;
  }

  /** The selected category if the catalog has it; `null` (all gifts) otherwise. */
  private get selectedCategory(): string | null {
    const { category } = this;
    return category && this.catalog?.categories.some((candidate) => candidate.id === category) ? category : null;
  }

  /**
   * Rebuilds the per-gift strings when the catalog or the language changed (an instance switch clears
   * them too), so a re-render for a balance change formats no price and parses no URL.
   */
  private refreshLabels(): void {
    const giftkit = this.sdk.giftkit;
    const catalog = this.catalog;
    const locale = getLocale();
    if (!giftkit || !catalog || (this.#labelsFor?.catalog === catalog && this.#labelsFor.locale === locale)) return;
    this.#labelsFor = { catalog, locale };
    const allowed = this.imageOriginsFor(giftkit);
    let refused: string | undefined;
    this.#labels = new Map(catalog.gifts.map((gift) => {
      const price = giftkit.pricing.format.coins(gift.coins);
      const coins = this.coinsText(gift.coins, price);
      const image = safeUrl(gift.imageUrl, allowed);
      // Only a URL that is safe but off the allowlist is worth a warning: the host can fix that one.
      if (image === null && refused === undefined && safeUrl(gift.imageUrl) !== null) refused = gift.imageUrl;
      return [gift.id, {
        price,
        name: msg(str`${gift.name}, ${coins}`, { id: 'gk.picker.gift' }),
        unaffordableName: msg(str`${gift.name}, ${coins}, not enough coins`, { id: 'gk.picker.gift-unaffordable' }),
        image,
      }];
    }));
    if (refused !== undefined) {
      warn('picker-image-origin', `<gk-gift-picker> shows a placeholder instead of gift pictures outside its allowed origins, such as ${refused}; add ${new URL(refused).origin} to image-origins to load them.`);
    }
  }

  /** The origins gift pictures may load from: the page's, the wallet API's and those of `imageOrigins`. */
  private imageOriginsFor(giftkit: Giftkit): Set<string> {
    const { origins, invalid } = originsOf(this.imageOrigins);
    if (invalid.length > 0) {
      warn('picker-image-origins-invalid', `<gk-gift-picker> ignored image-origins entries that are not origins (write them as https://cdn.example): ${invalid.join(' ')}.`);
    }
    // A sandboxed or file: page has the opaque origin "null", which no URL matches; originsOf leaves it out.
    for (const own of originsOf([location.href, giftkit.baseUrl]).origins) origins.add(own);
    return origins;
  }

  /** `formatted` (the figure of `count`) with "coins" in the form that number takes. */
  private coinsText(count: number, formatted: string): string {
    return plural(count, 'gk.picker.coins-', str`${formatted} coin`, str`${formatted} coins`);
  }

  /** Coins the viewer can spend now (gifts in flight already taken off), or `null` while unknown. */
  private get spendable(): number | null {
    return this.balance.value?.coins ?? null;
  }

  /** The id of the gift that has focus, if one has. */
  private focusedGiftId(): string | null {
    const active = this.shadowRoot?.activeElement;
    return active instanceof HTMLElement && active.classList.contains('gift') ? (active.dataset['id'] ?? null) : null;
  }

  private giftButton(id: string | null): HTMLButtonElement | null {
    return id === null ? null : this.renderRoot.querySelector<HTMLButtonElement>(`.gift[data-id="${CSS.escape(id)}"]`);
  }

  private giftOf(target: EventTarget | null): Gift | undefined {
    const button = target instanceof Element ? target.closest<HTMLElement>('.gift') : null;
    const index = button?.dataset['id'] === undefined ? undefined : this.#positions.get(button.dataset['id']);
    return index === undefined ? undefined : this.#visible[index];
  }

  // ---- tabs and search ----------------------------------------------------------------------------

  private onTabClick(event: Event): void {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) this.category = tab.dataset['category'] || null;
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const current = tabs.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number;
    if (event.key in step) next = (current + (step[event.key] ?? 0) + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    // Selection follows focus: switching a tab is cheap and reversible.
    this.category = tab.dataset['category'] || null;
    tab.focus();
  }

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#announceTimer);
    // Announced once typing pauses: a count per keystroke would talk over the viewer's own echo.
    this.#announceTimer = setTimeout(() => {
      const count = this.#visible.length;
      announce(count === 0 ? this.emptyText() : this.resultsText(count));
    }, ANNOUNCE_DELAY);
  }

  /** "N gifts found", in the form `count` takes. */
  private resultsText(count: number): string {
    const found = this.formatCount(count);
    return plural(count, 'gk.picker.results-', str`${found} gift found`, str`${found} gifts found`);
  }

  private formatCount(count: number): string {
    return this.sdk.giftkit?.pricing.format.coins(count) ?? String(count);
  }

  private emptyText(): string {
    return this.query.trim()
      ? msg(str`No gifts match “${this.query.trim()}”.`, { id: 'gk.picker.empty-search' })
      : msg('No gifts here yet.', { id: 'gk.picker.empty-category' });
  }

  // ---- grid keyboard and pointer ------------------------------------------------------------------

  private onGridKeydown(event: KeyboardEvent): void {
    const gift = this.giftOf(event.target);
    if (!gift) return;
    if (event.key === 'Enter' || event.key === ' ') {
      // Enter and Space are handled here rather than by the button's native click, so that holding
      // them repeats at the picker's pace, not the operating system's key-repeat rate.
      event.preventDefault();
      if (event.repeat) return;
      const acted = event.key === 'Enter' && this.choose(gift);
      if (gift.streakable && (acted || event.key === ' ')) {
        const button = event.target as HTMLElement;
        // Keys have no capture: the repeat also ends when the gift loses focus.
        this.press.start(() => this.shadowRoot?.activeElement === button && this.choose(gift));
      }
      return;
    }
    if (event.altKey || event.shiftKey) return;
    const index = this.#positions.get(gift.id) ?? 0;
    const next = moveInGrid(event.key, {
      index,
      count: this.#visible.length,
      columns: this.columns || 1,
      pageRows: this.pageRows(event.target as HTMLElement),
      rtl: getComputedStyle(this).direction === 'rtl',
    }, event);
    if (next === null) return;
    event.preventDefault();
    this.focusGift(this.#visible[next]?.id ?? null);
  }

  private onKeyup(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const repeated = this.press.stop();
    const gift = this.giftOf(event.target);
    if (gift && event.key === ' ') {
      event.preventDefault();
      // Space acts on release, like a native button, unless holding it already sent the gifts.
      if (!repeated) this.choose(gift);
    }
  }

  private onPointerDown(event: PointerEvent): void {
    const gift = this.giftOf(event.target);
    this.#swallowClick = false;
    if (!gift?.streakable || event.button !== 0) return;
    // Captured, so the release (or cancel) reaches the grid wherever the pointer went.
    (event.target as Element).closest('.gift')?.setPointerCapture(event.pointerId);
    this.press.start(() => {
      this.#swallowClick = true;
      return this.choose(gift);
    });
  }

  private onPointerUp(): void {
    this.press.stop();
  }

  private onGridClick(event: MouseEvent): void {
    const gift = this.giftOf(event.target);
    if (!gift) return;
    if (this.#swallowClick) {
      this.#swallowClick = false;
      return;
    }
    this.focusGift(gift.id);
    this.choose(gift);
  }

  private onGridFocusIn(event: FocusEvent): void {
    const id = this.giftOf(event.target)?.id;
    if (id !== undefined && id !== this.activeId) this.activeId = id;
  }

  private onImageError(event: Event): void {
    const image = event.target;
    if (!(image instanceof HTMLImageElement)) return;
    this.#brokenImages.add(image.src);
    this.requestUpdate();
  }

  /** Full rows that fit in the grid's viewport: what PageUp/PageDown move by. */
  private pageRows(button: HTMLElement): number {
    const grid = this.grid;
    const cell = button.parentElement;
    if (!grid || !cell) return 1;
    const rowHeight = cell.getBoundingClientRect().height + (parseFloat(getComputedStyle(grid).rowGap) || 0);
    return rowHeight > 0 ? Math.max(1, Math.floor(grid.clientHeight / rowHeight)) : 1;
  }

  /** Moves the grid's tab stop to `id` and focuses it. */
  private focusGift(id: string | null): void {
    if (id === null) return;
    this.activeId = id;
    // The tab stop moves in the DOM at once, so focus never waits for a render.
    this.syncTabStop()?.focus();
  }

  // ---- sending ------------------------------------------------------------------------------------

  /** The SDK instance and the recipient and stream of a send, or `null` (with a notice) when one is missing. */
  private target(): SendTarget | null {
    const giftkit = this.sdk.giftkit;
    const { recipientId, streamId } = this;
    if (giftkit && recipientId && streamId) return { giftkit, recipientId, streamId };
    warn('picker-no-target', '<gk-gift-picker> needs a Giftkit instance and both recipient-id and stream-id to send gifts.');
    this.notice = { kind: 'setup', shortfall: undefined };
    return null;
  }

  /**
   * What choosing `gift` does: offers the top-up when it is unaffordable, adds a tap to its running combo,
   * asks for a confirmation at or above `confirmAbove`, or sends it. Returns whether a gift went out (a
   * held press keeps repeating only while it does; it stops at a question or a top-up).
   */
  private choose(gift: Gift): boolean {
    const target = this.target();
    if (!target) return false;
    const coins = this.spendable;
    if (coins !== null && gift.coins > coins) {
      this.requestTopUp(gift.coins - coins);
      return false;
    }
    const running = this.#session?.open === true && this.#session.gift.id === gift.id;
    if (!running && gift.coins >= this.confirmAbove) {
      void this.ask(gift);
      return false;
    }
    return this.send(gift, target);
  }

  /** Fires the cancelable `gk-gift-send`, then sends `gift` alone or as the next tap of its combo. */
  private send(gift: Gift, target: SendTarget): boolean {
    const event = new GkGiftSendEvent({ gift, count: 1, recipientId: target.recipientId, streamId: target.streamId });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return false;
    this.notice = null;
    if (gift.streakable) this.comboOf(gift, target).tap();
    else void this.sendOne(gift, target);
    return true;
  }

  private async sendOne(gift: Gift, { giftkit, recipientId, streamId }: SendTarget): Promise<void> {
    try {
      const sent = await giftkit.gifts.send(gift, { recipientId, streamId });
      this.dispatchEvent(new GkGiftSentEvent(gift, sent));
      announce(msg(str`Sent ${gift.name}.`, { id: 'gk.picker.sent' }));
    } catch (error) {
      this.fail(error);
    }
  }

  /** The running combo of `gift`, or a new one (ending the combo of another gift). */
  private comboOf(gift: Gift, { giftkit, recipientId, streamId }: SendTarget): ComboSession {
    const current = this.#session;
    if (current?.open && current.gift.id === gift.id) return current;
    void current?.end();
    let reported: unknown;
    const session = new ComboSession(giftkit, gift, {
      recipientId,
      streamId,
      idle: this.comboWindow,
      onChange: (state, current) => {
        if (this.#session === current) this.comboCount = { giftId: gift.id, count: state.count };
        if (state.error && state.error !== reported) {
          reported = state.error;
          // A failed flush (funds, budget, age) would fail again: the streak stops here.
          this.fail(state.error);
          void current.end();
        }
      },
      onSent: (sent) => this.dispatchEvent(new GkGiftSentEvent(gift, sent)),
      onEnd: (state, ended) => {
        if (this.#session === ended) {
          this.#session = null;
          this.comboCount = null;
        }
        this.dispatchEvent(new GkComboEndEvent({ gift, comboId: ended.comboId, sent: state.sent, error: state.error }));
        if (state.sent > 0) {
          announce(msg(str`Sent ${gift.name} ×${this.formatCount(state.sent)}.`, { id: 'gk.picker.combo-sent' }));
        }
      },
    });
    this.#session = session;
    return session;
  }

  /** Shows why a send failed, tells the page, and stops a held press. */
  private fail(error: unknown): void {
    this.press.stop();
    let kind: NoticeKind = 'send';
    let shortfall: number | undefined;
    if (isInsufficientFundsError(error)) {
      kind = 'funds';
      shortfall = error.shortfall ?? undefined;
      // The server knows better than this tab's balance: take its word before the next tap.
      void this.sdk.giftkit?.wallet.refresh().catch(() => undefined);
    } else if (isBudgetExceededError(error)) kind = 'budget';
    else if (isAgeRestrictedError(error)) kind = 'age';
    else if (isRateLimitedError(error)) kind = 'rate';
    this.notice = { kind, shortfall };
    this.dispatchEvent(new GkErrorEvent(error, 'send'));
  }

  /** Fires `gk-recharge-request` for `shortfall` coins and, unless prevented, opens the recharge dialog. */
  private requestTopUp(shortfall: number): void {
    this.press.stop();
    const event = new GkRechargeRequestEvent({ shortfall });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) void openRechargeDialog(this, { for: this.rechargeDialog, shortfall });
  }

  private async ask(gift: Gift): Promise<void> {
    this.confirming = gift;
    await this.updateComplete;
    // The least costly answer takes focus, so a held or repeated Enter can never confirm by accident.
    this.renderRoot.querySelector<HTMLElement>('.confirm [data-answer="cancel"]')?.focus();
  }

  private answer(send: boolean): void {
    const gift = this.confirming;
    if (!gift) return;
    this.confirming = null;
    // Back to the gift, or to the grid's tab stop if a search hid the gift meanwhile.
    this.focusGift(this.#positions.has(gift.id) ? gift.id : this.activeId);
    const target = send ? this.target() : null;
    if (target) this.send(gift, target);
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    // An Enter held since the gift was chosen must not answer the question by key repeat.
    if (event.repeat && (event.key === 'Enter' || event.key === ' ')) event.preventDefault();
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.answer(false);
  }

  // ---- public methods -----------------------------------------------------------------------------

  /** Loads the catalog again (after a failure, say); resolves once it is shown or failed. */
  async reload(): Promise<void> {
    await this.load(this.sdk.giftkit);
  }

  // ---- render -------------------------------------------------------------------------------------

  private renderTabs(catalog: GiftCatalog): TemplateResult {
    const selected = this.selectedCategory;
    const tabs = [{ id: null, name: msg('All', { id: 'gk.picker.all' }) }, ...catalog.categories];
    return html`<div part="tabs" class="tabs" role="tablist" aria-label=${msg('Gift categories', { id: 'gk.picker.tabs' })}
      @click=${this.onTabClick} @keydown=${this.onTabKeydown}>
      ${tabs.map(({ id, name }) => html`<button type="button" role="tab" part="tab" class="tab"
        id=${id === null ? 'tab-all' : `tab-c-${id}`} data-category=${id ?? ''} aria-controls="panel"
        aria-selected=${id === selected ? 'true' : 'false'} tabindex=${id === selected ? 0 : -1}>${name}</button>`)}
    </div>`;
  }

  private renderGift(gift: Gift, coins: number | null): TemplateResult {
    const labels = this.#labels.get(gift.id);
    const affordable = coins === null || gift.coins <= coins;
    const image = labels?.image && !this.#brokenImages.has(labels.image) ? labels.image : null;
    const combo = this.comboCount?.giftId === gift.id ? this.comboCount.count : 0;
    const name = (affordable ? labels?.name : labels?.unaffordableName) ?? gift.name;
    const count = combo > 0 ? msg(str`×${this.formatCount(combo)}`, { id: 'gk.picker.combo' }) : '';
    return html`<div role="gridcell" class="cell">
      <button type="button" part=${affordable ? 'gift' : 'gift gift-unaffordable'} class="gift" data-id=${gift.id} tabindex="-1"
        aria-label=${combo > 0 ? msg(str`${name}, ${count}`, { id: 'gk.picker.gift-combo' }) : name}>
        <img part="gift-image" class="image" src=${image ?? nothing} alt="" loading="lazy" decoding="async" draggable="false">${image ? nothing : FALLBACK}
        <span part="gift-name" class="name">${gift.name}</span>
        <span part="gift-price" class="price"><span class="coin"></span>${labels?.price ?? gift.coins}</span>
      </button>
      ${combo > 0 ? keyed(combo, html`<span part="combo" class="combo" aria-hidden="true">${count}</span>`) : nothing}
    </div>`;
  }

  private renderGrid(): TemplateResult {
    if (this.#visible.length === 0) return html`<p class="empty" part="empty">${this.emptyText()}</p>`;
    const coins = this.spendable;
    const rows = this.columns > 0 ? toRows(this.#visible, this.columns) : [];
    // Keyed by gift id inside each row, so a re-render (a balance change, a combo tap) patches the cells
    // it changes and moves none; the grid itself listens once for the events of all its cells.
    return html`<div part="grid" class="grid" role="grid" aria-label=${msg('Gifts', { id: 'gk.picker.grid' })}
      aria-busy=${rows.length === 0 ? 'true' : 'false'}
      @keydown=${this.onGridKeydown} @click=${this.onGridClick} @focusin=${this.onGridFocusIn}
      @pointerdown=${this.onPointerDown} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp}
      @lostpointercapture=${this.onPointerUp} @error=${{ handleEvent: (event: Event) => this.onImageError(event), capture: true }}>
      ${rows.map((row) => html`<div role="row" class="row">${repeat(row, (gift) => gift.id, (gift) => this.renderGift(gift, coins))}</div>`)}
    </div>`;
  }

  private renderConfirm(gift: Gift): TemplateResult {
    const price = this.#labels.get(gift.id)?.price ?? String(gift.coins);
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this.onConfirmKeydown}>
      <p id="confirm-question">${this.confirmText(gift.name, gift.coins, price)}</p>
      <button type="button" class="action primary" data-answer="send" @click=${() => this.answer(true)}>${msg('Send', { id: 'gk.picker.confirm-send' })}</button>
      <button type="button" class="action" data-answer="cancel" @click=${() => this.answer(false)}>${msg('Cancel', { id: 'gk.picker.confirm-cancel' })}</button>
    </div>`;
  }

  /** "Send Rose for N coins?", in the form `coins` takes; `price` is its figure. */
  private confirmText(name: string, coins: number, price: string): string {
    return plural(
      coins,
      'gk.picker.confirm-',
      str`Send ${name} for ${price} coin?`,
      str`Send ${name} for ${price} coins?`,
    );
  }

  /** "You need N more coins for this gift.", in the form `shortfall` takes. */
  private fundsText(shortfall: number): string {
    const needed = this.formatCount(shortfall);
    return plural(
      shortfall,
      'gk.picker.error-funds-',
      str`You need ${needed} more coin for this gift.`,
      str`You need ${needed} more coins for this gift.`,
    );
  }

  private noticeText(notice: Notice): string {
    switch (notice.kind) {
      case 'funds':
        return notice.shortfall === undefined
          ? msg('Not enough coins for this gift.', { id: 'gk.picker.error-funds-unknown' })
          : this.fundsText(notice.shortfall);
      case 'budget':
        return msg('This gift would go over your spending limit.', { id: 'gk.picker.error-budget' });
      case 'age':
        return msg('Your account cannot send gifts.', { id: 'gk.picker.error-age' });
      case 'rate':
        return msg('Too many gifts at once. Wait a moment and try again.', { id: 'gk.picker.error-rate' });
      case 'setup':
        return msg('Gifts cannot be sent here right now.', { id: 'gk.picker.error-setup' });
      default:
        return msg('The gift could not be sent. Try again.', { id: 'gk.picker.error-send' });
    }
  }

  private renderNotice(notice: Notice | null): TemplateResult {
    // The alert region stays in the DOM so that a message written into it is announced.
    return html`<div part="notice" class="notice" role="alert">${notice
      ? html`<p>${this.noticeText(notice)}</p>${notice.kind === 'funds' && notice.shortfall !== undefined
        ? html`<button type="button" class="action primary" @click=${() => this.requestTopUp(notice.shortfall ?? 0)}>${msg('Get coins', { id: 'gk.picker.get-coins' })}</button>`
        : nothing}`
      : nothing}</div>`;
  }

  private renderBody(): TemplateResult {
    const catalog = this.catalog;
    if (this.loadStatus === 'error' && !catalog) {
      return html`<div class="status" role="alert">
        <p>${msg('The gifts could not be loaded.', { id: 'gk.picker.load-error' })}</p>
        <button type="button" class="action" @click=${() => void this.reload()}>${msg('Try again', { id: 'gk.picker.retry' })}</button>
      </div>`;
    }
    if (!catalog) {
      return html`<p class="status" role="status">${msg('Loading gifts…', { id: 'gk.picker.loading' })}</p>
        <div class="skeleton" aria-hidden="true">${[0, 1, 2, 3, 4, 5, 6, 7].map(() => html`<span></span>`)}</div>`;
    }
    const selected = this.selectedCategory;
    return html`
      ${this.renderTabs(catalog)}
      <input part="search" class="search" type="search" autocomplete="off" spellcheck="false"
        placeholder=${msg('Search gifts', { id: 'gk.picker.search' })} aria-label=${msg('Search gifts', { id: 'gk.picker.search' })}
        @input=${this.onSearchInput}>
      <div id="panel" role="tabpanel" aria-labelledby=${selected === null ? 'tab-all' : `tab-c-${selected}`}>${this.renderGrid()}</div>
      ${this.confirming ? this.renderConfirm(this.confirming) : nothing}
      ${this.renderNotice(this.notice)}`;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" @keyup=${this.onKeyup}>${this.renderBody()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gk-gift-picker': GkGiftPicker;
  }
}
