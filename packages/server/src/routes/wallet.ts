/** `GET /v1/wallet`, `GET /v1/wallet/transactions`, `PUT /v1/wallet/budgets`, `GET /v1/wallet/spending`. */
import { routes } from '@giftkit/contract';
import type { Hono } from 'hono';
import { listHistory } from '../domain/history.js';
import { spendingSummary } from '../domain/spending.js';
import { setBudgets, walletCurrency, walletView } from '../domain/wallet.js';
import { withUser, type AppDeps, type AppEnv } from '../http/env.js';
import { okReply, toResponse } from '../http/responses.js';
import { parseWith, readJson } from '../http/validate.js';
import { on } from './operation.js';

/** Adds the wallet routes. */
export function walletRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { ctx } = deps;

  on(app, 'getWallet', async (c) => {
    const principal = c.get('principal');
    const wallet = await withUser(deps, principal, (tx, user) => walletView(tx, ctx, user, principal));
    return toResponse(okReply(200, wallet));
  });

  on(app, 'listTransactions', async (c) => {
    const query = parseWith(routes.listTransactions.query, c.req.query(), 'query');
    const page = await withUser(deps, c.get('principal'), (tx, user) => listHistory(tx, user.id, query.cursor, query.limit));
    return toResponse(okReply(200, page));
  });

  on(app, 'setBudgets', async (c) => {
    const body = parseWith(routes.setBudgets.body, await readJson(c), 'body');
    const principal = c.get('principal');
    const wallet = await withUser(deps, principal, async (tx, user) =>
      walletView(tx, ctx, await setBudgets(tx, ctx, user, body.budgets), principal),
    );
    return toResponse(okReply(200, wallet));
  });

  on(app, 'getSpending', async (c) => {
    const { period } = parseWith(routes.getSpending.query, c.req.query(), 'query');
    const summary = await withUser(deps, c.get('principal'), async (tx, user) =>
      spendingSummary(tx, user, await walletCurrency(tx, ctx, user), period, ctx.now()),
    );
    return toResponse(okReply(200, summary));
  });
}
