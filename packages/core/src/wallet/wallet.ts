/** `giftkit.wallet`: balance store, wallet, history, budgets, spending, recharges and disputes. */
import {
  routes, TERMINAL_RECHARGE_STATUSES,
  type Budget, type BudgetInput, type BudgetPeriod, type CreateDisputeRequest, type Dispute, type Money,
  type Platform, type RechargeItem, type RechargeResult, type PaymentMethod, type SpendingPeriod,
  type SpendingSummary, type Transaction, type TransactionPage, type Wallet,
} from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import type { Emitter } from '../internal/emitter.js';
import type { ReadableStore } from '../internal/store.js';
import { sleep } from '../internal/sleep.js';
import { isGiftkitError } from '../errors/giftkit-error.js';
import type { GiftkitEventMap } from '../events/types.js';
import type { BalanceState, BalanceTracker } from './balance.js';

/** Lets a call be abandoned. */
export interface SignalOption {
  /** Aborts the call (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of `wallet.transactions`. */
export interface TransactionsOptions extends SignalOption {
  /** The `nextCursor` of the previous page; omit for the newest page. */
  cursor?: string;
  /** Transactions per page, 1 to 100. @default the server's page size */
  limit?: number;
}

/** Options of `wallet.recharge`. */
export interface RechargeOptions extends SignalOption {
  /** The payment method, one of the catalog's `paymentMethods`. */
  paymentMethod: PaymentMethod['id'];
  /** Where the provider's hosted checkout sends the viewer back to. */
  returnUrl?: string;
  /** Sandbox only: a test token that picks the outcome (`tok_success`, `tok_declined`, `tok_redirect`…). */
  testToken?: string;
  /** Reuse a key to repeat the same purchase safely (e.g. after a reload); one is made otherwise. */
  idempotencyKey?: string;
  /** The platform to buy on. @default the `platform` option */
  platform?: Platform;
}

/** Options of `wallet.waitForRecharge`. */
export interface WaitForRechargeOptions extends SignalOption {
  /** The first wait between polls, doubled after each poll up to 8 times this, in milliseconds. @default 1000 */
  interval?: number;
}

/** Options of `wallet.dispute`. */
export interface DisputeOptions extends SignalOption {
  /** Reuse a key to repeat the same report safely; one is made otherwise. */
  idempotencyKey?: string;
}

/** `giftkit.wallet`. */
export interface WalletApi {
  /**
   * The balance as a store: `subscribe(listener)` (called at once, then on every change; the first
   * subscriber loads the wallet) and `get()`. Gift sends debit it optimistically.
   */
  readonly balance: ReadableStore<BalanceState>;
  /** Reloads the wallet into the balance store and resolves with the store's new state. */
  refresh(options?: SignalOption): Promise<BalanceState>;
  /** The viewer's wallet: coins, region, currency, budgets and flags (also updates the balance store). */
  get(options?: SignalOption): Promise<Wallet>;
  /** One page of history, newest first; pass its `nextCursor` back as `cursor` for the next. */
  transactions(options?: TransactionsOptions): Promise<TransactionPage>;
  /** Every transaction, newest first, fetching page after page as the loop asks for more. */
  allTransactions(options?: Omit<TransactionsOptions, 'cursor'>): AsyncGenerator<Transaction, void, undefined>;
  /** The viewer's budgets as they stand now. */
  budgets(options?: SignalOption): Promise<Budget[]>;
  /** Replaces all of the viewer's budgets (an empty list removes them) and resolves with the updated wallet. */
  setBudgets(budgets: readonly BudgetInput[], options?: SignalOption): Promise<Wallet>;
  /** What is left of the coin budget of `period`, or `null` when there is none. */
  remaining(unit: 'coins', period: BudgetPeriod, options?: SignalOption): Promise<number | null>;
  /** What is left of the money budget of `period`, or `null` when there is none. */
  remaining(unit: 'money', period: BudgetPeriod, options?: SignalOption): Promise<Money | null>;
  /** Coins given this week or month, in total and by creator. */
  spending(period: SpendingPeriod, options?: SignalOption): Promise<SpendingSummary>;
  /**
   * Buys a package or a custom amount. A `requires_action` result carries `nextAction.url`, the
   * provider's hosted checkout: send the viewer there, then `waitForRecharge`.
   */
  recharge(item: RechargeItem, options: RechargeOptions): Promise<RechargeResult>;
  /** A recharge and the balance now. */
  getRecharge(id: string, options?: SignalOption): Promise<RechargeResult>;
  /**
   * Polls a recharge, with a growing interval, until it succeeded, was declined, canceled or expired.
   * A `recharge.updated` event on the connected event stream ends the wait at once.
   */
  waitForRecharge(id: string, options?: WaitForRechargeOptions): Promise<RechargeResult>;
  /** Reports a transaction the viewer does not recognise. */
  dispute(input: CreateDisputeRequest, options?: DisputeOptions): Promise<Dispute>;
}

/** What the wallet module is built from. */
export interface WalletContext {
  readonly http: HttpClient;
  readonly balance: BalanceTracker;
  readonly emitter: Emitter<GiftkitEventMap>;
  readonly platform: Platform;
}

const signalOf = (options: SignalOption | undefined): { signal?: AbortSignal } =>
  options?.signal ? { signal: options.signal } : {};

/** Builds `giftkit.wallet`. */
export function createWalletApi(context: WalletContext): WalletApi {
  const { http, balance, emitter } = context;

  async function get(options?: SignalOption): Promise<Wallet> {
    balance.loading();
    try {
      const wallet = await http.call(routes.getWallet, signalOf(options));
      balance.identify(wallet.userId);
      balance.confirm(wallet.coins, wallet.updatedAt, 'response');
      return wallet;
    } catch (error) {
      if (isGiftkitError(error)) balance.failed(error);
      throw error;
    }
  }

  function transactions(options: TransactionsOptions = {}): Promise<TransactionPage> {
    const { cursor, limit } = options;
    return http.call(routes.listTransactions, { query: { cursor, limit }, ...signalOf(options) });
  }

  async function remaining(unit: 'coins' | 'money', period: BudgetPeriod, options?: SignalOption): Promise<number | Money | null> {
    const { budgets } = await get(options);
    return budgets.find((budget) => budget.unit === unit && budget.period === period)?.remaining ?? null;
  }

  function applyBalance(result: RechargeResult): RechargeResult {
    balance.confirm(result.balance, result.recharge.updatedAt, 'response');
    return result;
  }

  async function getRecharge(id: string, options?: SignalOption): Promise<RechargeResult> {
    return applyBalance(await http.call(routes.getRecharge, { params: { id }, ...signalOf(options) }));
  }

  return {
    balance: balance.store,
    get,
    async refresh(options) {
      await get(options);
      return balance.store.get();
    },
    transactions,
    async *allTransactions(options = {}) {
      let cursor: string | null | undefined;
      do {
        const page = await transactions({ ...options, ...(cursor ? { cursor } : {}) });
        yield* page.data;
        cursor = page.nextCursor;
      } while (cursor);
    },
    async budgets(options) {
      return (await get(options)).budgets;
    },
    async setBudgets(budgets, options) {
      const wallet = await http.call(routes.setBudgets, { body: { budgets: [...budgets] }, ...signalOf(options) });
      balance.confirm(wallet.coins, wallet.updatedAt, 'response');
      return wallet;
    },
    remaining: remaining as WalletApi['remaining'],
    spending(period, options) {
      return http.call(routes.getSpending, { query: { period }, ...signalOf(options) });
    },
    async recharge(item, options) {
      const { paymentMethod, returnUrl, testToken, idempotencyKey, platform = context.platform } = options;
      const body = {
        item, platform, paymentMethod,
        ...(returnUrl === undefined ? {} : { returnUrl }),
        ...(testToken === undefined ? {} : { testToken }),
      };
      const result = applyBalance(await http.call(routes.createRecharge, { body, idempotencyKey, ...signalOf(options) }));
      emitter.emit('recharge', result.recharge);
      return result;
    },
    getRecharge,
    async waitForRecharge(id, options = {}) {
      const { interval = 1000, signal } = options;
      if (!(interval > 0)) throw new RangeError(`interval must be a positive number of milliseconds, got ${interval}`);
      let wake: (() => void) | undefined;
      let settled = false;
      const stop = emitter.on('recharge', (recharge) => {
        if (recharge.id !== id || !TERMINAL_RECHARGE_STATUSES.includes(recharge.status)) return;
        settled = true;
        wake?.();
      });
      try {
        for (let delay = interval; ; delay = Math.min(delay * 2, interval * 8)) {
          settled = false;
          const result = await getRecharge(id, signalOf(options));
          if (TERMINAL_RECHARGE_STATUSES.includes(result.recharge.status)) return result;
          // An event that arrived during the poll must not be waited past.
          if (!settled) await sleep(delay, signal, (fn) => (wake = fn));
          wake = undefined;
        }
      } finally {
        stop();
      }
    },
    dispute(input, options = {}) {
      return http.call(routes.createDispute, { body: input, idempotencyKey: options.idempotencyKey, ...signalOf(options) });
    },
  };
}
