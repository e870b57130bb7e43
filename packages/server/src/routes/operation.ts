/** Registers a handler for one operation of the contract's route table, at the contract's method and path. */
import { routes, type OperationId } from '@giftkit/contract';
import type { Handler, Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

/** The contract's `/v1/recharges/{id}` as Hono's `/v1/recharges/:id`. */
export const honoPath = (path: string): string => path.replace(/\{([A-Za-z]+)\}/g, ':$1');

/** Adds `handler` for `operation`, so that paths and methods can only come from the contract. */
export function on(app: Hono<AppEnv>, operation: OperationId, handler: Handler<AppEnv>): void {
  const route = routes[operation];
  app.on(route.method, honoPath(route.path), handler);
}
