/** `GET /v1/creator/earnings` and `POST /v1/creator/payouts` (idempotent). */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { createPayout, earnings } from '../domain/payouts.js';
import { withUser, type AppDeps, type AppEnv } from '../http/env.js';
import { runIdempotent } from '../http/idempotency.js';
import { okReply, toResponse } from '../http/responses.js';
import { on } from './operation.js';

/** Adds the creator routes. */
export function creatorRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  on(app, 'getEarnings', async (c) => {
    const result = await withUser(deps, c.get('principal'), (tx, user) => earnings(tx, deps.ctx, user));
    return toResponse(okReply(200, result));
  });

  const spec = routes.createPayout;
  on(app, 'createPayout', (c) =>
    runIdempotent(c, deps, 'createPayout', spec.status, spec.body, (tx, user, body, request) =>
      createPayout(tx, deps.ctx, user, body.diamonds, request),
    ),
  );
}
