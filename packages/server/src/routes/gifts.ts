/** `GET /v1/gifts` (strong ETag, `If-None-Match` → 304) and `POST /v1/gifts/send` (idempotent). */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { loadCatalog } from '../domain/catalog.js';
import { giftCatalog, sendGift } from '../domain/gifts.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { ifNoneMatchHits } from '../http/etag.js';
import { runIdempotent } from '../http/idempotency.js';
import { okReply, toResponse } from '../http/responses.js';
import { on } from './operation.js';

/** Adds the gift routes. */
export function giftRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  on(app, 'getGifts', async (c) => {
    const catalog = await giftCatalog(await deps.store.transaction(loadCatalog));
    const etag = `"${catalog.version}"`;
    // `no-cache` lets clients keep the catalog but ask each time, which the ETag makes cheap.
    const headers = { etag, 'cache-control': 'private, no-cache' };
    if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return toResponse(okReply(200, catalog), headers);
  });

  on(app, 'sendGift', (c) =>
    runIdempotent(c, deps, 'sendGift', routes.sendGift.status, routes.sendGift.body, async (tx, user, body) => ({
      ok: true,
      value: await sendGift(tx, deps.ctx, user, body),
    })),
  );
}
