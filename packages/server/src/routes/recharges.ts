/** `POST /v1/recharges` (idempotent) and `GET /v1/recharges/{id}`. */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { createRecharge, readRecharge } from '../domain/recharges.js';
import { withUser, type AppDeps, type AppEnv } from '../http/env.js';
import { runIdempotent } from '../http/idempotency.js';
import { okReply, toResponse } from '../http/responses.js';
import { parseWith } from '../http/validate.js';
import { on } from './operation.js';

/** Adds the recharge routes. */
export function rechargeRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { createRecharge: create, getRecharge: get } = routes;

  on(app, 'createRecharge', (c) =>
    runIdempotent(c, deps, 'createRecharge', create.status, create.body, (tx, user, body, request) =>
      createRecharge(tx, deps.ctx, user, body, request),
    ),
  );

  on(app, 'getRecharge', async (c) => {
    const { id } = parseWith(get.params, c.req.param(), 'path');
    const result = await withUser(deps, c.get('principal'), (tx, user) => readRecharge(tx, deps.ctx, user.id, id));
    return toResponse(okReply(200, result));
  });
}
