import { expect } from 'chai';
import { isPaymentDeclinedError, type BalanceState, type Transaction } from '@giftkit/core';
import { useHarness, until, rejectionOf } from '../test/harness.js';

describe('wallet', () => {
  const harness = useHarness();

  it('loads the balance into the store on the first subscription, going idle → loading → ready', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    expect(giftkit.wallet.balance.get()).to.deep.equal({ status: 'idle', coins: null, pending: 0 });
    const seen: BalanceState[] = [];
    const stop = giftkit.wallet.balance.subscribe((state) => seen.push(state));
    await until(() => giftkit.wallet.balance.get().status === 'ready');
    stop();
    expect(seen.map((s) => s.status)).to.deep.equal(['idle', 'loading', 'ready']);
    expect(giftkit.wallet.balance.get().coins).to.equal(await backend.state.balance(backend.users.viewer));
  });

  it('shows a failed load as the error status, and recovers on refresh', async () => {
    const giftkit = harness.sdk({ retry: 0 });
    harness.backend.faults.add({ kind: 'status', status: 500, match: { path: '/v1/wallet' } });
    await rejectionOf(giftkit.wallet.refresh());
    expect(giftkit.wallet.balance.get().status).to.equal('error');
    expect(giftkit.wallet.balance.get().error?.status).to.equal(500);
    const state = await giftkit.wallet.refresh();
    expect(state.status).to.equal('ready');
    expect(state.error).to.equal(undefined);
  });

  it('refreshes to the server balance after it changed elsewhere', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    await giftkit.wallet.refresh();
    await backend.state.grant(backend.users.viewer, 250);
    const state = await giftkit.wallet.refresh();
    expect(state.coins).to.equal(await backend.state.balance(backend.users.viewer));
    const wallet = await giftkit.wallet.get();
    expect(wallet.coins).to.equal(state.coins);
  });

  describe('history', () => {
    let userId: string;

    beforeEach(async () => {
      const { backend } = harness;
      userId = await harness.newViewer(100);
      const giftkit = harness.sdk({ userId });
      const { gifts } = await giftkit.gifts.catalog();
      const cheapest = gifts.reduce((a, b) => (a.coins <= b.coins ? a : b));
      for (let i = 0; i < 5; i++) await giftkit.gifts.send(cheapest, { recipientId: backend.users.creator, streamId: 'stream_1' });
    });

    it('pages through transactions by cursor, newest first', async () => {
      const giftkit = harness.sdk({ userId });
      const first = await giftkit.wallet.transactions({ limit: 2 });
      expect(first.data).to.have.length(2);
      expect(first.nextCursor).to.be.a('string');
      const second = await giftkit.wallet.transactions({ limit: 2, cursor: first.nextCursor! });
      expect(second.data.map((t) => t.id)).not.to.include.members(first.data.map((t) => t.id));
      const times = [...first.data, ...second.data].map((t) => Date.parse(t.createdAt));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });

    it('iterates over every page with for await, one request per page', async () => {
      const giftkit = harness.sdk({ userId });
      const paged: string[] = [];
      let pages = 0;
      for (let cursor: string | null | undefined; cursor !== null; pages++) {
        const page = await giftkit.wallet.transactions({ limit: 2, ...(cursor ? { cursor } : {}) });
        paged.push(...page.data.map((t) => t.id));
        cursor = page.nextCursor;
      }
      const countPageRequests = () => harness.backend.state.requests.filter((r) => r.path === '/v1/wallet/transactions').length;
      const before = countPageRequests();
      const all: Transaction[] = [];
      for await (const transaction of giftkit.wallet.allTransactions({ limit: 2 })) all.push(transaction);
      expect(all.map((t) => t.id)).to.deep.equal(paged);
      expect(all.filter((t) => t.type === 'gift')).to.have.length(5);
      expect(countPageRequests() - before).to.equal(pages);
    });

    it('sums what was given in the spending summary', async () => {
      const giftkit = harness.sdk({ userId });
      const summary = await giftkit.wallet.spending('week');
      expect(summary.period).to.equal('week');
      expect(summary.byCreator.find((c) => c.creatorId === harness.backend.users.creator)?.gifts).to.equal(5);
    });
  });

  it('sets budgets, reads them back and says what is left of each', async () => {
    const giftkit = harness.sdk({ userId: await harness.newViewer(100) });
    const wallet = await giftkit.wallet.setBudgets([
      { unit: 'coins', period: 'day', limit: 500 },
      { unit: 'money', period: 'month', limit: { amount: 50_000, currency: (await giftkit.wallet.get()).currency } },
    ]);
    expect(wallet.budgets.map((b) => `${b.unit}:${b.period}`)).to.have.members(['coins:day', 'money:month']);
    expect((await giftkit.wallet.budgets()).length).to.equal(2);
    expect(await giftkit.wallet.remaining('coins', 'day')).to.equal(500);
    // The granted coins were bought this month, so part of the money budget is spent already.
    const money = wallet.budgets.find((b) => b.unit === 'money');
    expect(await giftkit.wallet.remaining('money', 'month')).to.deep.equal(money?.remaining);
    expect(money?.remaining.amount).to.be.below(50_000);
    expect(await giftkit.wallet.remaining('coins', 'week')).to.equal(null);
    await giftkit.wallet.setBudgets([]);
    expect(await giftkit.wallet.budgets()).to.deep.equal([]);
  });

  describe('recharges', () => {
    it('buys a package and takes the new balance into the store', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      await giftkit.wallet.refresh();
      const catalog = await giftkit.pricing.packages();
      const pkg = catalog.packages[0]!;
      const before = await backend.state.balance(backend.users.viewer);
      const recharges: string[] = [];
      giftkit.events.on('recharge', (recharge) => recharges.push(recharge.status));
      const result = await giftkit.wallet.recharge(
        { type: 'package', packageId: pkg.id },
        { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_success' },
      );
      expect(result.recharge.status).to.equal('succeeded');
      expect(result.balance).to.equal(before + pkg.coins + pkg.bonusCoins);
      expect(giftkit.wallet.balance.get().coins).to.equal(result.balance);
      expect(recharges).to.deep.equal(['succeeded']);
    });

    it('throws PaymentDeclinedError when the provider declines, and charges nothing', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const catalog = await giftkit.pricing.packages();
      const before = await backend.state.balance(backend.users.viewer);
      const error = await rejectionOf(giftkit.wallet.recharge(
        { type: 'package', packageId: catalog.packages[0]!.id },
        { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_declined' },
      ));
      expect(isPaymentDeclinedError(error)).to.equal(true);
      expect(await backend.state.balance(backend.users.viewer)).to.equal(before);
    });

    it('polls a redirect checkout until it completes', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const catalog = await giftkit.pricing.packages();
      const created = await giftkit.wallet.recharge(
        { type: 'package', packageId: catalog.packages[0]!.id },
        { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_redirect', returnUrl: 'https://host.example/back' },
      );
      expect(created.recharge.status).to.equal('requires_action');
      expect(created.recharge.nextAction.type).to.equal('redirect');
      setTimeout(() => void backend.state.completeCheckout(created.recharge.id, 'succeed'), 150);
      const done = await giftkit.wallet.waitForRecharge(created.recharge.id, { interval: 50 });
      expect(done.recharge.status).to.equal('succeeded');
      const polls = backend.state.requests.filter((r) => r.path === `/v1/recharges/${created.recharge.id}`);
      expect(polls.length).to.be.greaterThan(1);
      expect(await giftkit.wallet.getRecharge(created.recharge.id)).to.have.nested.property('recharge.status', 'succeeded');
    });

    it('ends the wait at once on a recharge.updated event of the connected stream', async () => {
      const { backend } = harness;
      const giftkit = harness.sdk();
      const catalog = await giftkit.pricing.packages();
      const created = await giftkit.wallet.recharge(
        { type: 'custom', coins: catalog.customAmount!.minCoins },
        { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_redirect' },
      );
      giftkit.events.connect();
      await until(() => giftkit.events.status.get() === 'open');
      // Polls would be a minute apart: only the event can end the wait in time.
      const waiting = giftkit.wallet.waitForRecharge(created.recharge.id, { interval: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const completedAt = performance.now();
      await backend.state.completeCheckout(created.recharge.id, 'cancel');
      const done = await waiting;
      expect(done.recharge.status).to.equal('canceled');
      expect(performance.now() - completedAt).to.be.below(3000);
    });

    it('stops waiting when the signal aborts', async () => {
      const giftkit = harness.sdk();
      const catalog = await giftkit.pricing.packages();
      const created = await giftkit.wallet.recharge(
        { type: 'package', packageId: catalog.packages[0]!.id },
        { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_redirect' },
      );
      const controller = new AbortController();
      const waiting = giftkit.wallet.waitForRecharge(created.recharge.id, { interval: 50, signal: controller.signal });
      setTimeout(() => controller.abort(new Error('left the page')), 120);
      expect(await rejectionOf(waiting)).to.have.property('message', 'left the page');
    });
  });

  it('files a dispute for a transaction', async () => {
    const giftkit = harness.sdk({ userId: await harness.newViewer(10) });
    const { data } = await giftkit.wallet.transactions();
    const dispute = await giftkit.wallet.dispute({ transactionId: data[0]!.id, reason: 'not_recognised' });
    expect(dispute.transactionId).to.equal(data[0]!.id);
    expect(dispute.status).to.equal('open');
  });
});
