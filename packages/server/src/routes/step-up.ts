/** `POST /v1/step-up/{challengeId}/verify`: answer a step-up challenge with the one-time code. */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { verifyChallenge } from '../domain/step-up.js';
import { withUser, type AppDeps, type AppEnv } from '../http/env.js';
import { okReply, toResponse } from '../http/responses.js';
import { parseWith, readJson } from '../http/validate.js';
import { on } from './operation.js';

/** Adds the step-up verification route. */
export function stepUpRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const spec = routes.verifyStepUp;
  on(app, 'verifyStepUp', async (c) => {
    const { challengeId } = parseWith(spec.params, c.req.param(), 'path');
    const { code } = parseWith(spec.body, await readJson(c), 'body');
    // The attempt is committed before a wrong code is answered, so attempts cannot be replayed away.
    const outcome = await withUser(deps, c.get('principal'), (tx, user) => verifyChallenge(tx, deps.ctx, user.id, challengeId, code));
    if (!outcome.ok) throw outcome.error;
    return toResponse(okReply(200, outcome.value));
  });
}
