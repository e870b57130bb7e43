/** Auto-repeat while a gift is held down (pointer, Enter or Space), like a keyboard's key repeat. */

/** Timing of the auto-repeat. */
export interface PressRepeatTiming {
  /** Milliseconds the press must last before repeating starts. */
  readonly delay: number;
  /** Milliseconds between repeats. */
  readonly interval: number;
}

/** Held a little longer than a deliberate tap, then about six gifts a second: fast, but countable. */
export const DEFAULT_PRESS_REPEAT: PressRepeatTiming = { delay: 400, interval: 160 };

/**
 * Calls `repeat` every `interval` once a press has lasted `delay`, until `stop()`, until `repeat` returns
 * `false` (the gift became unaffordable, an error showed up), or until the window loses focus: a key
 * released in another window never reaches the page, and a repeat must never outlive the press.
 */
export class PressRepeat {
  readonly #timing: PressRepeatTiming;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #repeated = false;
  readonly #onBlur = (): void => void this.stop();

  constructor(timing: PressRepeatTiming = DEFAULT_PRESS_REPEAT) {
    this.#timing = timing;
  }

  /** Whether a press is being held. */
  get active(): boolean {
    return this.#timer !== undefined;
  }

  /** Starts a press (ending any previous one). */
  start(repeat: () => boolean): void {
    this.stop();
    window.addEventListener('blur', this.#onBlur);
    const tick = (): void => {
      this.#repeated = true;
      this.#timer = repeat() ? setTimeout(tick, this.#timing.interval) : undefined;
    };
    this.#timer = setTimeout(tick, this.#timing.delay);
  }

  /** Ends the press; returns whether it repeated at least once (so its release is no extra tap). */
  stop(): boolean {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    window.removeEventListener('blur', this.#onBlur);
    const repeated = this.#repeated;
    this.#repeated = false;
    return repeated;
  }
}
