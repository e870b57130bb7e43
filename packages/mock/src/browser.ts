/**
 * @packageDocumentation
 * `@giftkit/mock/browser`: starts the mock wallet in the page through MSW's service worker, and waits
 * until it really answers. Browser only (the exports map refuses it to Node).
 */
import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser';
import type { MockBackend } from './mock-backend.js';

/** Options of `startMockWorker`. */
export interface StartMockWorkerOptions {
  /** Passed to MSW's `worker.start()`. @default { quiet: true, onUnhandledRequest: 'bypass' } */
  start?: StartOptions;
  /** How long to wait for the mock to answer before giving up, in milliseconds. @default 10000 */
  timeout?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits (up to `timeout`) for this page to be claimed by a mock worker that another page of the origin is
 * still activating. MSW reloads an uncontrolled page that finds the worker already registered, and a test
 * runner whose pages start side by side takes that reload for a crash; the worker claims every page of its
 * scope as it activates, so waiting for that claim makes the reload unnecessary.
 */
async function awaitClaim(scriptUrl: string, timeout: number): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const absolute = new URL(scriptUrl, location.href).href;
  const registrations = await container.getRegistrations();
  const registered = registrations.some((registration) =>
    [registration.installing, registration.waiting, registration.active].some((worker) => worker?.scriptURL === absolute),
  );
  if (!registered) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeout);
    container.addEventListener('controllerchange', done);
  });
}

/**
 * Registers MSW's worker (`/mockServiceWorker.js`, from `npx msw init`) with the backend's handlers and
 * resolves once a request from this page reaches the mock. `worker.start()` alone is not enough: when
 * several pages register the worker at once, Chromium may report it active a moment before it
 * intercepts this page's requests, and the page's first requests would go to the network.
 *
 * @example
 * ```ts
 * const backend = createMockBackend();
 * const worker = await startMockWorker(backend);
 * // … the page now talks to the mock wallet at backend.baseUrl …
 * worker.stop();
 * ```
 */
export async function startMockWorker(backend: MockBackend, options: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...backend.handlers);
  const start = options.start ?? { quiet: true, onUnhandledRequest: 'bypass' };
  const deadline = Date.now() + (options.timeout ?? 10_000);
  await awaitClaim(start.serviceWorker?.url ?? '/mockServiceWorker.js', Math.min(5_000, options.timeout ?? 10_000));
  await worker.start(start);
  const probe = `${backend.baseUrl.replace(/\/+$/, '')}/v1/gifts`;
  const headers = { authorization: `Bearer ${backend.tokenFor(backend.users.viewer)}` };
  const answers = () => fetch(probe, { headers }).then((response) => response.ok, () => false);
  while (navigator.serviceWorker.controller === null || !(await answers())) {
    if (Date.now() > deadline) {
      worker.stop();
      throw new Error(`the mock wallet at ${backend.baseUrl} does not answer through the service worker`);
    }
    await pause(100);
  }
  return worker;
}
