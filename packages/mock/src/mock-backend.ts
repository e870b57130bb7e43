/**
 * The mock backend: the real wallet app over a fresh in-memory store, served from MSW handlers,
 * with fault injection and a view of its state for assertions.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  auditLedger, coinBalance, createMemoryStore, createWalletApp, grantCoins, seedStore, setUserAge, SEED_USERS,
  type WalletConfig, type WalletStore,
} from '@giftkit/server';
import { FaultQueue, type MockFault } from './faults.js';
import { malformedResponse, rateLimitResponse, serverErrorResponse } from './fault-responses.js';

/** The base URL the mock answers at unless told otherwise. */
export const DEFAULT_MOCK_BASE_URL = 'https://wallet.giftkit.test';

/** Options of `createMockBackend`. */
export interface MockBackendOptions {
  /**
   * Where the mock wallet API lives; requests under it are answered, all others are left alone.
   * @default 'https://wallet.giftkit.test'
   */
  baseUrl?: string;
  /**
   * The backend's clock, for expiries, budgets and timestamps.
   * @default () => new Date()
   */
  now?: () => Date;
  /** Overrides of the wallet rules (step-up code, thresholds, creator share…). */
  config?: Partial<WalletConfig>;
  /**
   * Whether the store starts with the sandbox catalog, users and history.
   * @default true
   */
  seed?: boolean;
}

/** One request the mock backend saw. */
export interface MockRequestRecord {
  method: string;
  /** The path after the base URL, without the query. */
  path: string;
  /** The status the backend answered; 0 for an injected `network_error`. */
  status: number;
  idempotencyKey: string | null;
  /** When it arrived, in milliseconds since the epoch on the backend's clock. */
  at: number;
}

/** A running mock backend. */
export interface MockBackend {
  readonly baseUrl: string;
  /** Pass to `setupServer(...)` (Node) or `setupWorker(...)` (browser). */
  readonly handlers: RequestHandler[];
  /** The ids of the seeded users. */
  readonly users: { viewer: string; viewerBR: string; viewerJP: string; minor: string; creator: string; creator2: string };
  /** A bearer token the mock accepts for `userId` (seeded or not; a new user gets an empty wallet). */
  tokenFor(userId: string): string;
  /** Fault injection, applied to the next matching requests. */
  readonly faults: { add(fault: MockFault): void; clear(): void };
  /** The backend's state, for arranging and asserting. */
  readonly state: {
    /** The user's coin balance. */
    balance(userId: string): Promise<number>;
    /** Credits coins through a real ledger purchase. */
    grant(userId: string, coins: number): Promise<void>;
    /** Makes the user exactly `age` years old. */
    setAge(userId: string, age: number): Promise<void>;
    /** Does what the viewer would do on the hosted checkout page; rejects if the recharge did not end that way. */
    completeCheckout(rechargeId: string, outcome: 'succeed' | 'decline' | 'cancel'): Promise<void>;
    /** Whether every ledger transaction sums to zero per unit (and balances match their entries, no user overdrawn). */
    ledgerBalanced(): Promise<boolean>;
    /** Every request the backend saw, faults included, oldest first. */
    readonly requests: ReadonlyArray<MockRequestRecord>;
  };
  /** Starts over: a fresh store (seeded unless `seed: false`), no faults, an empty request log. */
  reset(): Promise<void>;
}

const TOKEN_PREFIX = 'mock-token.';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CHECKOUT_STATUS = { succeed: 'succeeded', decline: 'declined', cancel: 'canceled' } as const;

interface Running {
  store: WalletStore;
  app: ReturnType<typeof createWalletApp>;
}

/**
 * Creates a mock backend. Its store is seeded in the background; handlers and state wait for it.
 *
 * @example
 * ```ts
 * const backend = createMockBackend();
 * const server = setupServer(...backend.handlers);   // or setupWorker(...backend.handlers).start()
 * server.listen();
 * const res = await fetch(`${backend.baseUrl}/v1/wallet`, {
 *   headers: { authorization: `Bearer ${backend.tokenFor(backend.users.viewer)}` },
 * });
 * ```
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const base = new URL(options.baseUrl ?? DEFAULT_MOCK_BASE_URL);
  const baseUrl = `${base.origin}${base.pathname}`.replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const seedOptions = options.config ? { config: options.config } : {};
  const faults = new FaultQueue();
  const requests: MockRequestRecord[] = [];

  async function start(): Promise<Running> {
    const store = createMemoryStore();
    if (options.seed !== false) await seedStore(store, now(), seedOptions);
    const app = createWalletApp({
      store,
      baseUrl,
      now,
      corsOrigins: ['*'],
      ...(options.config ? { config: options.config } : {}),
      authenticate: async (token) => {
        if (!token.startsWith(TOKEN_PREFIX)) return null;
        const userId = token.slice(TOKEN_PREFIX.length);
        const user = await store.transaction((tx) => tx.users.get(userId));
        return { userId, role: user?.role ?? (userId.startsWith('creator') ? 'creator' : 'viewer') };
      },
    });
    return { store, app };
  }

  let running = start();
  const admin = async () => ({ ...(await running), options: { now: now(), ...seedOptions } });

  /** The app's answer to the request, as if the app were served at `baseUrl`. */
  async function forward(app: Running['app'], request: Request, path: string): Promise<Response> {
    const url = new URL(request.url);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    return app.fetch(new Request(`http://mock.local${path}${url.search}`, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      ...(hasBody ? { body: await request.arrayBuffer() } : {}),
    }));
  }

  const handler = http.all(`${baseUrl}/*`, async ({ request }) => {
    const { app } = await running;
    const path = new URL(request.url).pathname.slice(basePath.length) || '/';
    const at = now().getTime();
    const log = (status: number) => requests.push({ method: request.method, path, status, idempotencyKey: request.headers.get('idempotency-key'), at });
    const fault = faults.take(request.method, path);

    switch (fault?.kind) {
      case 'network_error':
        log(0);
        return HttpResponse.error();
      case 'status':
        log(fault.status);
        return serverErrorResponse(fault.status);
      case 'rate_limit':
        log(429);
        return rateLimitResponse(fault.retryAfter);
      case 'latency':
        await sleep(fault.ms);
        break;
      default:
        break;
    }
    const response = await forward(app, request, path);
    log(response.status);
    if (fault?.kind === 'lose_response') {
      // Committed on the backend; the answer never reaches the client.
      await response.body?.cancel();
      return HttpResponse.error();
    }
    if (fault?.kind === 'malformed') return malformedResponse(response, fault.body);
    return response;
  });

  return {
    baseUrl,
    handlers: [handler],
    users: { ...SEED_USERS },
    tokenFor: (userId) => `${TOKEN_PREFIX}${userId}`,
    faults: { add: (fault) => faults.add(fault), clear: () => faults.clear() },
    state: {
      balance: async (userId) => coinBalance((await running).store, userId),
      grant: async (userId, coins) => {
        const { store, options: o } = await admin();
        await grantCoins(store, userId, coins, o);
      },
      setAge: async (userId, age) => {
        const { store, options: o } = await admin();
        await setUserAge(store, userId, age, o);
      },
      completeCheckout: async (rechargeId, outcome) => {
        const { app } = await running;
        const res = await app.request(`/sandbox/checkout/${encodeURIComponent(rechargeId)}/complete`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outcome }),
        });
        const body = (await res.json()) as { recharge?: { status?: string }; error?: { message?: string } };
        const status = body.recharge?.status;
        if (status !== CHECKOUT_STATUS[outcome]) {
          throw new Error(`completeCheckout(${rechargeId}, ${outcome}): the recharge is ${status ?? body.error?.message ?? res.status}`);
        }
      },
      ledgerBalanced: async () => (await auditLedger((await running).store)).ok,
      get requests() {
        return requests;
      },
    },
    async reset() {
      const previous = await running;
      faults.clear();
      requests.length = 0;
      running = start();
      await running;
      await previous.store.close();
    },
  };
}
