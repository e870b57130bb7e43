/** `POST /v1/disputes` (idempotent): report a transaction the viewer does not recognise. */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { createDispute } from '../domain/disputes.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { runIdempotent } from '../http/idempotency.js';
import { on } from './operation.js';

/** Adds the dispute route. */
export function disputeRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const spec = routes.createDispute;
  on(app, 'createDispute', (c) =>
    runIdempotent(c, deps, 'createDispute', spec.status, spec.body, async (tx, user, body) => ({
      ok: true,
      value: await createDispute(tx, deps.ctx, user.id, body),
    })),
  );
}
