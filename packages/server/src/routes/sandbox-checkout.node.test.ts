import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RechargeResult } from '@giftkit/contract';
import { assertError, assertSchema, makeWallet } from '../test/harness.js';

async function checkout(returnUrl?: string) {
  const w = await makeWallet();
  const { recharge } = (await w.recharge({ testToken: undefined, ...(returnUrl ? { returnUrl } : {}) })).json;
  return { w, id: recharge.id as string };
}

const form = (outcome: string) => ({
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `outcome=${outcome}`,
});

test('the checkout page shows the purchase and three script-free forms: Pay, Decline, Cancel', async () => {
  const { w, id } = await checkout();
  const res = await w.app.request(`/sandbox/checkout/${id}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const html = await res.text();
  assert.match(html, /70 coins for USD 0\.99/);
  assert.doesNotMatch(html, /<script/i);
  for (const [outcome, label] of [['succeed', 'Pay'], ['decline', 'Decline'], ['cancel', 'Cancel']]) {
    assert.match(html, new RegExp(`action="${id}/complete"><input type="hidden" name="outcome" value="${outcome}"><button[^>]*>${label}</button>`));
  }
});

test('paying through the form redirects to the returnUrl with the recharge id and status', async () => {
  const { w, id } = await checkout('https://site.example/wallet?tab=coins');
  const res = await w.app.request(`/sandbox/checkout/${id}/complete`, form('succeed'));
  assert.equal(res.status, 303);
  const location = new URL(res.headers.get('location')!);
  assert.equal(location.origin + location.pathname, 'https://site.example/wallet');
  assert.deepEqual(Object.fromEntries(location.searchParams), { tab: 'coins', giftkit_recharge_id: id, giftkit_status: 'succeeded' });
  assert.equal((await w.call('GET', '/v1/wallet')).json.coins, 1430);
});

test('declining or cancelling ends the recharge without coins', async () => {
  for (const [outcome, status, text] of [['decline', 'declined', 'was declined'], ['cancel', 'canceled', 'was canceled']]) {
    const { w, id } = await checkout();
    const res = await w.app.request(`/sandbox/checkout/${id}/complete`, form(outcome!));
    assert.equal(res.status, 200);
    assert.match(await res.text(), new RegExp(`This payment ${text}`));
    const read = (await w.call('GET', `/v1/recharges/${id}`)).json;
    assert.deepEqual([read.recharge.status, read.balance], [status, 1360]);
  }
});

test('a JSON outcome without returnUrl answers the recharge; a second choice changes nothing', async () => {
  const { w, id } = await checkout();
  const res = await w.call('POST', `/sandbox/checkout/${id}/complete`, { as: null, body: { outcome: 'succeed' } });
  assert.equal(res.status, 200);
  const result = assertSchema(RechargeResult, res.json);
  assert.deepEqual([result.recharge.status, result.balance], ['succeeded', 1430]);
  const again = await w.call('POST', `/sandbox/checkout/${id}/complete`, { as: null, body: { outcome: 'decline' } });
  assert.deepEqual([again.json.recharge.status, again.json.balance], ['succeeded', 1430]);
  const page = await (await w.app.request(`/sandbox/checkout/${id}`)).text();
  assert.match(page, /This payment went through/);
  assert.doesNotMatch(page, /<form/, 'no choices are offered any more');
});

test('unknown recharges and outcomes are refused', async () => {
  const { w, id } = await checkout();
  assertError(await w.call('GET', '/sandbox/checkout/rch_nope', { as: null }), 'not_found');
  assertError(await w.call('POST', `/sandbox/checkout/${id}/complete`, { as: null, body: { outcome: 'maybe' } }), 'validation_failed');
  assertError(await w.call('POST', '/sandbox/checkout/rch_nope/complete', { as: null, body: { outcome: 'succeed' } }), 'not_found');
});
