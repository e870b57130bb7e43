import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpendingSummary, TransactionPage, Wallet } from '@giftkit/contract';
import { SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const { viewer, viewerBR, viewerJP, minor, creator, creator2 } = SEED_USERS;

test('GET /v1/wallet shows the seeded balance, region, currency and flags', async () => {
  const w = await makeWallet();
  const ada = assertSchema(Wallet, (await w.call('GET', '/v1/wallet')).json);
  // 1,400 coins bought, 10 Roses and a Doughnut sent.
  assert.deepEqual([ada.userId, ada.coins, ada.region, ada.currency], [viewer, 1360, 'US', 'USD']);
  assert.deepEqual(ada.flags, { ageRestricted: false, regionMismatch: false });
  const bruno = (await w.call('GET', '/v1/wallet', { as: viewerBR })).json;
  assert.deepEqual([bruno.region, bruno.currency], ['BR', 'BRL']);
  assert.equal((await w.call('GET', '/v1/wallet', { as: viewerJP })).json.currency, 'JPY');
  assert.equal((await w.call('GET', '/v1/wallet', { as: minor })).json.flags.ageRestricted, true);
});

test('flags.regionMismatch is set when the request comes from another region than the account', async () => {
  const w = await makeWallet();
  const res = await w.call('GET', '/v1/wallet', { as: `${viewer}@BR` });
  assert.equal(res.json.flags.regionMismatch, true);
  assert.equal(res.json.currency, 'USD', 'prices follow the account');
});

test('the history lists purchases and gifts newest first, paged by an opaque cursor', async () => {
  const w = await makeWallet();
  await w.send({ count: 3 });
  const first = assertSchema(TransactionPage, (await w.call('GET', '/v1/wallet/transactions?limit=2')).json);
  assert.deepEqual(first.data.map((t) => [t.type, t.coins]), [['gift', -3], ['gift', -30]]);
  assert.equal(first.data[0]?.balanceAfter, 1357);
  assert.ok(first.nextCursor);
  const second = (await w.call('GET', `/v1/wallet/transactions?limit=2&cursor=${first.nextCursor}`)).json;
  assert.deepEqual(second.data.map((t: { type: string; coins: number }) => [t.type, t.coins]), [['gift', -10], ['purchase', 1400]]);
  assert.equal(second.data[1].price.currency, 'USD');
  assert.equal(second.data[1].packageId, 'pkg_1400');
  assert.equal(second.nextCursor, null);
});

test('a cursor the API did not give out is a validation error', async () => {
  const w = await makeWallet();
  assertError(await w.call('GET', '/v1/wallet/transactions?cursor=garbage'), 'validation_failed');
  assertError(await w.call('GET', '/v1/wallet/transactions?limit=0'), 'validation_failed');
});

test('PUT /v1/wallet/budgets sets budgets that show spent and remaining, and resets at the window end', async () => {
  const w = await makeWallet();
  const res = await w.call('PUT', '/v1/wallet/budgets', {
    body: { budgets: [{ unit: 'coins', period: 'day', limit: 50 }, { unit: 'money', period: 'month', limit: { amount: 2000, currency: 'USD' } }] },
  });
  assert.equal(res.status, 200);
  const wallet = assertSchema(Wallet, res.json);
  assert.deepEqual(wallet.budgets[0], { unit: 'coins', period: 'day', limit: 50, spent: 0, remaining: 50, resetsAt: '2026-03-05T00:00:00.000Z' });
  // The seeded 1,400-coin purchase ($18.19) was made this month.
  assert.deepEqual(wallet.budgets[1], {
    unit: 'money', period: 'month', limit: { amount: 2000, currency: 'USD' }, spent: { amount: 1819, currency: 'USD' },
    remaining: { amount: 181, currency: 'USD' }, resetsAt: '2026-04-01T00:00:00.000Z',
  });
  await w.send({ giftId: 'doughnut' });
  assert.deepEqual((await w.call('GET', '/v1/wallet')).json.budgets[0].spent, 30);
});

test('a coins budget caps gift spending with budget_exceeded, until the next day', async () => {
  const w = await makeWallet();
  await w.call('PUT', '/v1/wallet/budgets', { body: { budgets: [{ unit: 'coins', period: 'day', limit: 40 }] } });
  assert.equal((await w.send({ giftId: 'doughnut' })).status, 201);
  const details = assertError(await w.send({ giftId: 'perfume' }), 'budget_exceeded');
  assert.deepEqual([details.budget.unit, details.budget.period, details.budget.remaining, details.requested], ['coins', 'day', 10, 20]);
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1330, 'nothing was debited');
  w.advance(12 * 3600);
  assert.equal((await w.send({ giftId: 'perfume' })).status, 201);
});

test('a money budget caps recharges with budget_exceeded', async () => {
  const w = await makeWallet();
  await w.call('PUT', '/v1/wallet/budgets', { body: { budgets: [{ unit: 'money', period: 'week', limit: { amount: 500, currency: 'USD' } }] } });
  assert.equal((await w.recharge({ item: { type: 'package', packageId: 'pkg_350' } })).status, 201);
  const details = assertError(await w.recharge(), 'budget_exceeded');
  assert.deepEqual(details.budget.remaining, { amount: 31, currency: 'USD' });
  assert.deepEqual(details.requested, { amount: 99, currency: 'USD' });
});

test('budgets that cannot stand together are refused', async () => {
  const w = await makeWallet();
  const twice = { budgets: [{ unit: 'coins', period: 'day', limit: 1 }, { unit: 'coins', period: 'day', limit: 2 }] };
  assertError(await w.call('PUT', '/v1/wallet/budgets', { body: twice }), 'validation_failed');
  const otherCurrency = { budgets: [{ unit: 'money', period: 'day', limit: { amount: 100, currency: 'EUR' } }] };
  assertError(await w.call('PUT', '/v1/wallet/budgets', { body: otherCurrency }), 'validation_failed');
  assertError(await w.call('PUT', '/v1/wallet/budgets', { body: { budgets: [{ unit: 'coins', period: 'year', limit: 1 }] } }), 'validation_failed');
  assert.deepEqual((await w.call('GET', '/v1/wallet')).json.budgets, []);
});

test('GET /v1/wallet/spending sums the window’s gifts by creator and the money paid', async () => {
  const w = await makeWallet();
  await w.recharge();
  await w.send({ giftId: 'doughnut', count: 2 });
  await w.send({ giftId: 'rose', recipientId: creator2 });
  const week = assertSchema(SpendingSummary, (await w.call('GET', '/v1/wallet/spending?period=week')).json);
  assert.deepEqual([week.from, week.to], ['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z']);
  // The seeded gifts (Monday) count; the seeded purchase (Sunday) was last week.
  assert.equal(week.totalCoins, 40 + 60 + 1);
  assert.deepEqual(week.totalPurchased, { amount: 99, currency: 'USD' });
  assert.deepEqual(week.byCreator, [
    { creatorId: creator, creatorName: 'Lena Park', coins: 100, gifts: 13 },
    { creatorId: creator2, creatorName: 'Kai Moreno', coins: 1, gifts: 1 },
  ]);
  const month = (await w.call('GET', '/v1/wallet/spending?period=month')).json;
  assert.deepEqual(month.totalPurchased, { amount: 1819 + 99, currency: 'USD' });
});
