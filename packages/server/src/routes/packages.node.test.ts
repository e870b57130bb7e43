import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackageCatalog } from '@giftkit/contract';
import { SEED_USERS } from '../index.js';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

const { viewer, viewerBR, viewerJP } = SEED_USERS;
type Catalog = PackageCatalog;

async function catalogs(as: string) {
  const w = await makeWallet();
  const get = async (platform: string) => assertSchema(PackageCatalog, (await w.call('GET', `/v1/packages?platform=${platform}`, { as })).json) as Catalog;
  return { w, web: await get('web'), ios: await get('ios'), android: await get('android') };
}

for (const [as, currency] of [[viewer, 'USD'], [viewerBR, 'BRL'], [viewerJP, 'JPY']] as const) {
  test(`${currency}: web is cheaper than the app stores, by about their fee`, async () => {
    const { web, ios, android } = await catalogs(as);
    assert.equal(web.currency, currency);
    assert.equal(web.packages.length, 7);
    for (const [i, pkg] of web.packages.entries()) {
      const store = ios.packages[i]!;
      const regular = (p: typeof pkg) => (p.regularPrice ?? p.price).amount;
      assert.ok(regular(store) > regular(pkg), `${pkg.id} costs more on iOS`);
      // 30% on top, rounded up to the minor unit.
      assert.equal(regular(store), Math.floor((regular(pkg) * 13 + 9) / 10));
      assert.deepEqual(android.packages[i]?.price, store.price);
    }
  });

  test(`${currency}: bigger packs give a better rate per coin`, async () => {
    const { web } = await catalogs(as);
    const regular = web.packages.map((p) => ({ coins: p.coins + p.bonusCoins, amount: (p.regularPrice ?? p.price).amount }));
    for (let i = 1; i < regular.length; i += 1) {
      const [small, big] = [regular[i - 1]!, regular[i]!];
      // amount/coins strictly decreasing, compared without division.
      assert.ok(big.amount * small.coins < small.amount * big.coins, `pack ${i} is a better rate than pack ${i - 1}`);
    }
  });
}

test('big packs carry a volume bonus', async () => {
  const { web } = await catalogs(viewer);
  assert.deepEqual(web.packages.map((p) => [p.coins, p.bonusCoins]), [
    [70, 0], [350, 0], [700, 0], [1400, 0], [3500, 105], [7000, 350], [17500, 1400],
  ]);
});

test('the running promotion shows its price, the regular price and its end, until it ends', async () => {
  const { w, web } = await catalogs(viewer);
  const promoted = web.packages.find((p) => p.promotion !== null);
  assert.equal(promoted?.id, 'pkg_700');
  assert.deepEqual(promoted?.regularPrice, { amount: 919, currency: 'USD' });
  assert.deepEqual(promoted?.price, { amount: 919 - 183, currency: 'USD' });
  assert.equal(promoted?.promotion?.endsAt, '2026-03-07T12:00:00.000Z');
  const bought = await w.recharge({ item: { type: 'package', packageId: 'pkg_700' } });
  assert.deepEqual(bought.json.recharge.price, { amount: 736, currency: 'USD' }, 'the recharge pays the promotional price');
  w.advance(3 * 86_400);
  const after = (await w.call('GET', '/v1/packages')).json as Catalog;
  const pkg = after.packages.find((p) => p.id === 'pkg_700');
  assert.deepEqual([pkg?.promotion, pkg?.regularPrice, pkg?.price.amount], [null, null, 919]);
});

test('custom amounts are offered on the web at the base pack’s rate, not on the app stores', async () => {
  const { web, ios } = await catalogs(viewer);
  assert.deepEqual(web.customAmount, { minCoins: 30, maxCoins: 2_500_000, step: 10, rate: { coins: 70, price: { amount: 99, currency: 'USD' } } });
  assert.equal(ios.customAmount, null);
});

test('payment methods follow the region on the web and the store on apps', async () => {
  const { web, ios, android } = await catalogs(viewerBR);
  assert.deepEqual(web.paymentMethods.map((m) => m.id), ['card', 'pix', 'boleto']);
  assert.deepEqual(ios.paymentMethods.map((m) => m.id), ['apple_pay']);
  assert.deepEqual(android.paymentMethods.map((m) => m.id), ['google_pay']);
});

test('the platform defaults to web; an unknown platform is a validation error', async () => {
  const w = await makeWallet();
  assert.equal((await w.call('GET', '/v1/packages')).json.platform, 'web');
  assertError(await w.call('GET', '/v1/packages?platform=desktop'), 'validation_failed');
});
