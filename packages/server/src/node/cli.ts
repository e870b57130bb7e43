#!/usr/bin/env node
/**
 * `giftkit-server`: the wallet service on Node. Configured by environment variables (see `--help`),
 * it opens the store, optionally seeds it, listens, and on SIGINT/SIGTERM closes the HTTP server,
 * then the store.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createJwtAuthenticator, signViewerToken } from '../auth/jwt.js';
import { seedStore, SEED_USERS } from '../seed.js';
import { CliUsageError, readServerConfig, USAGE, type ServerConfig } from './cli-config.js';
import { MissingDriverError } from './missing-driver-error.js';
import { openStore } from './open-store.js';
import { serveWallet } from './serve.js';

async function main(): Promise<number> {
  let config: ServerConfig | 'help';
  try {
    config = readServerConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`giftkit-server: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (config === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (config.generatedSecret) {
    console.warn(`giftkit-server: warning: --sandbox without GIFTKIT_JWT_SECRET; tokens for this run are signed with ${config.jwt.secret}`);
  }
  const { location } = config;
  if (location.kind === 'sqlite' && location.filename !== ':memory:') mkdirSync(dirname(location.filename), { recursive: true });

  const store = await openStore(config.database);
  try {
    if (config.seed) {
      const empty = (await store.transaction((tx) => tx.catalog.get())) === null;
      if (empty) await seedStore(store, new Date());
      console.log(empty ? 'giftkit-server: seeded the sandbox catalog and users' : 'giftkit-server: the store has data already; not seeding');
      if (config.sandbox) {
        const token = await signViewerToken({ userId: SEED_USERS.viewer, role: 'viewer' }, { ...config.jwt, expiresIn: '1h' });
        console.log(`giftkit-server: sandbox token of ${SEED_USERS.viewer}, valid 1 h: ${token}`);
      }
    }
    const server = await serveWallet({
      port: config.port,
      hostname: config.hostname,
      options: {
        store,
        authenticate: createJwtAuthenticator(config.jwt),
        corsOrigins: config.corsOrigins,
        ...(config.publicUrl ? { baseUrl: config.publicUrl } : {}),
      },
    });
    console.log(`giftkit-server listening on ${server.url} (store: ${location.kind})`);
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        console.log(`giftkit-server: ${signal}, shutting down`);
        // A second signal means "now": do not wait for the graceful close.
        process.once('SIGINT', () => process.exit(130));
        process.once('SIGTERM', () => process.exit(143));
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
  } finally {
    await store.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A missing driver is the setup, not a bug: its message says what to install, and a stack would bury it.
    console.error('giftkit-server:', MissingDriverError.is(error) ? error.message : error);
    process.exitCode = 1;
  },
);
