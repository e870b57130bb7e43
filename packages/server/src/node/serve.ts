/** Serving the wallet app over HTTP on Node, through `@hono/node-server`. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createWalletApp, type WalletAppOptions } from '../app.js';

/** Options of `serveWallet`: an app, or the options to make one. */
export type ServeWalletOptions = {
  /**
   * The port; `0` picks a free one (read it from the returned `url`).
   * @default 8787
   */
  port?: number;
  /**
   * The interface to listen on; `'0.0.0.0'` or `'::'` to be reachable from other machines.
   * @default '127.0.0.1'
   */
  hostname?: string;
  /**
   * On `close()`, how long requests still being handled may take before their connections are cut.
   * Event streams are ended at once; their clients reconnect (elsewhere) with `Last-Event-ID`.
   * @default 5000
   */
  shutdownGraceMs?: number;
} & (
  | { /** The app to serve, from `createWalletApp`. */ app: Hono; options?: never }
  | {
      /** Options of `createWalletApp`; `baseUrl` defaults to the address listened on. */
      options: WalletAppOptions;
      app?: never;
    }
);

/** A running wallet server. */
export interface WalletServer {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, lets requests in progress finish (within the grace period), cuts the rest. */
  close(): Promise<void>;
}

/**
 * Serves the wallet app on Node. Resolves once it listens; rejects when it cannot (port in use…).
 * Closing the server does not close the store: close that afterwards.
 *
 * @example
 * ```ts
 * const store = await openStore('sqlite:./wallet.sqlite');
 * const server = await serveWallet({ options: { store, authenticate: createJwtAuthenticator({ secret }) }, port: 8787 });
 * console.log(`listening on ${server.url}`);
 * // later
 * await server.close();
 * await store.close();
 * ```
 */
export function serveWallet(options: ServeWalletOptions): Promise<WalletServer> {
  const port = options.port ?? 8787;
  const hostname = options.hostname ?? '127.0.0.1';
  const graceMs = options.shutdownGraceMs ?? 5000;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`port must be an integer from 0 to 65535, got ${port}`);
  if (!Number.isSafeInteger(graceMs) || graceMs < 0) throw new RangeError(`shutdownGraceMs must be a non-negative integer, got ${graceMs}`);

  // With app options, the app is made once the port is known, so that its checkout links point here.
  let app: Hono | undefined = options.app;
  // Aborted on close: event streams (which watch their request's signal) then end by themselves.
  const closing = new AbortController();
  const fetch = (request: Request) => {
    // Only requests without a body are re-made with the extra signal, from their parts: undici's
    // `new Request(request, init)` does not accept @hono/node-server's lightweight request.
    const watched = request.method === 'GET' || request.method === 'HEAD'
      ? new Request(request.url, { method: request.method, headers: request.headers, signal: AbortSignal.any([request.signal, closing.signal]) })
      : request;
    return app!.fetch(watched);
  };

  return new Promise((resolve, reject) => {
    // `overrideGlobalObjects: false`: serving the wallet must not swap the process's global Request and Response.
    const server = serve({ fetch, port, hostname, overrideGlobalObjects: false }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      app ??= createWalletApp({ baseUrl: url, ...options.options! });
      let closed: Promise<void> | undefined;
      resolve({ url, port: info.port, close: () => (closed ??= shutDown(server, closing, graceMs)) });
    }) as Server;
    server.once('error', reject);
  });
}

async function shutDown(server: Server, closing: AbortController, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  closing.abort();
  // A kept-alive connection turns idle once its response is sent: close each as it does, and cut
  // whatever is still busy when the grace period is over.
  const sweep = setInterval(() => server.closeIdleConnections(), 20);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  server.closeIdleConnections();
  await closed;
  clearInterval(sweep);
  clearTimeout(cut);
}
