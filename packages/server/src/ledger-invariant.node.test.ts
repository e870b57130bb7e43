import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { auditLedger, SEED_USERS } from './index.js';
import { makeWallet } from './test/harness.js';

const viewers = [SEED_USERS.viewer, SEED_USERS.viewerBR, SEED_USERS.viewerJP];
const creators = [SEED_USERS.creator, SEED_USERS.creator2];

// One arbitrary request of the money-moving kind; many of them are refused, which must move nothing.
const action = fc.oneof(
  fc.record({ kind: fc.constant('recharge' as const), as: fc.constantFrom(...viewers), coins: fc.integer({ min: 3, max: 400 }).map((n) => n * 10), token: fc.constantFrom('tok_success', 'tok_declined', 'tok_pending', 'tok_redirect') }),
  fc.record({ kind: fc.constant('gift' as const), as: fc.constantFrom(...viewers), to: fc.constantFrom(...creators), giftId: fc.constantFrom('rose', 'doughnut', 'galaxy', 'universe'), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('payout' as const), as: fc.constantFrom(...creators), diamonds: fc.integer({ min: 1500, max: 9000 }) }),
  fc.record({ kind: fc.constant('checkout' as const), outcome: fc.constantFrom('succeed', 'decline', 'cancel') }),
  fc.record({ kind: fc.constant('wait' as const), seconds: fc.integer({ min: 1, max: 3600 }) }),
);

test('after any sequence of recharges, gifts, payouts and checkouts the ledger balances per unit and no user is overdrawn', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { maxLength: 25 }), async (actions) => {
      const w = await makeWallet();
      const paymentMethod = { [SEED_USERS.viewer]: 'card', [SEED_USERS.viewerBR]: 'pix', [SEED_USERS.viewerJP]: 'konbini' };
      const open: string[] = [];
      for (const a of actions) {
        if (a.kind === 'recharge') {
          const res = await w.recharge({ item: { type: 'custom', coins: a.coins }, testToken: a.token, paymentMethod: paymentMethod[a.as] }, { as: a.as });
          if (res.json?.recharge?.status === 'requires_action') open.push(res.json.recharge.id);
        } else if (a.kind === 'gift') {
          await w.send({ giftId: a.giftId, recipientId: a.to, count: a.count }, { as: a.as });
        } else if (a.kind === 'payout') {
          await w.call('POST', '/v1/creator/payouts', { as: a.as, key: w.key(), body: { diamonds: a.diamonds } });
        } else if (a.kind === 'checkout') {
          const id = open.shift();
          if (id) await w.call('POST', `/sandbox/checkout/${id}/complete`, { as: null, body: { outcome: a.outcome } });
        } else {
          w.advance(a.seconds);
        }
      }
      const audit = await auditLedger(w.store);
      assert.deepEqual([audit.unbalanced, audit.balanceMismatches, audit.overdrawn], [[], [], []]);
      // The balance the API reports is the sum of the history it lists.
      for (const as of viewers) {
        const wallet = (await w.call('GET', '/v1/wallet', { as })).json;
        let sum = 0;
        let cursor: string | null = null;
        do {
          const page: { data: Array<{ coins: number }>; nextCursor: string | null } =
            (await w.call('GET', `/v1/wallet/transactions?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { as })).json;
          sum += page.data.reduce((total, t) => total + t.coins, 0);
          cursor = page.nextCursor;
        } while (cursor);
        assert.equal(wallet.coins, sum);
      }
      assert.deepEqual(w.errors, [], 'no unexpected error');
    }),
    { numRuns: 40 },
  );
});
