/** `GET /v1/packages`: coin packages for the viewer's region on a platform. */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { loadCatalog } from '../domain/catalog.js';
import { packageCatalog } from '../domain/pricing.js';
import { withUser, type AppDeps, type AppEnv } from '../http/env.js';
import { okReply, toResponse } from '../http/responses.js';
import { parseWith } from '../http/validate.js';
import { on } from './operation.js';

/** Adds the package catalog route. */
export function packageRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  on(app, 'listPackages', async (c) => {
    const { platform = 'web' } = parseWith(routes.listPackages.query, c.req.query(), 'query');
    const catalog = await withUser(deps, c.get('principal'), async (tx, user) => packageCatalog(await loadCatalog(tx), user, platform, deps.ctx));
    return toResponse(okReply(200, catalog));
  });
}
