/**
 * The `GET /v1/events` stream: Server-Sent Events of one user, resumed after `Last-Event-ID` from the
 * store's event log, then pushed live from the store's pub/sub, with keep-alive comments.
 */
import type { WalletEvent } from '@giftkit/contract';
import { runHousekeeping } from '../domain/housekeeping.js';
import type { AppDeps } from './env.js';

const encoder = new TextEncoder();
const BACKLOG_LIMIT = 1000;

/** One SSE frame: `id:`, `event:` and `data:` (the JSON of the whole event, which holds no newline). */
export const sseFrame = (event: WalletEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/** The id of the user's newest kept event, or null when there is none. */
async function newestEventId(deps: AppDeps, userId: string): Promise<string | null> {
  let newest: string | null = null;
  for (;;) {
    const page = await deps.store.transaction((tx) => tx.events.listAfter(userId, newest, BACKLOG_LIMIT));
    if (page.length > 0) newest = page[page.length - 1]!.id;
    if (page.length < BACKLOG_LIMIT) return newest;
  }
}

/**
 * A `text/event-stream` response of `userId`'s events after `lastEventId`, then every event committed
 * while it is open. A first connection (no `Last-Event-ID`) starts from now: instead of replaying
 * history, which a client would take for new gifts and stale balances, it gets the newest event id as a
 * data-less `id:` frame, so that its reconnects resume from there without a gap. It ends when the
 * client goes away (`signal`) or cancels.
 */
export function eventStreamResponse(deps: AppDeps, userId: string, lastEventId: string | null, signal: AbortSignal): Response {
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let lastSent = lastEventId === null ? 0 : Number(lastEventId);
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (event: WalletEvent) => {
        // Events heard live while the backlog is read would otherwise go out twice.
        if (Number(event.id) <= lastSent) return;
        lastSent = Number(event.id);
        write(sseFrame(event));
      };
      const heardDuringReplay: WalletEvent[] = [];
      let replaying = true;
      const unsubscribe = deps.store.subscribe(userId, (event) => (replaying ? heardDuringReplay.push(event) : send(event)));
      // The tick also runs housekeeping, so a combo that went quiet is announced without another request.
      const keepAlive = setInterval(() => {
        write(': keep-alive\n\n');
        runHousekeeping(deps.store, deps.ctx).catch(deps.logError);
      }, deps.ctx.config.sseKeepAliveSeconds * 1000);
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(keepAlive);
      };
      const abort = () => {
        if (!open) return;
        stop();
        controller.close();
      };
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });

      write('retry: 3000\n\n');
      if (lastEventId === null) {
        const cursor = await newestEventId(deps, userId);
        if (cursor !== null) {
          lastSent = Number(cursor);
          write(`id: ${cursor}\n\n`);
        }
      } else {
        // Pages until caught up, so a client that was away for long misses nothing still kept.
        let after = lastEventId;
        for (;;) {
          const page = await deps.store.transaction((tx) => tx.events.listAfter(userId, after, BACKLOG_LIMIT));
          page.forEach(send);
          if (page.length < BACKLOG_LIMIT) break;
          after = page[page.length - 1]!.id;
        }
      }
      replaying = false;
      heardDuringReplay.forEach(send);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
  });
}
