/** Resolves the SDK instance a widget talks to: its nearest `<gk-provider>`'s, else the configured one. */
import { ContextConsumer } from '@lit/context';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Giftkit } from '@giftkit/core';
import { giftkitContext } from './giftkit-context.js';
import { getConfigured, onConfigured } from './configure.js';
import { initLocalization } from '../localization.js';

/**
 * A reactive controller holding the host's Giftkit instance. A provider's instance wins over the
 * `configure()`d one; the host re-renders (and `onChange` runs) whenever the resolved instance changes.
 * It also sets up the widgets' localization on first connect and re-renders the host when the language
 * changes, so a widget using it needs no `@localized()` decorator.
 */
export class GiftkitController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly onChange: ((giftkit: Giftkit | undefined) => void) | undefined;
  private provided: Giftkit | undefined;
  private resolved: Giftkit | undefined;
  private stopConfigured: (() => void) | undefined;

  constructor(host: ReactiveElement, onChange?: (giftkit: Giftkit | undefined) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
    // The consumer is a controller of its own; it asks for the context on every connect.
    new ContextConsumer(host, {
      context: giftkitContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.update();
      },
    });
  }

  /** The instance the host uses, or `undefined` while none is provided or configured. */
  get giftkit(): Giftkit | undefined {
    return this.resolved;
  }

  hostConnected(): void {
    initLocalization();
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.stopConfigured = onConfigured(() => this.update());
    this.update();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.stopConfigured?.();
    this.stopConfigured = undefined;
  }

  private readonly onLocaleStatus = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]): void => {
    if (event.detail.status === 'ready') this.host.requestUpdate();
  };

  private update(): void {
    const next = this.provided ?? getConfigured();
    if (next === this.resolved) return;
    this.resolved = next;
    this.host.requestUpdate();
    this.onChange?.(next);
  }
}
