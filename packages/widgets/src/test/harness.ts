/**
 * Shared set-up of the widgets' browser tests: one mock wallet backend behind MSW's service worker per test
 * file (reset before each test), SDK instances for fresh viewers handed to the widgets with `configure()`,
 * and fixtures that are removed after each test.
 */
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '@giftkit/mock/browser';
import type { RequestHandler } from 'msw';
import { render, type TemplateResult } from 'lit';
import { createMockBackend } from '@giftkit/mock';
import { createGiftkit, type Giftkit, type GiftkitOptions } from '@giftkit/core';
import { configure } from '@giftkit/widgets';
import { resetConfigured } from '../internal/configure.js';

/**
 * The mock wallet's origin, unique to this page: test pages run side by side in one browser, and the SDK
 * keeps tabs of one wallet origin in step through BroadcastChannel, which would link their balances.
 */
export const BASE_URL = `https://wallet-${crypto.randomUUID().slice(0, 8)}.giftkit.test`;

/** The mock backend of a test file. */
export type MockBackend = ReturnType<typeof createMockBackend>;

/** SDK options for a test instance, plus whose token it sends. */
export type SdkOptions = Partial<GiftkitOptions> & { userId?: string };

/** A viewer of a test, with the SDK instance the widgets on the page use. */
export interface Viewer {
  readonly userId: string;
  readonly giftkit: Giftkit;
}

/** The backend of the current file and factories of SDK instances bound to it. */
export interface Harness {
  readonly backend: MockBackend;
  /** An SDK instance signed in as `userId` (the seeded viewer by default), with fast retries; destroyed after the test. */
  sdk(options?: SdkOptions): Giftkit;
  /** Opens a viewer without the seeded history and grants it `coins`; resolves with its id. */
  newViewer(coins: number): Promise<string>;
  /**
   * A fresh viewer holding `coins` (default 1,000) whose SDK instance is `configure()`d for the page, so every
   * widget outside a `<gk-provider>` uses it.
   */
  viewer(coins?: number, options?: Partial<GiftkitOptions>): Promise<Viewer>;
  /** Adds MSW handlers (e.g. a host page's token endpoint) in front of the mock for the current test. */
  use(...handlers: RequestHandler[]): void;
}

/** Registers the mocha hooks of a test file and returns its harness. */
export function useHarness(): Harness {
  let backend: MockBackend | undefined;
  let worker: SetupWorker | undefined;
  const instances: Giftkit[] = [];
  let viewers = 0;

  before(async () => {
    backend = createMockBackend({ baseUrl: BASE_URL });
    worker = await startMockWorker(backend, { start: { quiet: true, onUnhandledRequest: 'error' } });
  });
  beforeEach(async () => {
    await backend?.reset();
    backend?.faults.clear();
  });
  afterEach(() => {
    cleanupFixtures();
    resetConfigured();
    worker?.resetHandlers();
    for (const instance of instances.splice(0)) instance.destroy();
  });
  after(() => worker?.stop());

  const harness: Harness = {
    get backend() {
      if (!backend) throw new Error('the backend starts in the before hook');
      return backend;
    },
    sdk({ userId, ...options } = {}) {
      const { backend: current } = harness;
      const user = userId ?? current.users.viewer;
      const instance = createGiftkit({
        baseUrl: BASE_URL,
        getToken: () => current.tokenFor(user),
        retry: { baseDelay: 5, maxDelay: 20 },
        locale: 'en-US',
        ...options,
      });
      instances.push(instance);
      return instance;
    },
    async newViewer(coins) {
      const userId = `fan_${++viewers}`;
      await harness.sdk({ userId }).wallet.get(); // the wallet opens an account on first sight
      if (coins > 0) await harness.backend.state.grant(userId, coins);
      return userId;
    },
    async viewer(coins = 1000, options = {}) {
      const userId = await harness.newViewer(coins);
      const giftkit = configure(harness.sdk({ userId, ...options }));
      return { userId, giftkit };
    },
    use(...handlers) {
      if (!worker) throw new Error('the worker starts in the before hook');
      worker.use(...handlers);
    },
  };
  return harness;
}

const containers: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in `document.body` and resolves with its first element once
 * that element (a Lit element or not) finished its first update. Removed after the test by `useHarness`.
 */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error('the fixture template rendered no element');
  await updated(element);
  return element;
}

/** Removes every fixture (done after each test by `useHarness`; call it yourself without a harness). */
export function cleanupFixtures(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** Resolves once `element` has no Lit update pending (at once for a non-Lit element). */
export async function updated(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown> };
  while (lit.updateComplete && !(await lit.updateComplete));
}

/** Resolves once `check()` is true, polling every 10 ms; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 3000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The rejection of `promise`, failing the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Counts the events of `type` reaching `target` (add before acting; read `.count` and `.events` after). */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): { readonly count: number; readonly events: GlobalEventHandlersEventMap[K][]; stop(): void } {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: Event): void => void events.push(event as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, listener);
  return {
    get count() {
      return events.length;
    },
    events,
    stop: () => target.removeEventListener(type, listener),
  };
}
