/**
 * The sandbox payment provider's hosted checkout: `GET /sandbox/checkout/:id` shows the page and
 * `POST /sandbox/checkout/:id/complete` applies the choice (form or JSON `outcome`). No bearer
 * token: the viewer's browser is sent here by the recharge's redirect, as with a real provider.
 */
import { Id, type RechargeResult } from '@giftkit/contract';
import type { Hono } from 'hono';
import { completeCheckout, findRecharge, publicRecharge, type CheckoutOutcome } from '../domain/recharges.js';
import { WalletError } from '../domain/wallet-error.js';
import { userCoins } from '../store/accounts.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { checkoutDonePage, checkoutPage, PAGE_HEADERS } from '../http/checkout-page.js';
import { okReply, toResponse } from '../http/responses.js';
import { parseWith, readJson } from '../http/validate.js';

const OUTCOMES: readonly CheckoutOutcome[] = ['succeed', 'decline', 'cancel'];
const isOutcome = (value: unknown): value is CheckoutOutcome => OUTCOMES.includes(value as CheckoutOutcome);

/** Adds the sandbox checkout routes. */
export function sandboxCheckoutRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/sandbox/checkout/:id', async (c) => {
    const id = parseWith(Id, c.req.param('id'), 'path');
    const recharge = await deps.store.transaction((tx) => findRecharge(tx, deps.ctx, id));
    return new Response(checkoutPage(recharge), { headers: PAGE_HEADERS });
  });

  app.post('/sandbox/checkout/:id/complete', async (c) => {
    const id = parseWith(Id, c.req.param('id'), 'path');
    const isJson = (c.req.header('content-type') ?? '').includes('application/json');
    const outcome = isJson ? ((await readJson(c)) as { outcome?: unknown } | null)?.outcome : (await c.req.parseBody())['outcome'];
    if (!isOutcome(outcome)) {
      throw new WalletError('validation_failed', 'outcome must be succeed, decline or cancel.', {
        issues: [{ path: 'body.outcome', message: `expected one of ${OUTCOMES.join(', ')}` }],
      });
    }
    const { recharge, result } = await deps.store.transaction(async (tx) => {
      const record = await completeCheckout(tx, deps.ctx, id, outcome);
      const value: RechargeResult = { recharge: publicRecharge(record), balance: await tx.ledger.balance(userCoins(record.userId), 'coins') };
      return { recharge: record, result: value };
    });
    if (recharge.returnUrl !== null) {
      const back = new URL(recharge.returnUrl);
      back.searchParams.set('giftkit_recharge_id', recharge.id);
      back.searchParams.set('giftkit_status', recharge.status);
      const reply = okReply(303, result);
      return isJson
        ? toResponse(reply, { location: back.href })
        : new Response(null, { status: 303, headers: { location: back.href } });
    }
    return isJson ? toResponse(okReply(200, result)) : new Response(checkoutDonePage(recharge), { headers: PAGE_HEADERS });
  });
}
