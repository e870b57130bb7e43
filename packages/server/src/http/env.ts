/** What every route handler is given: the store, the domain context, and the caller. */
import type { DomainContext } from '../domain/context.js';
import type { Principal } from '../domain/principal.js';
import { ensureUser } from '../domain/users.js';
import type { UserRecord } from '../store/records.js';
import type { WalletStore, WalletTx } from '../store/wallet-store.js';

/** The app's dependencies, shared by every route. */
export interface AppDeps {
  readonly store: WalletStore;
  readonly ctx: DomainContext;
  /** Where unexpected errors (the 500s) are reported. */
  readonly logError: (error: unknown) => void;
}

/** The Hono environment: the authenticated principal of `/v1` routes. */
export interface AppEnv {
  Variables: { principal: Principal };
}

/** Runs `fn` in one unit of work with the caller's user record. */
export function withUser<T>(deps: AppDeps, principal: Principal, fn: (tx: WalletTx, user: UserRecord) => Promise<T>): Promise<T> {
  return deps.store.transaction(async (tx) => fn(tx, await ensureUser(tx, deps.ctx, principal)));
}
