/** What every wallet rule needs besides the store: the configuration, the clock and the public URL. */
import type { WalletConfig } from '../config.js';
import type { WalletError } from './wallet-error.js';

/** The environment the domain functions run in. */
export interface DomainContext {
  readonly config: WalletConfig;
  /** The current instant; injected so that tests and sandboxes can move time. */
  readonly now: () => Date;
  /** The public origin (and path prefix) of the service, without a trailing slash. */
  readonly baseUrl: string;
}

/**
 * The result of a rule that refuses a request but still commits what it wrote (a declined recharge,
 * a step-up challenge, a failed code attempt). Rules that throw instead roll everything back.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: WalletError };
