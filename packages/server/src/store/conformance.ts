/**
 * The conformance suite every `WalletStore` must pass: the in-memory store here, and the SQLite and
 * PostgreSQL stores later. It depends on no test framework (and on no Node built-in), so it runs
 * anywhere: call it from one test and it rejects with every failed case named.
 */
import type { WalletEvent } from '@giftkit/contract';
import { COIN_ISSUANCE, userCoins } from './accounts.js';
import { LedgerError, type LedgerErrorCode } from './ledger-error.js';
import type {
  CatalogRecord, ChallengeRecord, ComboRecord, DisputeRecord, IdempotencyRecord, LedgerTransactionInput,
  NewWalletEvent, PayoutRecord, RechargeRecord, UserRecord,
} from './records.js';
import type { WalletStore, WalletTx } from './wallet-store.js';

/** Makes a fresh, empty store for one conformance case. */
export type StoreFactory = () => WalletStore | Promise<WalletStore>;

/** The outcome of a conformance run that passed. */
export interface StoreConformanceReport {
  /** The names of the cases that ran, all passed. */
  passed: string[];
}

/** One or more conformance cases failed; `failures` says which and why. */
export class StoreConformanceError extends AggregateError {
  override readonly name = 'StoreConformanceError';
  readonly failures: ReadonlyArray<{ case: string; error: unknown }>;

  constructor(failures: ReadonlyArray<{ case: string; error: unknown }>) {
    const lines = failures.map((f) => `  ✗ ${f.case}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
    super(failures.map((f) => f.error), `${failures.length} store conformance case(s) failed:\n${lines.join('\n')}`);
    this.failures = failures;
  }
}

/**
 * Runs every conformance case, each on a fresh store from `makeStore` (closed afterwards).
 * Resolves with the passed cases; rejects with a `StoreConformanceError` naming every failed one.
 *
 * @example
 * ```ts
 * import { test } from 'node:test';
 * import { runStoreConformance } from '@giftkit/server/testing';
 * test('the SQLite store conforms', () => runStoreConformance(() => createSqliteStore(':memory:')));
 * ```
 */
export async function runStoreConformance(makeStore: StoreFactory): Promise<StoreConformanceReport> {
  const failures: Array<{ case: string; error: unknown }> = [];
  const passed: string[] = [];
  for (const [name, run] of Object.entries(CASES)) {
    const store = await makeStore();
    try {
      await run(store);
      passed.push(name);
    } catch (error) {
      failures.push({ case: name, error });
    } finally {
      await store.close();
    }
  }
  if (failures.length > 0) throw new StoreConformanceError(failures);
  return { passed };
}

// ---- assertions (kept local: the suite must not depend on a test framework) ----

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function sameJson(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

async function rejectsWithLedgerError(promise: Promise<unknown>, code: LedgerErrorCode, what: string): Promise<LedgerError> {
  try {
    await promise;
  } catch (error) {
    check(LedgerError.is(error), `${what}: expected a LedgerError, got ${String(error)}`);
    check(error.code === code, `${what}: expected LedgerError ${code}, got ${error.code}`);
    return error;
  }
  throw new Error(`${what}: expected a LedgerError ${code}, but it resolved`);
}

async function eventually(condition: () => boolean, what: string, ms = 1000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    check(Date.now() < until, `${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

// ---- fixtures ----

const T0 = '2026-03-02T10:00:00.000Z';
const T1 = '2026-03-02T11:00:00.000Z';
const T2 = '2026-03-02T12:00:00.000Z';

const user = (id: string, displayName = id): UserRecord => ({
  id, displayName, role: 'viewer', region: 'US', birthDate: '1990-05-04', budgets: [], createdAt: T0, updatedAt: T0,
});

const purchase = (id: string, userId: string, coins: number, createdAt = T0): LedgerTransactionInput => ({
  id,
  createdAt,
  memo: { kind: 'purchase', userId, rechargeId: `rch_${id}`, packageId: null, coins, price: { amount: coins, currency: 'USD' } },
  entries: [
    { account: COIN_ISSUANCE, unit: 'coins', amount: -coins },
    { account: userCoins(userId), unit: 'coins', amount: coins },
    { account: 'provider:clearing:USD', unit: 'USD', amount: coins },
    { account: 'platform:sales:USD', unit: 'USD', amount: -coins },
  ],
});

const spend = (id: string, userId: string, coins: number, createdAt = T1): LedgerTransactionInput => ({
  id,
  createdAt,
  memo: {
    kind: 'gift', senderId: userId, giftId: 'rose', giftName: 'Rose', count: coins, coins, diamonds: 0,
    recipientId: 'creator', recipientName: 'Creator', streamId: 'stream', comboId: null,
  },
  entries: [
    { account: userCoins(userId), unit: 'coins', amount: -coins },
    { account: 'platform:gift_revenue', unit: 'coins', amount: coins },
  ],
});

const balanceEvent = (coins: number): NewWalletEvent => ({
  type: 'balance.changed', createdAt: T0, data: { coins, reason: 'purchase', transactionId: null },
});

const recharge = (id: string, userId: string, status: RechargeRecord['status'], createdAt = T0): RechargeRecord => ({
  id, userId, status, createdAt, updatedAt: createdAt, item: { type: 'custom', coins: 100 }, coins: 100,
  price: { amount: 129, currency: 'USD' }, platform: 'web', paymentMethod: 'card', nextAction: { type: 'none' },
  failure: null, returnUrl: null, transactionId: null,
});

const challenge = (id: string, userId: string, key: string): ChallengeRecord => ({
  id, userId, idempotencyKey: key, operation: 'createRecharge', requestHash: 'h', method: 'sms',
  destination: '•••• 42', length: 6, attemptsLeft: 3, expiresAt: T1, reason: 'amount', status: 'pending', validUntil: null,
});

const dispute = (id: string, transactionId: string): DisputeRecord => ({
  id, transactionId, userId: 'ada', reason: 'not_recognised', status: 'open', createdAt: T0,
});

const payout = (id: string, createdAt: string): PayoutRecord => ({
  id, creatorId: 'lena', diamonds: 2000, amount: { amount: 1000, currency: 'USD' }, status: 'paid', createdAt,
});

const combo = (id: string, settled: boolean): ComboRecord => ({
  id, senderId: 'ada', giftId: 'rose', recipientId: 'lena', streamId: 's', count: 3, coins: 3, lastSentAt: T0, settled,
});

const catalog: CatalogRecord = {
  categories: [{ id: 'popular', name: 'Popular' }],
  gifts: [{ id: 'rose', name: 'Rose', coins: 1, imageUrl: 'https://a.test/rose.webp', animationUrl: null, streakable: true, categoryId: 'popular' }],
  regions: { US: { currency: 'USD', paymentMethods: [{ id: 'card', label: 'Card' }] } },
  packages: [{ id: 'pkg_70', coins: 70, prices: { USD: 99 } }],
  volumeBonus: [],
  promotions: [],
  customAmount: { minCoins: 30, maxCoins: 1000, step: 10 },
};

const idem = (scope: string, key: string): IdempotencyRecord => ({
  scope, key, requestHash: 'abc', createdAt: T0, state: 'in_flight', lockedUntil: T1,
});

/** Everything a unit of work can write, once, so rollback can be checked across all repositories. */
async function writeEverything(tx: WalletTx): Promise<void> {
  await tx.users.put(user('ada'));
  await tx.ledger.post(purchase('ltx_1', 'ada', 50));
  await tx.events.append('ada', balanceEvent(50));
  await tx.idempotency.put(idem('ada:sendGift', 'key-00001'));
  await tx.recharges.put(recharge('rch_1', 'ada', 'pending'));
  await tx.challenges.put(challenge('chl_1', 'ada', 'key-00001'));
  await tx.disputes.put(dispute('dsp_1', 'ltx_1'));
  await tx.payouts.put(payout('pay_1', T0));
  await tx.combos.put(combo('cmb_1', false));
  await tx.catalog.put(catalog);
}

// ---- cases ----

const CASES: Record<string, (store: WalletStore) => Promise<void>> = {
  async 'a unit of work reads its own writes, and later units see them'(store) {
    await store.transaction(async (tx) => {
      await tx.users.put(user('ada', 'Ada'));
      sameJson(await tx.users.get('ada'), user('ada', 'Ada'), 'read inside the unit');
    });
    sameJson(await store.transaction((tx) => tx.users.get('ada')), user('ada', 'Ada'), 'read in a later unit');
    check((await store.transaction((tx) => tx.users.get('nobody'))) === null, 'an unknown user reads as null');
  },

  async 'a failed unit of work leaves nothing written in any repository'(store) {
    const boom = new Error('boom');
    let caught: unknown;
    await store.transaction(async (tx) => {
      await writeEverything(tx);
      throw boom;
    }).catch((error: unknown) => (caught = error));
    check(caught === boom, 'transaction() rejects with the error the unit threw');
    await store.transaction(async (tx) => {
      check((await tx.users.get('ada')) === null, 'user rolled back');
      check((await tx.ledger.get('ltx_1')) === null, 'ledger transaction rolled back');
      check((await tx.ledger.balance(userCoins('ada'), 'coins')) === 0, 'balance rolled back');
      check((await tx.ledger.list({ limit: 10 })).length === 0, 'ledger list empty');
      check((await tx.events.listAfter('ada', null, 10)).length === 0, 'event rolled back');
      check((await tx.idempotency.get('ada:sendGift', 'key-00001')) === null, 'idempotency record rolled back');
      check((await tx.recharges.get('rch_1')) === null, 'recharge rolled back');
      check((await tx.challenges.get('chl_1')) === null, 'challenge rolled back');
      check((await tx.disputes.get('dsp_1')) === null, 'dispute rolled back');
      check((await tx.payouts.list('lena', { limit: 10 })).length === 0, 'payout rolled back');
      check((await tx.combos.get('cmb_1')) === null, 'combo rolled back');
      check((await tx.catalog.get()) === null, 'catalog rolled back');
    });
    // The same writes succeed afterwards: a rollback leaves no stale index or counter behind.
    await store.transaction(writeEverything);
    check((await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins'))) === 50, 'writes after a rollback');
  },

  async 'posting records entries with their running balances and derives balances from them'(store) {
    const first = await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 100)));
    const second = await store.transaction((tx) => tx.ledger.post(spend('ltx_2', 'ada', 30)));
    check(second.seq > first.seq, 'seq increases with every posting');
    sameJson(first.entries.map((e) => e.balanceAfter), [-100, 100, 100, -100], 'balanceAfter of the first posting');
    sameJson(second.entries.map((e) => e.balanceAfter), [70, 30], 'balanceAfter of the second posting');
    await store.transaction(async (tx) => {
      check((await tx.ledger.balance(userCoins('ada'), 'coins')) === 70, 'user balance is the sum of its entries');
      check((await tx.ledger.balance(COIN_ISSUANCE, 'coins')) === -100, 'platform accounts may be negative');
      check((await tx.ledger.balance(userCoins('ada'), 'diamonds')) === 0, 'balances are per unit');
      sameJson(await tx.ledger.get('ltx_2'), second, 'get returns the posting as recorded');
    });
  },

  async 'an unbalanced or invalid posting is refused and writes nothing'(store) {
    const unbalanced = purchase('ltx_1', 'ada', 10);
    unbalanced.entries[3] = { account: 'platform:sales:USD', unit: 'USD', amount: -9 };
    await rejectsWithLedgerError(store.transaction((tx) => tx.ledger.post(unbalanced)), 'unbalanced', 'money off by one');
    const crossUnit = spend('ltx_2', 'ada', 5);
    crossUnit.entries[1] = { account: 'platform:gift_revenue', unit: 'diamonds', amount: 5 };
    await rejectsWithLedgerError(store.transaction((tx) => tx.ledger.post(crossUnit)), 'unbalanced', 'units do not offset each other');
    for (const amount of [0, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      const bad = purchase('ltx_3', 'ada', 10);
      bad.entries = [
        { account: 'a', unit: 'coins', amount },
        { account: 'b', unit: 'coins', amount: -amount },
      ];
      await rejectsWithLedgerError(store.transaction((tx) => tx.ledger.post(bad)), 'invalid_entry', `amount ${amount}`);
    }
    await rejectsWithLedgerError(
      store.transaction((tx) => tx.ledger.post({ ...purchase('ltx_4', 'ada', 1), entries: [] })), 'invalid_entry', 'no entries',
    );
    await store.transaction(async (tx) => {
      check((await tx.ledger.list({ limit: 10 })).length === 0, 'no refused posting was recorded');
      check((await tx.ledger.balance(userCoins('ada'), 'coins')) === 0, 'no balance moved');
    });
  },

  async 'a ledger transaction id is used once'(store) {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10)));
    await rejectsWithLedgerError(store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10))), 'duplicate_id', 'same id twice');
    check((await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins'))) === 10, 'the duplicate moved nothing');
  },

  async 'a debit never takes a user account below zero'(store) {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10)));
    const error = await rejectsWithLedgerError(store.transaction((tx) => tx.ledger.post(spend('ltx_2', 'ada', 11))), 'insufficient_balance', 'overdraft');
    check(error.account === userCoins('ada') && error.unit === 'coins', 'the error names the guarded account and unit');
    check(error.balance === 10 && error.shortfall === 1, `the error says balance 10, shortfall 1 (got ${error.balance}, ${error.shortfall})`);
    await store.transaction(async (tx) => {
      check((await tx.ledger.balance(userCoins('ada'), 'coins')) === 10, 'the balance is untouched');
      check((await tx.ledger.get('ltx_2')) === null, 'the refused debit was not recorded');
      await tx.ledger.post(spend('ltx_3', 'ada', 10));
      check((await tx.ledger.balance(userCoins('ada'), 'coins')) === 0, 'a debit down to exactly zero is allowed');
    });
  },

  async 'concurrent debits: 20 debits of 1 on a balance of 10, exactly 10 succeed'(store) {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_0', 'ada', 10)));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => store.transaction(async (tx) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return tx.ledger.post(spend(`ltx_d${i}`, 'ada', 1));
      })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    check(ok === 10, `exactly 10 debits succeed, got ${ok}`);
    check(
      results.every((r) => r.status === 'fulfilled' || (LedgerError.is(r.reason) && r.reason.code === 'insufficient_balance')),
      'the others fail with insufficient_balance',
    );
    check((await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins'))) === 0, 'the balance ends at zero');
  },

  async 'concurrent read-modify-write units do not lose updates'(store) {
    await store.transaction((tx) => tx.users.put(user('ada', '0')));
    await Promise.all(Array.from({ length: 20 }, () => store.transaction(async (tx) => {
      const current = await tx.users.get('ada');
      check(current, 'user exists');
      await new Promise((resolve) => setTimeout(resolve, 1));
      await tx.users.put({ ...current, displayName: String(Number(current.displayName) + 1) });
    })));
    check((await store.transaction((tx) => tx.users.get('ada')))?.displayName === '20', 'all 20 increments kept');
  },

  async 'the ledger lists newest first, filtered by account, kind and time, paged by seq'(store) {
    await store.transaction(async (tx) => {
      await tx.ledger.post(purchase('ltx_1', 'ada', 100, T0));
      await tx.ledger.post(purchase('ltx_2', 'bob', 100, T0));
      await tx.ledger.post(spend('ltx_3', 'ada', 5, T1));
      await tx.ledger.post(spend('ltx_4', 'ada', 5, T2));
    });
    const ids = (list: Array<{ id: string }>) => list.map((t) => t.id);
    await store.transaction(async (tx) => {
      sameJson(ids(await tx.ledger.list({ limit: 10 })), ['ltx_4', 'ltx_3', 'ltx_2', 'ltx_1'], 'all, newest first');
      sameJson(ids(await tx.ledger.list({ account: userCoins('ada'), limit: 10 })), ['ltx_4', 'ltx_3', 'ltx_1'], 'by account');
      sameJson(ids(await tx.ledger.list({ kind: 'purchase', limit: 10 })), ['ltx_2', 'ltx_1'], 'by kind');
      sameJson(ids(await tx.ledger.list({ since: T1, limit: 10 })), ['ltx_4', 'ltx_3'], 'since is inclusive');
      const firstPage = await tx.ledger.list({ account: userCoins('ada'), limit: 2 });
      sameJson(ids(firstPage), ['ltx_4', 'ltx_3'], 'first page');
      const beforeSeq = firstPage[1]?.seq;
      check(beforeSeq !== undefined, 'page has a last item');
      sameJson(ids(await tx.ledger.list({ account: userCoins('ada'), beforeSeq, limit: 2 })), ['ltx_1'], 'next page');
    });
  },

  async 'idempotency records are kept per scope and key, replaced and deleted'(store) {
    await store.transaction((tx) => tx.idempotency.put(idem('ada:sendGift', 'key-00001')));
    await store.transaction(async (tx) => {
      sameJson(await tx.idempotency.get('ada:sendGift', 'key-00001'), idem('ada:sendGift', 'key-00001'), 'stored record');
      check((await tx.idempotency.get('bob:sendGift', 'key-00001')) === null, 'another user does not see the key');
      check((await tx.idempotency.get('ada:createRecharge', 'key-00001')) === null, 'another operation does not see the key');
      const done: IdempotencyRecord = {
        scope: 'ada:sendGift', key: 'key-00001', requestHash: 'abc', createdAt: T0, state: 'completed',
        response: { status: 201, body: '{"ok":true}' },
      };
      await tx.idempotency.put(done);
      sameJson(await tx.idempotency.get('ada:sendGift', 'key-00001'), done, 'replaced record');
      await tx.idempotency.delete('ada:sendGift', 'key-00001');
      check((await tx.idempotency.get('ada:sendGift', 'key-00001')) === null, 'deleted record');
    });
  },

  async 'event ids increase store-wide and each user reads their own events after an id'(store) {
    const appended = await store.transaction(async (tx) => [
      await tx.events.append('ada', balanceEvent(1)),
      await tx.events.append('bob', balanceEvent(2)),
      await tx.events.append('ada', balanceEvent(3)),
    ]);
    const numbers = appended.map((e) => Number(e.id));
    check(appended.every((e) => /^[0-9]+$/.test(e.id)), 'ids are decimal strings');
    check(numbers[0]! < numbers[1]! && numbers[1]! < numbers[2]!, 'ids increase across users');
    await store.transaction(async (tx) => {
      const all = await tx.events.listAfter('ada', null, 10);
      sameJson(all.map((e) => e.type === 'balance.changed' && e.data.coins), [1, 3], 'ada’s events, oldest first');
      sameJson(await tx.events.listAfter('ada', appended[0]!.id, 10), [appended[2]], 'after an id');
      sameJson(await tx.events.listAfter('ada', appended[2]!.id, 10), [], 'nothing after the last id');
      check((await tx.events.listAfter('ada', null, 1)).length === 1, 'limit is honoured');
    });
  },

  async 'subscribers hear committed events only, after the commit'(store) {
    const heard: WalletEvent[] = [];
    const unsubscribe = store.subscribe('ada', (event) => heard.push(event));
    await store.transaction(async (tx) => {
      await tx.events.append('ada', balanceEvent(1));
      await tx.events.append('bob', balanceEvent(2));
      await new Promise((resolve) => setTimeout(resolve, 5));
      check(heard.length === 0, 'nothing is heard before the commit');
    });
    await eventually(() => heard.length === 1, 'hearing the committed event');
    check(heard[0]?.type === 'balance.changed' && heard[0].data.coins === 1, 'only ada’s event is heard');
    await store.transaction(async (tx) => {
      await tx.events.append('ada', balanceEvent(9));
      throw new Error('rolled back');
    }).catch(() => undefined);
    unsubscribe();
    await store.transaction((tx) => tx.events.append('ada', balanceEvent(4)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    check(heard.length === 1, `no rolled-back or post-unsubscribe event is heard (heard ${heard.length})`);
  },

  async 'recharges list open ones and count a user’s recent ones'(store) {
    await store.transaction(async (tx) => {
      await tx.recharges.put(recharge('rch_1', 'ada', 'requires_action', T0));
      await tx.recharges.put(recharge('rch_2', 'ada', 'succeeded', T1));
      await tx.recharges.put(recharge('rch_3', 'bob', 'pending', T2));
      await tx.recharges.put({ ...recharge('rch_1', 'ada', 'requires_action', T0), status: 'expired' });
    });
    await store.transaction(async (tx) => {
      sameJson((await tx.recharges.listOpen()).map((r) => r.id), ['rch_3'], 'open recharges');
      check((await tx.recharges.countCreatedSince('ada', T0)) === 2, 'ada created two since T0');
      check((await tx.recharges.countCreatedSince('ada', T1)) === 1, 'ada created one since T1');
      check((await tx.recharges.get('rch_1'))?.status === 'expired', 'put replaces');
    });
  },

  async 'challenges are found by user and key, newest first'(store) {
    await store.transaction(async (tx) => {
      await tx.challenges.put(challenge('chl_1', 'ada', 'key-00001'));
      await tx.challenges.put(challenge('chl_2', 'ada', 'key-00001'));
      await tx.challenges.put(challenge('chl_3', 'bob', 'key-00002'));
    });
    await store.transaction(async (tx) => {
      check((await tx.challenges.findByKey('ada', 'key-00001'))?.id === 'chl_2', 'the newest challenge of the key');
      check((await tx.challenges.findByKey('ada', 'key-00002')) === null, 'another user’s key is not found');
      check((await tx.challenges.get('chl_3'))?.userId === 'bob', 'get by id');
    });
  },

  async 'disputes, payouts, combos and the catalog round-trip'(store) {
    await store.transaction(async (tx) => {
      await tx.disputes.put(dispute('dsp_1', 'ltx_9'));
      await tx.payouts.put(payout('pay_1', T0));
      await tx.payouts.put(payout('pay_2', T1));
      await tx.payouts.put({ ...payout('pay_3', T2), creatorId: 'kai' });
      await tx.combos.put(combo('cmb_1', false));
      await tx.combos.put(combo('cmb_2', true));
      await tx.catalog.put(catalog);
    });
    await store.transaction(async (tx) => {
      check((await tx.disputes.findByTransaction('ltx_9'))?.id === 'dsp_1', 'dispute by transaction');
      check((await tx.disputes.findByTransaction('ltx_0')) === null, 'no dispute for another transaction');
      sameJson((await tx.payouts.list('lena', { limit: 10 })).map((p) => p.id), ['pay_2', 'pay_1'], 'payouts newest first');
      sameJson((await tx.payouts.list('lena', { since: T1, limit: 10 })).map((p) => p.id), ['pay_2'], 'payouts since');
      sameJson((await tx.combos.listOpen()).map((c) => c.id), ['cmb_1'], 'open combos');
      sameJson(await tx.catalog.get(), catalog, 'catalog');
    });
  },

  async 'rows are copies: changing a returned or given object does not change the store'(store) {
    const given = user('ada', 'Ada');
    await store.transaction((tx) => tx.users.put(given));
    given.displayName = 'changed after put';
    const read = await store.transaction((tx) => tx.users.get('ada'));
    check(read, 'user exists');
    read.displayName = 'changed after get';
    read.budgets.push({ unit: 'coins', period: 'day', limit: 1 });
    const again = await store.transaction((tx) => tx.users.get('ada'));
    sameJson(again, user('ada', 'Ada'), 'stored user');
    const posted = await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 10)));
    posted.entries[1]!.amount = 1_000;
    check((await store.transaction((tx) => tx.ledger.get('ltx_1')))?.entries[1]?.amount === 10, 'stored entry');
  },

  async 'a unit of work’s tx cannot be used after it ended'(store) {
    let leaked: WalletTx | undefined;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    let failed = false;
    await leaked!.users.put(user('ada')).catch(() => (failed = true));
    check(failed, 'a write through a leaked tx is refused');
    check((await store.transaction((tx) => tx.users.get('ada'))) === null, 'and wrote nothing');
  },
};
