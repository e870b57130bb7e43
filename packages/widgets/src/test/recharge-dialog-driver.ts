/**
 * Test helpers for `<gk-recharge-dialog>`: reading its shadow tree, driving the choose form, and a
 * stand-in for `window.open` so checkout popups can be observed without opening real windows.
 */
import { html } from 'lit';
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../internal/focus.js';
import type { GkRechargeDialog, RechargeDialogState } from '../recharge-dialog/recharge-dialog.js';
import '../recharge-dialog/recharge-dialog.define.js';
import { fixture, until, updated, type MockBackend } from './harness.js';
import { expectNoAxeViolations } from './a11y.js';

/** The first element matching `selector` in the dialog's shadow tree; fails the test when there is none. */
export function part<T extends Element = HTMLElement>(dialog: GkRechargeDialog, selector: string): T {
  const found = dialog.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <gk-recharge-dialog state="${dialog.state}">`);
  return found;
}

/** Every element matching `selector` in the dialog's shadow tree. */
export function parts<T extends Element = HTMLElement>(dialog: GkRechargeDialog, selector: string): T[] {
  return [...(dialog.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The visible text of the dialog's panel, whitespace collapsed. */
export function panelText(dialog: GkRechargeDialog): string {
  return (part(dialog, '.panel:not([hidden])').textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once the dialog shows `state` (and rendered it). */
export async function untilState(dialog: GkRechargeDialog, state: RechargeDialogState, timeout = 5000): Promise<void> {
  await until(() => dialog.state === state, timeout, `state ${state} (now ${dialog.state})`);
  await updated(dialog);
}

/**
 * Runs axe on the dialog with its opening animation finished: mid-fade, text is half transparent and axe
 * would measure that contrast. Finished rather than awaited, since a page in a background tab (tests run
 * two pages at once) does not advance animations. The spinner's endless animation is left alone.
 */
export async function expectAccessible(dialog: Element): Promise<void> {
  for (const animation of dialog.shadowRoot?.getAnimations() ?? []) {
    if (animation.effect?.getComputedTiming().iterations !== Infinity) animation.finish();
  }
  await expectNoAxeViolations(dialog);
}

/** A `<gk-recharge-dialog>` on the page (with extra attributes from `template` if given), not yet open. */
export async function dialogFixture(template = html`<gk-recharge-dialog></gk-recharge-dialog>`): Promise<GkRechargeDialog> {
  return fixture<GkRechargeDialog>(template);
}

/** Opens `dialog` and waits for its package list. */
export async function openDialog(dialog: GkRechargeDialog, options: { shortfall?: number } = {}): Promise<void> {
  dialog.show(options);
  await untilState(dialog, 'choose');
}

/** Selects a package (by id) or the custom amount (`CUSTOM`) as a click would. */
export async function choose(dialog: GkRechargeDialog, value: string): Promise<void> {
  part<HTMLInputElement>(dialog, `input[name="package"][value="${value}"]`).click();
  await updated(dialog);
}

/** Types `text` into the custom amount field. */
export async function typeCustom(dialog: GkRechargeDialog, text: string): Promise<void> {
  const input = part<HTMLInputElement>(dialog, '#custom-coins');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await updated(dialog);
}

/** Ticks the terms checkbox. */
export async function acceptTerms(dialog: GkRechargeDialog): Promise<void> {
  const box = part<HTMLInputElement>(dialog, '#terms');
  if (!box.checked) box.click();
  await updated(dialog);
}

/** Presses Pay. */
export async function pay(dialog: GkRechargeDialog): Promise<void> {
  part<HTMLButtonElement>(dialog, '[part~="pay-button"]').click();
  await updated(dialog);
}

/** Types a one-time code (as a paste would put it) and confirms it. */
export async function enterCode(dialog: GkRechargeDialog, code: string): Promise<void> {
  const input = part<HTMLInputElement>(dialog, '#code');
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await updated(dialog);
  part<HTMLButtonElement>(dialog, '[part~="verify-button"]').click();
  await updated(dialog);
}

/**
 * Presses Tab (Shift+Tab when `backwards`) with real key events until focus is back on a control of the
 * dialog, at most three times, and resolves with that control. Fails as soon as focus lands on anything of
 * the page but its body: past the last control, a modal dialog lets focus go to the browser's own UI (the
 * address bar in a window), which headless Chromium shows as focus on the body for one press.
 */
export async function tabAround(dialog: GkRechargeDialog, backwards = false): Promise<Element> {
  for (let press = 0; press < 3; press++) {
    if (backwards) {
      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'Tab' });
      } finally {
        await sendKeys({ up: 'Shift' });
      }
    } else {
      await sendKeys({ press: 'Tab' });
    }
    const active = deepActiveElement();
    if (active && dialog.shadowRoot?.contains(active)) return active;
    expect(active === null || active === document.body, `focus left the dialog for ${active?.outerHTML}`).to.equal(true);
  }
  throw new Error('focus did not come back into the dialog after three presses of Tab');
}

/** A stand-in for the checkout popup: records where it was sent and whether it was closed. */
export interface FakePopup {
  closed: boolean;
  opener: unknown;
  readonly visited: string[];
  readonly location: { replace(url: string): void };
  close(): void;
}

/** What the `window.open` stand-in saw. */
export interface PopupSpy {
  /** One entry per call, with the number of `POST /v1/recharges` the backend had seen at that moment. */
  readonly calls: Array<{ url: string | URL | undefined; recharges: number }>;
  /** The popups handed out (none when blocking). */
  readonly popups: FakePopup[];
  restore(): void;
}

/** Replaces `window.open` until `restore()`: hands out fake popups, or `null` as a popup blocker does. */
export function spyOnPopups(backend: MockBackend, mode: 'open' | 'block' = 'open'): PopupSpy {
  const original = window.open;
  const spy: PopupSpy = {
    calls: [],
    popups: [],
    restore: () => {
      window.open = original;
    },
  };
  window.open = ((url?: string | URL) => {
    const recharges = backend.state.requests.filter((r) => r.method === 'POST' && r.path === '/v1/recharges').length;
    spy.calls.push({ url, recharges });
    if (mode === 'block') return null;
    const popup: FakePopup = {
      closed: false,
      opener: window,
      visited: [],
      location: { replace: (target: string) => void popup.visited.push(target) },
      close: () => {
        popup.closed = true;
      },
    };
    spy.popups.push(popup);
    return popup as unknown as Window;
  }) as typeof window.open;
  return spy;
}

/** The `POST /v1/recharges` the backend saw: status and Idempotency-Key of each. */
export function rechargePosts(backend: MockBackend): Array<{ status: number; key: string | null }> {
  return backend.state.requests
    .filter((r) => r.method === 'POST' && r.path === '/v1/recharges')
    .map((r) => ({ status: r.status, key: r.idempotencyKey }));
}

/** The id of the recharge in the sandbox checkout URL a popup was sent to. */
export function rechargeIdOf(checkoutUrl: string | undefined): string {
  const id = /\/sandbox\/checkout\/([^/?#]+)/.exec(checkoutUrl ?? '')?.[1];
  expect(id, `a sandbox checkout URL, got ${checkoutUrl}`).to.be.a('string');
  return id as string;
}

/** What the shared live region of `politeness` says now. */
export function announcement(politeness: 'polite' | 'assertive' = 'polite'): string {
  return document.querySelector(`[data-giftkit-announcer="${politeness}"]`)?.textContent ?? '';
}

/** Fails the test on any of the dialog's events (for code-only changes). */
export function failOnEvents(target: EventTarget): () => void {
  const types = ['close', 'gk-recharge-complete', 'gk-checkout', 'gk-error', 'gk-recharge-request'];
  const fail = (event: Event) => expect.fail(`unexpected ${event.type} event`);
  for (const type of types) target.addEventListener(type, fail);
  return () => {
    for (const type of types) target.removeEventListener(type, fail);
  };
}
