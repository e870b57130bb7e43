/**
 * The `/v1/events` subscription over fetch (EventSource cannot send an Authorization header): reconnects
 * with capped exponential backoff and full jitter, resumes with Last-Event-ID, validates every event.
 */
import { routes, WalletEvent } from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import { issuesOf } from '../http/parse-body.js';
import { GiftkitError, isGiftkitError } from '../errors/giftkit-error.js';
import { SchemaError } from '../errors/schema-error.js';
import { NetworkError } from '../errors/network-error.js';
import type { Emitter } from '../internal/emitter.js';
import { sleep } from '../internal/sleep.js';
import { createStore, type ReadableStore } from '../internal/store.js';
import type { BalanceTracker } from '../wallet/balance.js';
import type { GiftkitEventMap } from './types.js';
import { SseParser } from './sse-parser.js';

/** The first reconnection wait before jitter, in milliseconds, unless the server sends `retry:`. */
const RECONNECT_BASE = 1000;
/** The longest reconnection wait, in milliseconds. */
const RECONNECT_CAP = 30_000;

/** Where the event stream stands. */
export type StreamStatus = 'disconnected' | 'connecting' | 'open';

/** The event stream's controls. */
export interface EventStream {
  /** Opens the stream, and keeps it open across drops, until `disconnect()`. Calling it again does nothing. */
  connect(): void;
  /** Closes the stream; a later `connect()` resumes after the last event received. */
  disconnect(): void;
  /** Where the stream stands. */
  readonly status: ReadableStore<StreamStatus>;
}

/** What the event stream is built from. */
export interface EventStreamContext {
  readonly http: HttpClient;
  readonly balance: BalanceTracker;
  readonly emitter: Emitter<GiftkitEventMap>;
}

/** Builds the event stream (closed until `connect()`). */
export function createEventStream({ http, balance, emitter }: EventStreamContext): EventStream {
  const status = createStore<StreamStatus>('disconnected');
  let controller: AbortController | undefined;
  let lastEventId = '';
  let base = RECONNECT_BASE;

  function dispatch(data: string): void {
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      json = undefined;
    }
    const parsed = WalletEvent.safeParse(json);
    if (!parsed.success) {
      emitter.emit('error', new SchemaError('GET /v1/events (event)', issuesOf(parsed.error)));
      return;
    }
    const event = parsed.data;
    if (event.type === 'balance.changed') balance.confirm(event.data.coins, event.createdAt, 'stream');
    else if (event.type === 'recharge.updated') emitter.emit('recharge', event.data.recharge);
    else emitter.emit('gift', event);
  }

  async function read(response: Response, signal: AbortSignal): Promise<void> {
    if (!response.body) return;
    const parser = new SseParser(
      (message) => dispatch(message.data),
      (ms) => (base = Math.max(ms, 1)),
      lastEventId,
    );
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const cancel = (): void => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read().catch((error: unknown) => {
          throw new NetworkError(error);
        });
        if (done) return;
        parser.push(value);
        lastEventId = parser.lastEventId;
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  async function run(signal: AbortSignal): Promise<void> {
    for (let attempt = 0; !signal.aborted; ) {
      try {
        const response = await http.open(routes.streamEvents, { signal, lastEventId: lastEventId || undefined });
        status.set('open');
        attempt = 0;
        await read(response, signal);
      } catch (error) {
        if (signal.aborted) return;
        if (!isGiftkitError(error) || !error.retryable) {
          emitter.emit('error', isGiftkitError(error)
            ? error
            : new GiftkitError('The event stream failed.', { code: 'stream_failed', cause: error }));
          return;
        }
      }
      if (signal.aborted) return;
      status.set('connecting');
      await sleep(Math.floor(Math.random() * Math.min(RECONNECT_CAP, base * 2 ** attempt)), signal).catch(() => {});
      attempt++;
    }
  }

  return {
    status,
    connect() {
      if (controller) return;
      const current = new AbortController();
      controller = current;
      status.set('connecting');
      void run(current.signal).finally(() => {
        if (controller === current) {
          controller = undefined;
          status.set('disconnected');
        }
      });
    },
    disconnect() {
      controller?.abort();
      controller = undefined;
      status.set('disconnected');
    },
  };
}
