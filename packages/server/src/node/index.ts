/**
 * @packageDocumentation
 * The Node entry of the Giftkit wallet service, `@giftkit/server/node`: the SQLite and PostgreSQL
 * stores, `openStore(url)`, and `serveWallet` on `@hono/node-server`. The `giftkit-server` CLI is
 * built on these. Browser bundles cannot import it (the exports map gives `browser: null`). The drivers
 * (`better-sqlite3`, `pg`) are optional peer dependencies, loaded when a store of their kind is created.
 */
export { createSqliteStore } from './sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite-store.js';
export { createPostgresStore } from './postgres-store.js';
export type { PostgresStoreOptions, PostgresStoreCommonOptions } from './postgres-store.js';
export { openStore, parseStoreLocation } from './open-store.js';
export type { StoreLocation } from './open-store.js';
export { MissingDriverError } from './missing-driver-error.js';
export type { DriverName } from './missing-driver-error.js';
export { serveWallet } from './serve.js';
export type { ServeWalletOptions, WalletServer } from './serve.js';
