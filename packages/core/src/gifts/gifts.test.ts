import { expect } from 'chai';
import {
  isAgeRestrictedError, isBudgetExceededError, isHttpError, isInsufficientFundsError, type Gift,
} from '@giftkit/core';
import { useHarness, until, rejectionOf } from '../test/harness.js';

describe('gifts', () => {
  const harness = useHarness();
  let cheapest: Gift;
  const target = () => ({ recipientId: harness.backend.users.creator, streamId: 'stream_1' });

  beforeEach(async () => {
    const { gifts } = await harness.sdk().gifts.catalog();
    cheapest = gifts.reduce((a, b) => (a.coins <= b.coins ? a : b));
    await harness.backend.state.grant(harness.backend.users.viewer, 1000);
  });

  describe('catalog', () => {
    it('revalidates with If-None-Match and answers a 304 from the cache', async () => {
      const conditional: (string | null)[] = [];
      const giftkit = harness.sdk({
        fetch: (input, init) => {
          const request = new Request(input, init);
          conditional.push(request.headers.get('if-none-match'));
          return fetch(request);
        },
      });
      const first = await giftkit.gifts.catalog();
      const second = await giftkit.gifts.catalog();
      expect(conditional[0]).to.equal(null);
      expect(conditional[1]).to.be.a('string').and.not.equal('');
      const statuses = harness.backend.state.requests.filter((r) => r.path === '/v1/gifts').map((r) => r.status);
      expect(statuses.slice(-2)).to.deep.equal([200, 304]);
      expect(second).to.equal(first);
      expect(second.gifts.length).to.be.greaterThan(0);
    });

    it('shares one request between concurrent callers', async () => {
      const giftkit = harness.sdk();
      const before = harness.backend.state.requests.length;
      const [a, b] = await Promise.all([giftkit.gifts.catalog(), giftkit.gifts.catalog()]);
      expect(a).to.equal(b);
      expect(harness.backend.state.requests.length - before).to.equal(1);
    });
  });

  describe('send', () => {
    it('sends a gift by id, debits the wallet and returns the server balance', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const before = await backend.state.balance(backend.users.viewer);
      const sent = await giftkit.gifts.send(cheapest.id, { ...target(), count: 3 });
      expect(sent.count).to.equal(3);
      expect(sent.coins).to.equal(3 * cheapest.coins);
      expect(sent.balance).to.equal(before - 3 * cheapest.coins);
      expect(await backend.state.balance(backend.users.viewer)).to.equal(sent.balance);
    });

    it('debits the balance store before the response and takes the server balance after it', async () => {
      const giftkit = harness.sdk();
      await giftkit.wallet.refresh();
      const before = giftkit.wallet.balance.get().coins!;
      harness.backend.faults.add({ kind: 'latency', ms: 300, match: { method: 'POST', path: '/v1/gifts/send' } });
      const sending = giftkit.gifts.send(cheapest, { ...target(), count: 2 });
      await until(() => giftkit.wallet.balance.get().pending > 0);
      expect(giftkit.wallet.balance.get()).to.include({ coins: before - 2 * cheapest.coins, pending: 2 * cheapest.coins });
      const sent = await sending;
      expect(giftkit.wallet.balance.get()).to.include({ coins: sent.balance, pending: 0, status: 'ready' });
    });

    it('rolls the optimistic debit back when the send fails', async () => {
      const giftkit = harness.sdk();
      await giftkit.wallet.refresh();
      const before = giftkit.wallet.balance.get().coins!;
      const seen: number[] = [];
      giftkit.wallet.balance.subscribe((state) => seen.push(state.coins!));
      harness.backend.faults.add({ kind: 'status', status: 500, match: { method: 'POST', path: '/v1/gifts/send' }, times: 10 });
      const error = await rejectionOf(giftkit.gifts.send(cheapest, target()));
      expect(isHttpError(error) && error.status).to.equal(500);
      expect(seen).to.include(before - cheapest.coins);
      await until(() => giftkit.wallet.balance.get().coins === before && giftkit.wallet.balance.get().pending === 0);
    });

    it('throws InsufficientFundsError with the shortfall', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const balance = await backend.state.balance(backend.users.viewer);
      const count = Math.floor(balance / cheapest.coins) + 1;
      const error = await rejectionOf(giftkit.gifts.send(cheapest, { ...target(), count }));
      expect(isInsufficientFundsError(error)).to.equal(true);
      if (isInsufficientFundsError(error)) expect(error.shortfall).to.equal(count * cheapest.coins - balance);
      expect(giftkit.wallet.balance.get().pending).to.equal(0);
    });

    it('throws BudgetExceededError when a coin budget would be passed', async () => {
      const giftkit = harness.sdk();
      await giftkit.wallet.setBudgets([{ unit: 'coins', period: 'day', limit: cheapest.coins }]);
      const error = await rejectionOf(giftkit.gifts.send(cheapest, { ...target(), count: 2 }));
      expect(isBudgetExceededError(error)).to.equal(true);
      if (isBudgetExceededError(error)) expect(error.budget).to.include({ unit: 'coins', period: 'day' });
    });

    it('throws AgeRestrictedError for a viewer under age', async () => {
      const { backend } = harness;
      await backend.state.setAge(backend.users.viewer, 15);
      const error = await rejectionOf(harness.sdk().gifts.send(cheapest, target()));
      expect(isAgeRestrictedError(error)).to.equal(true);
    });

    it('refuses a count outside 1–9999 before any request', async () => {
      const giftkit = harness.sdk();
      const before = harness.backend.state.requests.length;
      expect(await rejectionOf(giftkit.gifts.send(cheapest, { ...target(), count: 0 }))).to.be.instanceOf(RangeError);
      expect(await rejectionOf(giftkit.gifts.send(cheapest, { ...target(), count: 1.5 }))).to.be.instanceOf(RangeError);
      expect(harness.backend.state.requests.length).to.equal(before);
    });
  });
});
