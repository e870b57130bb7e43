/** `GET /v1/events`: the viewer's Server-Sent Events, resumable with `Last-Event-ID`. */
import type { Hono } from 'hono';
import { WalletError } from '../domain/wallet-error.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { eventStreamResponse } from '../http/event-stream.js';
import { on } from './operation.js';

/** Adds the event stream route. */
export function eventRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  on(app, 'streamEvents', (c) => {
    const lastEventId = c.req.header('last-event-id')?.trim() || null;
    if (lastEventId !== null && !/^[0-9]{1,15}$/.test(lastEventId)) {
      throw new WalletError('validation_failed', 'Last-Event-ID is not an event id this stream sent.', {
        issues: [{ path: 'header.Last-Event-ID', message: 'invalid event id' }],
      });
    }
    return eventStreamResponse(deps, c.get('principal').userId, lastEventId, c.req.raw.signal);
  });
}
