/** One combo of the picker: the SDK's combo plus the idle window after which the streak ends by itself. */
import type { Combo, ComboState, Gift, GiftSent, Giftkit } from '@giftkit/core';

/** Where the combo's gifts go and how long the streak waits for another tap. */
export interface ComboSessionOptions {
  readonly recipientId: string;
  readonly streamId: string;
  /** Milliseconds without a tap after which the combo ends. */
  readonly idle: number;
  /** Called with every state of the combo (count, errors), the first one while the session is built. */
  readonly onChange: (state: ComboState, session: ComboSession) => void;
  /** Called with the server's record of each send of the combo it confirmed. */
  readonly onSent: (sent: GiftSent) => void;
  /** Called once with the final state when the combo has ended and every request settled. */
  readonly onEnd: (state: ComboState, session: ComboSession) => void;
}

/** A running streak of one gift, ended after `idle` milliseconds without a tap or by `end()`. */
export class ComboSession {
  readonly gift: Gift;
  readonly #combo: Combo;
  readonly #options: ComboSessionOptions;
  readonly #unsubscribe: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ending: Promise<ComboState> | undefined;

  constructor(giftkit: Giftkit, gift: Gift, options: ComboSessionOptions) {
    this.gift = gift;
    this.#options = options;
    const { recipientId, streamId, onSent } = options;
    this.#combo = giftkit.gifts.combo(gift, { recipientId, streamId, onSent });
    this.#unsubscribe = this.#combo.subscribe((state) => options.onChange(state, this));
  }

  /** Shared by every send of the streak. */
  get comboId(): string {
    return this.#combo.comboId;
  }

  /** Whether the streak still takes taps. */
  get open(): boolean {
    return this.#ending === undefined;
  }

  /** Adds one gift to the streak and restarts the idle window. */
  tap(): void {
    this.#combo.tap();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.end(), this.#options.idle);
  }

  /** Ends the streak: flushes the remaining taps; resolves with the final state (idempotent). */
  end(): Promise<ComboState> {
    clearTimeout(this.#timer);
    this.#ending ??= this.#combo.end().then((state) => {
      this.#unsubscribe();
      this.#options.onEnd(state, this);
      return state;
    });
    return this.#ending;
  }
}
