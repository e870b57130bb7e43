import { expect } from 'chai';
import { DEFAULT_FLUSH_INTERVAL, isHttpError, type Gift, type GiftkitError } from '@giftkit/core';
import { useHarness, until } from '../test/harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('combos', () => {
  const harness = useHarness();
  let gift: Gift;
  const target = () => ({ recipientId: harness.backend.users.creator, streamId: 'stream_1' });
  const sends = () => harness.backend.state.requests.filter((r) => r.method === 'POST' && r.path === '/v1/gifts/send');

  beforeEach(async () => {
    const { gifts } = await harness.sdk().gifts.catalog();
    gift = gifts.find((g) => g.streakable) ?? gifts[0]!;
    await harness.backend.state.grant(harness.backend.users.viewer, 200 * gift.coins);
  });

  it('flushes every 800 ms by default', () => {
    expect(DEFAULT_FLUSH_INTERVAL).to.equal(800);
  });

  it('turns 100 taps over 2 s into at most 5 requests that debit exactly 100 gifts', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(200 * gift.coins);
    const giftkit = harness.sdk({ userId });
    const before = await backend.state.balance(userId);
    const combo = giftkit.gifts.combo(gift, target());
    const counts: number[] = [];
    combo.subscribe((state) => counts.push(state.count));
    for (let i = 0; i < 100; i++) {
      combo.tap();
      await sleep(20);
    }
    const final = await combo.end();
    expect(final).to.include({ count: 100, sent: 100, status: 'ended' });
    expect(counts.at(-1)).to.equal(100);
    const requests = sends();
    expect(requests.length).to.be.within(2, 5);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).to.equal(requests.length);
    expect(await backend.state.balance(userId)).to.equal(before - 100 * gift.coins);
    const { data } = await giftkit.wallet.transactions({ limit: 100 });
    const gifts = data.filter((t) => t.type === 'gift');
    expect(gifts.reduce((sum, t) => sum + (t.type === 'gift' ? t.count : 0), 0)).to.equal(100);
    expect(new Set(gifts.map((t) => t.type === 'gift' && t.comboId))).to.deep.equal(new Set([combo.comboId]));
  });

  it('sends the first tap at once and shows the running count and optimistic debit', async () => {
    const giftkit = harness.sdk();
    await giftkit.wallet.refresh();
    const start = giftkit.wallet.balance.get().coins!;
    const combo = giftkit.gifts.combo(gift, { ...target(), flushInterval: 10_000 });
    combo.tap();
    await until(() => sends().length === 1);
    combo.tap();
    combo.tap();
    expect(combo.get().count).to.equal(3);
    expect(giftkit.wallet.balance.get().coins).to.equal(start - 3 * gift.coins);
    await sleep(100);
    expect(sends()).to.have.length(1);
    await combo.end();
    expect(sends()).to.have.length(2);
    expect(giftkit.wallet.balance.get()).to.include({ coins: start - 3 * gift.coins, pending: 0 });
    expect(() => combo.tap()).to.throw(/ended/);
  });

  it('reports each confirmed send to onSent, with the streak’s running count and balance', async () => {
    const giftkit = harness.sdk();
    const reports: { count: number; comboCount: number; balance: number }[] = [];
    const combo = giftkit.gifts.combo(gift, {
      ...target(),
      flushInterval: 10_000,
      onSent: ({ count, comboCount, balance }) => reports.push({ count, comboCount, balance }),
    });
    combo.tap();
    await until(() => reports.length === 1);
    combo.tap();
    combo.tap();
    await combo.end();
    expect(reports.map(({ count, comboCount }) => ({ count, comboCount }))).to.deep.equal([
      { count: 1, comboCount: 1 },
      { count: 2, comboCount: 3 },
    ]);
    expect(reports[1]!.balance).to.equal(reports[0]!.balance - 2 * gift.coins);
  });

  it('does not report a flush the server refused', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(gift.coins);
    const giftkit = harness.sdk({ userId });
    const reports: number[] = [];
    const combo = giftkit.gifts.combo(gift, { ...target(), flushInterval: 10_000, onSent: (s) => reports.push(s.count) });
    combo.tap();
    await until(() => reports.length === 1);
    combo.tap(); // the wallet is empty now: this flush is declined
    const final = await combo.end();
    expect(reports).to.deep.equal([1]);
    expect(final).to.include({ sent: 1, count: 1 });
    expect(await backend.state.balance(userId)).to.equal(0);
  });

  it('reuses a flush’s key on its retry, so a lost response charges once', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    const before = await backend.state.balance(backend.users.viewer);
    backend.faults.add({ kind: 'lose_response', match: { method: 'POST', path: '/v1/gifts/send' } });
    const combo = giftkit.gifts.combo(gift, target());
    combo.tap();
    const final = await combo.end();
    expect(final.sent).to.equal(1);
    const [first, retry] = sends();
    expect(retry?.idempotencyKey).to.equal(first?.idempotencyKey);
    expect(await backend.state.balance(backend.users.viewer)).to.equal(before - gift.coins);
  });

  it('rolls back only the taps of a failed flush and surfaces its error', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk({ retry: 0 });
    await giftkit.wallet.refresh();
    const start = giftkit.wallet.balance.get().coins!;
    const errors: GiftkitError[] = [];
    giftkit.events.on('error', (error) => errors.push(error));
    const combo = giftkit.gifts.combo(gift, { ...target(), flushInterval: 50 });
    combo.tap(); // flushed at once, goes through
    await until(() => combo.get().sent === 1);
    backend.faults.add({ kind: 'status', status: 503, match: { method: 'POST', path: '/v1/gifts/send' } });
    combo.tap();
    combo.tap(); // these two are flushed together, and fail
    await until(() => combo.get().error !== undefined);
    combo.tap(); // the next flush goes through again
    const final = await combo.end();
    expect(final).to.include({ count: 2, sent: 2 });
    expect(isHttpError(final.error) && final.error.status).to.equal(503);
    expect(errors).to.have.length(1);
    await until(() => giftkit.wallet.balance.get().pending === 0);
    expect(await backend.state.balance(backend.users.viewer)).to.equal(start - 2 * gift.coins);
    await until(() => giftkit.wallet.balance.get().coins === start - 2 * gift.coins);
  });
});
