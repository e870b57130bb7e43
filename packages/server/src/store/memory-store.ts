/**
 * The in-memory `WalletStore`: units of work are serialised by a promise chain and rolled back with
 * an undo log. Used by the mock backend, by tests, and as the reference the SQL stores are checked against.
 */
import type { WalletEvent } from '@giftkit/contract';
import { isGuardedAccount } from './accounts.js';
import { EventHub } from './event-hub.js';
import { LedgerError } from './ledger-error.js';
import { assertBalanced } from './ledger-rules.js';
import type {
  CatalogRecord, ChallengeRecord, ComboRecord, DisputeRecord, IdempotencyRecord, LedgerEntry,
  LedgerTransaction, PayoutRecord, RechargeRecord, UserRecord,
} from './records.js';
import { UndoLog } from './undo-log.js';
import type { WalletStore, WalletTx } from './wallet-store.js';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /**
   * How many events are kept per user for `Last-Event-ID` resumption; older ones are dropped.
   * @default 1000
   */
  eventsPerUser?: number;
}

interface State {
  users: Map<string, UserRecord>;
  ledger: LedgerTransaction[];
  ledgerIndex: Map<string, number>;
  balances: Map<string, number>;
  idempotency: Map<string, IdempotencyRecord>;
  recharges: Map<string, RechargeRecord>;
  challenges: Map<string, ChallengeRecord>;
  events: Map<string, WalletEvent[]>;
  counters: Map<'event', number>;
  disputes: Map<string, DisputeRecord>;
  payouts: Map<string, PayoutRecord>;
  combos: Map<string, ComboRecord>;
  catalog: Map<'catalog', CatalogRecord>;
}

// Rows are cloned on the way in and out so that callers can never change stored state by mutating
// an object they were given or gave.
const copy = <T>(value: T): T => structuredClone(value);
const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
const OPEN_RECHARGE = new Set(['pending', 'requires_action']);

/**
 * Creates an empty in-memory store. Its state lives as long as the object; nothing is persisted.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await seedStore(store, new Date());
 * const app = createWalletApp({ store, authenticate });
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): WalletStore {
  const eventsPerUser = options.eventsPerUser ?? 1000;
  if (!Number.isSafeInteger(eventsPerUser) || eventsPerUser < 1) {
    throw new RangeError(`eventsPerUser must be a positive integer, got ${eventsPerUser}`);
  }
  const state: State = {
    users: new Map(), ledger: [], ledgerIndex: new Map(), balances: new Map(), idempotency: new Map(),
    recharges: new Map(), challenges: new Map(), events: new Map(), counters: new Map(), disputes: new Map(),
    payouts: new Map(), combos: new Map(), catalog: new Map(),
  };
  const hub = new EventHub();
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function runUnit<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
    const log = new UndoLog();
    const committed: Array<[string, WalletEvent]> = [];
    let open = true;
    const tx = createTx(state, log, committed, eventsPerUser, () => open);
    try {
      const result = await fn(tx);
      open = false;
      for (const [userId, event] of committed) hub.publish(userId, copy(event));
      return result;
    } catch (error) {
      open = false;
      log.rollback();
      throw error;
    }
  }

  return {
    transaction<T>(fn: (tx: WalletTx) => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('the memory store is closed'));
      const run = tail.then(() => runUnit(fn));
      tail = run.catch(() => undefined);
      return run;
    },
    subscribe: (userId, listener) => hub.subscribe(userId, listener),
    async close() {
      closed = true;
      hub.clear();
      await tail;
    },
  };
}

function createTx(
  state: State,
  log: UndoLog,
  committed: Array<[string, WalletEvent]>,
  eventsPerUser: number,
  isOpen: () => boolean,
): WalletTx {
  // Every method goes through `guard`, so a unit of work that leaks its `tx` fails loudly.
  const guard = <A extends unknown[], R>(method: (...args: A) => R) => async (...args: A): Promise<Awaited<R>> => {
    if (!isOpen()) throw new Error('this unit of work has already ended');
    return await method(...args);
  };
  const balanceOf = (account: string, unit: string) => state.balances.get(pairKey(account, unit)) ?? 0;

  return {
    users: {
      get: guard((id: string) => copy(state.users.get(id) ?? null)),
      put: guard((user: UserRecord) => log.set(state.users, user.id, copy(user))),
    },
    ledger: {
      post: guard((input) => {
        assertBalanced(input);
        if (state.ledgerIndex.has(input.id)) {
          throw new LedgerError('duplicate_id', `ledger transaction ${input.id} already exists`);
        }
        // Work out every new balance first, so that a refused posting writes nothing at all.
        const next = new Map<string, number>();
        const entries: LedgerEntry[] = input.entries.map((entry) => {
          const key = pairKey(entry.account, entry.unit);
          const balanceAfter = (next.get(key) ?? balanceOf(entry.account, entry.unit)) + entry.amount;
          next.set(key, balanceAfter);
          return { ...entry, balanceAfter };
        });
        for (const entry of entries) {
          const final = next.get(pairKey(entry.account, entry.unit)) ?? 0;
          if (isGuardedAccount(entry.account) && final < 0) {
            throw new LedgerError('insufficient_balance', `${entry.account} holds too little ${entry.unit}`, {
              account: entry.account,
              unit: entry.unit,
              balance: balanceOf(entry.account, entry.unit),
              shortfall: -final,
            });
          }
        }
        for (const [key, value] of next) log.set(state.balances, key, value);
        const seq = state.ledger.length + 1;
        const posted: LedgerTransaction = { id: input.id, seq, createdAt: input.createdAt, memo: copy(input.memo), entries };
        log.push(state.ledger, posted);
        log.set(state.ledgerIndex, input.id, seq - 1);
        return copy(posted);
      }),
      balance: guard((account: string, unit: string) => balanceOf(account, unit)),
      get: guard((id: string) => {
        const index = state.ledgerIndex.get(id);
        return index === undefined ? null : copy(state.ledger[index] ?? null);
      }),
      list: guard((query) => {
        const out: LedgerTransaction[] = [];
        const start = Math.min(state.ledger.length, (query.beforeSeq ?? Infinity) - 1);
        for (let i = start - 1; i >= 0 && out.length < query.limit; i -= 1) {
          const t = state.ledger[i];
          if (!t) continue;
          if (query.since !== undefined && t.createdAt < query.since) continue;
          if (query.kind !== undefined && t.memo.kind !== query.kind) continue;
          if (query.account !== undefined && !t.entries.some((e) => e.account === query.account)) continue;
          out.push(copy(t));
        }
        return out;
      }),
    },
    idempotency: {
      get: guard((scope: string, key: string) => copy(state.idempotency.get(pairKey(scope, key)) ?? null)),
      put: guard((record: IdempotencyRecord) => log.set(state.idempotency, pairKey(record.scope, record.key), copy(record))),
      delete: guard((scope: string, key: string) => log.delete(state.idempotency, pairKey(scope, key))),
    },
    recharges: {
      get: guard((id: string) => copy(state.recharges.get(id) ?? null)),
      put: guard((recharge: RechargeRecord) => log.set(state.recharges, recharge.id, copy(recharge))),
      listOpen: guard(() => [...state.recharges.values()].filter((r) => OPEN_RECHARGE.has(r.status)).map(copy)),
      countCreatedSince: guard((userId: string, since: string) =>
        [...state.recharges.values()].filter((r) => r.userId === userId && r.createdAt >= since).length,
      ),
    },
    challenges: {
      get: guard((id: string) => copy(state.challenges.get(id) ?? null)),
      put: guard((challenge: ChallengeRecord) => log.set(state.challenges, challenge.id, copy(challenge))),
      findByKey: guard((userId: string, key: string) => {
        const all = [...state.challenges.values()].reverse();
        return copy(all.find((c) => c.userId === userId && c.idempotencyKey === key) ?? null);
      }),
    },
    events: {
      append: guard((userId, event) => {
        const id = (state.counters.get('event') ?? 0) + 1;
        log.set(state.counters, 'event', id);
        const stored = { ...copy(event), id: String(id) } as WalletEvent;
        let list = state.events.get(userId);
        if (!list) {
          list = [];
          log.set(state.events, userId, list);
        }
        log.push(list, stored);
        if (list.length > eventsPerUser) log.dropFront(list, list.length - eventsPerUser);
        committed.push([userId, stored]);
        return copy(stored);
      }),
      listAfter: guard((userId: string, afterId: string | null, limit: number) => {
        const after = afterId === null ? 0 : Number(afterId);
        return (state.events.get(userId) ?? []).filter((e) => Number(e.id) > after).slice(0, limit).map(copy);
      }),
    },
    disputes: {
      get: guard((id: string) => copy(state.disputes.get(id) ?? null)),
      put: guard((dispute: DisputeRecord) => log.set(state.disputes, dispute.id, copy(dispute))),
      findByTransaction: guard((transactionId: string) =>
        copy([...state.disputes.values()].find((d) => d.transactionId === transactionId) ?? null),
      ),
    },
    payouts: {
      put: guard((payout: PayoutRecord) => log.set(state.payouts, payout.id, copy(payout))),
      list: guard((creatorId: string, options: { since?: string; limit: number }) =>
        [...state.payouts.values()]
          .reverse()
          .filter((p) => p.creatorId === creatorId && (options.since === undefined || p.createdAt >= options.since))
          .slice(0, options.limit)
          .map(copy),
      ),
    },
    combos: {
      get: guard((id: string) => copy(state.combos.get(id) ?? null)),
      put: guard((combo: ComboRecord) => log.set(state.combos, combo.id, copy(combo))),
      listOpen: guard(() => [...state.combos.values()].filter((c) => !c.settled).map(copy)),
    },
    catalog: {
      get: guard(() => copy(state.catalog.get('catalog') ?? null)),
      put: guard((catalog: CatalogRecord) => log.set(state.catalog, 'catalog', copy(catalog))),
    },
  };
}
