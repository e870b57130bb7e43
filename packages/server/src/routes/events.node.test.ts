import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WalletEvent } from '@giftkit/contract';
import { SEED_USERS } from '../index.js';
import { assertError, makeWallet, tokenFor } from '../test/harness.js';
import { sseReader, type SseBlock } from '../test/sse.js';

const { viewer, creator } = SEED_USERS;

async function open(w: Awaited<ReturnType<typeof makeWallet>>, as: string, lastEventId?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${tokenFor(as)}` };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  const res = await w.app.request('/v1/events', { headers });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
  return sseReader(res.body!);
}

/** The data-less `id:` frame a first connection gets as its resume cursor. */
const cursorOf = (blocks: SseBlock[]) => blocks.find((b) => b.id !== undefined && b.data === undefined)?.id;

test('a first connection starts from now: a resume cursor, no replay of history', async () => {
  const w = await makeWallet();
  const stream = await open(w, viewer);
  // The seed left Ada a purchase and gifts, so she has kept events; none of them is sent again.
  const blocks = await stream.until((b) => cursorOf(b) !== undefined);
  const kept = await w.store.transaction((tx) => tx.events.listAfter(viewer, null, 1000));
  assert.ok(kept.length >= 4, 'the seed left events');
  assert.equal(cursorOf(blocks), kept.at(-1)!.id);
  assert.deepEqual(stream.events(), []);
  await stream.close();
});

test('new events are pushed live as they are committed, each frame with id, event type and the whole event', async () => {
  const w = await makeWallet();
  const viewerStream = await open(w, viewer);
  const creatorStream = await open(w, creator);
  await viewerStream.until((b) => cursorOf(b) !== undefined);
  await creatorStream.until((b) => cursorOf(b) !== undefined);
  const sent = (await w.send({ giftId: 'heart', count: 2 })).json;
  await viewerStream.until(() => viewerStream.events().some((e) => e.data.data.transactionId === sent.id));
  for (const frame of viewerStream.events()) {
    assert.ok(WalletEvent.safeParse(frame.data).success, JSON.stringify(frame.data));
    assert.equal(frame.id, frame.data.id);
    assert.equal(frame.event, frame.data.type);
  }
  const balance = viewerStream.events().find((e) => e.data.data.transactionId === sent.id);
  assert.equal(balance?.event, 'balance.changed');
  assert.deepEqual(balance?.data.data, { coins: 1340, reason: 'gift', transactionId: sent.id });
  await creatorStream.until(() => creatorStream.events().some((e) => e.event === 'gift.received' && e.data.data.giftId === 'heart'));
  const received = creatorStream.events().find((e) => e.data.data.giftId === 'heart');
  assert.deepEqual(received?.data.data, { giftId: 'heart', senderId: viewer, senderName: 'Ada', streamId: 'stream_1', count: 2, diamonds: 10, comboId: null });
  await viewerStream.close();
  await creatorStream.close();
});

test('Last-Event-ID resumes after that event: what happened while away is sent, nothing older', async () => {
  const w = await makeWallet();
  const first = await open(w, viewer);
  const cursor = cursorOf(await first.until((b) => cursorOf(b) !== undefined))!;
  await first.close();
  await w.send({ giftId: 'rose' });
  await w.send({ giftId: 'heart' });
  const resumed = await open(w, viewer, cursor);
  await resumed.until(() => resumed.events().length >= 2);
  const events = resumed.events();
  assert.ok(events.every((e) => Number(e.id) > Number(cursor)));
  assert.deepEqual(events.map((e) => e.event), ['balance.changed', 'balance.changed']);
  await resumed.close();
});

test('the stream sends keep-alive comments', async () => {
  const w = await makeWallet({ config: { sseKeepAliveSeconds: 1 } });
  const stream = await open(w, SEED_USERS.viewerJP);
  const blocks = await stream.until((b) => b.some((x) => x.comment === 'keep-alive'), 3000);
  assert.equal(blocks[0]?.retry, '3000');
  await stream.close();
});

test('a Last-Event-ID that is not an event id is refused; the stream needs a token', async () => {
  const w = await makeWallet();
  const res = await w.call('GET', '/v1/events', { headers: { 'last-event-id': 'abc' } });
  assertError(res, 'validation_failed');
  assertError(await w.call('GET', '/v1/events', { as: null }), 'unauthorized');
});

test('an aborted request closes the stream and stops listening', async () => {
  const w = await makeWallet();
  const controller = new AbortController();
  const res = await w.app.request(new Request('http://wallet.test/v1/events', {
    headers: { authorization: `Bearer ${tokenFor(viewer)}` }, signal: controller.signal,
  }));
  const reader = res.body!.getReader();
  await reader.read();
  controller.abort();
  // The body ends instead of hanging; with its keep-alive timer left running this test would never finish.
  let done = false;
  while (!done) done = (await reader.read()).done;
  assert.equal(done, true);
});
