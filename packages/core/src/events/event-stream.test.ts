import { expect } from 'chai';
import { isSchemaError, type BalanceUpdate, type GiftEvent, type GiftkitError, type Gift } from '@giftkit/core';
import { useHarness, until } from '../test/harness.js';

/**
 * A fetch that passes requests on, records the Last-Event-ID of each stream request, and can cut the
 * open event stream as a dropped connection would.
 */
function droppableFetch() {
  const lastEventIds: (string | null)[] = [];
  let cut: (() => void) | undefined;
  const wrapped: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    if (!request.url.endsWith('/v1/events') || !response.body) return response;
    lastEventIds.push(request.headers.get('last-event-id'));
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        cut = () => {
          controller.error(new TypeError('network connection lost'));
          void reader.cancel().catch(() => {});
        };
      },
      async pull(controller) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { fetch: wrapped, lastEventIds, cut: () => cut?.() };
}

describe('event stream', () => {
  const harness = useHarness();
  let gift: Gift;

  beforeEach(async () => {
    const { gifts } = await harness.sdk().gifts.catalog();
    gift = gifts.reduce((a, b) => (a.coins <= b.coins ? a : b));
    await harness.backend.state.grant(harness.backend.users.viewer, 1000);
  });

  it('delivers the balance change of a send made by another client', async () => {
    const watcher = harness.sdk();
    await watcher.wallet.refresh();
    const updates: BalanceUpdate[] = [];
    watcher.events.on('balance', (update) => updates.push(update));
    watcher.events.connect();
    await until(() => watcher.events.status.get() === 'open');

    const other = harness.sdk();
    const sent = await other.gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_1' });
    await until(() => updates.some((u) => u.source === 'stream' && u.coins === sent.balance), 3000, 'the streamed balance');
    expect(watcher.wallet.balance.get().coins).to.equal(sent.balance);
  });

  it('delivers gift events to the creator', async () => {
    const creator = harness.sdk({ userId: harness.backend.users.creator });
    const received: GiftEvent[] = [];
    creator.events.on('gift', (event) => received.push(event));
    creator.events.connect();
    await until(() => creator.events.status.get() === 'open');
    await harness.sdk().gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_9', count: 2 });
    const isOurs = (e: GiftEvent) => e.type === 'gift.received' && e.data.streamId === 'stream_9';
    await until(() => received.some(isOurs), 3000, 'the gift event');
    const event = received.find(isOurs);
    expect(event?.type === 'gift.received' && event.data).to.include({ giftId: gift.id, streamId: 'stream_9', count: 2 });
  });

  it('reconnects after a dropped connection and resumes from the Last-Event-ID', async () => {
    const network = droppableFetch();
    const watcher = harness.sdk({ fetch: network.fetch });
    const updates: BalanceUpdate[] = [];
    watcher.events.on('balance', (update) => updates.push(update));
    watcher.events.connect();
    await until(() => watcher.events.status.get() === 'open');
    const other = harness.sdk();
    const first = await other.gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_1' });
    await until(() => updates.some((u) => u.coins === first.balance), 3000, 'the first event');

    network.cut();
    await until(() => watcher.events.status.get() === 'connecting', 3000, 'the drop to be noticed');
    // Sent while the stream is down: only a resumed stream can deliver it.
    const second = await other.gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_1' });
    await until(() => updates.some((u) => u.coins === second.balance), 5000, 'the missed event');
    expect(network.lastEventIds).to.have.length(2);
    expect(network.lastEventIds[0]).to.equal(null);
    expect(network.lastEventIds[1]).to.be.a('string').and.not.equal('');
  });

  it('resumes after disconnect() and connect() without losing the events in between', async () => {
    const network = droppableFetch();
    const watcher = harness.sdk({ fetch: network.fetch });
    const updates: BalanceUpdate[] = [];
    watcher.events.on('balance', (update) => updates.push(update));
    watcher.events.connect();
    await until(() => watcher.events.status.get() === 'open');
    const other = harness.sdk();
    const first = await other.gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_1' });
    await until(() => updates.some((u) => u.coins === first.balance));
    watcher.events.disconnect();
    expect(watcher.events.status.get()).to.equal('disconnected');
    const second = await other.gifts.send(gift, { recipientId: harness.backend.users.creator, streamId: 'stream_1' });
    watcher.events.connect();
    await until(() => updates.some((u) => u.coins === second.balance), 3000, 'the event sent while disconnected');
    expect(network.lastEventIds[1]).to.be.a('string').and.not.equal('');
  });

  it('reports an event that breaks the contract as a SchemaError and keeps going', async () => {
    const frames = [
      'id: 1\nevent: balance.changed\ndata: {"type":"balance.changed","id":"1"}\n\n',
      `id: 2\nevent: balance.changed\ndata: ${JSON.stringify({
        type: 'balance.changed', id: '2', createdAt: new Date().toISOString(),
        data: { coins: 77, reason: 'adjustment', transactionId: null },
      })}\n\n`,
    ];
    const giftkit = harness.sdk({
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (!request.url.endsWith('/v1/events')) return fetch(request);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const frame of frames) controller.enqueue(new TextEncoder().encode(frame));
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      },
    });
    const errors: GiftkitError[] = [];
    giftkit.events.on('error', (error) => errors.push(error));
    giftkit.events.connect();
    await until(() => giftkit.wallet.balance.get().coins === 77, 3000, 'the valid event');
    expect(errors).to.have.length(1);
    expect(isSchemaError(errors[0])).to.equal(true);
  });
});
