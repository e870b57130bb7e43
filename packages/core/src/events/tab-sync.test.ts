import { expect } from 'chai';
import type { BalanceUpdate } from '@giftkit/core';
import { useHarness, until } from '../test/harness.js';

describe('cross-tab balance', () => {
  const harness = useHarness();

  it('updates a second instance of the same viewer through BroadcastChannel', async () => {
    const { backend } = harness;
    await backend.state.grant(backend.users.viewer, 500);
    const sender = harness.sdk();
    const otherTab = harness.sdk();
    await Promise.all([sender.wallet.refresh(), otherTab.wallet.refresh()]);
    const updates: BalanceUpdate[] = [];
    otherTab.events.on('balance', (update) => updates.push(update));
    const { gifts } = await sender.gifts.catalog();
    const sent = await sender.gifts.send(gifts[0]!, { recipientId: backend.users.creator, streamId: 'stream_1' });
    await until(() => otherTab.wallet.balance.get().coins === sent.balance, 2000, 'the other tab to update');
    expect(updates.at(-1)).to.deep.include({ coins: sent.balance, source: 'tab' });
    // Only the other tab told it: it made no request of its own.
    expect(updates.every((u) => u.source === 'tab')).to.equal(true);
  });

  it('ignores balances of another viewer on the same site', async () => {
    const { backend } = harness;
    await backend.state.grant(backend.users.viewer, 500);
    const viewer = harness.sdk();
    const someoneElse = harness.sdk({ userId: backend.users.viewerBR });
    await Promise.all([viewer.wallet.refresh(), someoneElse.wallet.refresh()]);
    const theirs = someoneElse.wallet.balance.get().coins;
    const { gifts } = await viewer.gifts.catalog();
    await viewer.gifts.send(gifts[0]!, { recipientId: backend.users.creator, streamId: 'stream_1' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(someoneElse.wallet.balance.get().coins).to.equal(theirs);
  });

  it('runs without BroadcastChannel, where a browser or runtime has none', async () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error -- removing the global on purpose, as in an environment without it
    delete globalThis.BroadcastChannel;
    try {
      const giftkit = harness.sdk();
      const state = await giftkit.wallet.refresh();
      expect(state.status).to.equal('ready');
      giftkit.destroy();
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });
});
