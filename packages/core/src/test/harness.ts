/**
 * Shared set-up of the browser tests: one mock wallet backend behind MSW's service worker per test file,
 * reset before each test, and SDK instances that are destroyed after it.
 */
import type { SetupWorker } from 'msw/browser';
import { startMockWorker } from '@giftkit/mock/browser';
import { createMockBackend } from '@giftkit/mock';
import { createGiftkit, type Giftkit, type GiftkitOptions } from '@giftkit/core';

/**
 * The mock wallet's origin, unique to this page: test pages run side by side in one browser, and the SDK
 * keeps tabs of one wallet origin in step through BroadcastChannel, which would link their balances.
 */
export const BASE_URL = `https://wallet-${crypto.randomUUID().slice(0, 8)}.giftkit.test`;

/** The mock backend of a test file. */
export type MockBackend = ReturnType<typeof createMockBackend>;

/** The backend of the current file and a factory of SDK instances bound to it. */
export interface Harness {
  readonly backend: MockBackend;
  /** An SDK instance signed in as `userId` (the seeded viewer by default), with fast retries. */
  sdk(options?: Partial<GiftkitOptions> & { userId?: string }): Giftkit;
  /** Opens a viewer without the seeded history and grants it `coins`; resolves with its id. */
  newViewer(coins: number): Promise<string>;
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
        ...options,
      });
      instances.push(instance);
      return instance;
    },
    async newViewer(coins) {
      const userId = `fan_${++viewers}`;
      await harness.sdk({ userId }).wallet.get(); // the wallet opens an account on first sight
      await harness.backend.state.grant(userId, coins);
      return userId;
    },
  };
  return harness;
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
