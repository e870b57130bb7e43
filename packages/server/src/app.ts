/**
 * The wallet service as one Hono app over a `WalletStore`. It uses only Web APIs, so the same app
 * answers in an MSW worker, in a test through `app.request`, and on Node behind a server adapter.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { resolveConfig, type WalletConfig } from './config.js';
import type { DomainContext } from './domain/context.js';
import { runHousekeeping } from './domain/housekeeping.js';
import type { Authenticate } from './domain/principal.js';
import { WalletError } from './domain/wallet-error.js';
import { bearerAuth } from './http/auth.js';
import type { AppDeps, AppEnv } from './http/env.js';
import { asWalletError, errorReply, toResponse } from './http/responses.js';
import { creatorRoutes } from './routes/creator.js';
import { disputeRoutes } from './routes/disputes.js';
import { eventRoutes } from './routes/events.js';
import { giftRoutes } from './routes/gifts.js';
import { packageRoutes } from './routes/packages.js';
import { rechargeRoutes } from './routes/recharges.js';
import { sandboxCheckoutRoutes } from './routes/sandbox-checkout.js';
import { stepUpRoutes } from './routes/step-up.js';
import { walletRoutes } from './routes/wallet.js';
import type { WalletStore } from './store/wallet-store.js';

/** Options of `createWalletApp`. */
export interface WalletAppOptions {
  /** Where the wallet keeps its state, e.g. `createMemoryStore()`. */
  store: WalletStore;
  /** Turns the bearer token of a request into a principal, or `null` to answer `unauthorized`. */
  authenticate: Authenticate;
  /** Overrides of the wallet rules; see `DEFAULT_WALLET_CONFIG`. */
  config?: Partial<WalletConfig>;
  /**
   * The clock of every rule (expiries, budgets, windows).
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * The public URL the service is reached at; hosted-checkout links are built on it.
   * @default 'http://localhost:8787'
   */
  baseUrl?: string;
  /**
   * Origins allowed to call the API from a browser; `['*']` allows any.
   * @default []
   */
  corsOrigins?: string[];
  /**
   * Where unexpected errors (answered as `internal_error`) are reported.
   * @default console.error
   */
  logError?: (error: unknown) => void;
}

/**
 * Creates the wallet app: every endpoint of the contract's route table, plus the sandbox checkout.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await seedStore(store, new Date());
 * const app = createWalletApp({
 *   store,
 *   authenticate: (token) => (token === 'dev-ada' ? { userId: 'viewer_ada', role: 'viewer' } : null),
 * });
 * const res = await app.request('/v1/wallet', { headers: { authorization: 'Bearer dev-ada' } });
 * ```
 */
export function createWalletApp(options: WalletAppOptions): Hono {
  const baseUrl = new URL(options.baseUrl ?? 'http://localhost:8787');
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') throw new TypeError('baseUrl must be an http(s) URL');
  const ctx: DomainContext = {
    config: resolveConfig(options.config),
    now: options.now ?? (() => new Date()),
    baseUrl: `${baseUrl.origin}${baseUrl.pathname}`.replace(/\/+$/, ''),
  };
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const deps: AppDeps = { store: options.store, ctx, logError };
  const origins = options.corsOrigins ?? [];

  const app = new Hono<AppEnv>();
  app.use('*', cors({
    origin: (origin) => (origins.includes('*') ? '*' : origins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Idempotency-Key', 'Content-Type', 'If-None-Match', 'Last-Event-ID'],
    exposeHeaders: ['Retry-After', 'ETag', 'Idempotent-Replayed'],
    maxAge: 600,
  }));
  app.onError((error) => {
    if (!WalletError.is(error)) logError(error);
    return toResponse(errorReply(asWalletError(error)));
  });
  app.notFound((c) => toResponse(errorReply(new WalletError('not_found', `No route ${c.req.method} ${c.req.path}.`))));

  app.use('/v1/*', bearerAuth(options.authenticate));
  app.use('/v1/*', async (_c, next) => {
    await runHousekeeping(deps.store, ctx);
    await next();
  });
  for (const add of [
    walletRoutes, packageRoutes, rechargeRoutes, giftRoutes, stepUpRoutes, eventRoutes, disputeRoutes, creatorRoutes,
    sandboxCheckoutRoutes,
  ]) add(app, deps);
  // The `principal` variable is the app's own business: callers get a plain Hono to serve or mount.
  return app as unknown as Hono;
}
