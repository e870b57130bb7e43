/**
 * Loads a database driver when the first store of its kind is created. The drivers are optional peer
 * dependencies, so that `@giftkit/mock` and users of the memory store install no native module: a static
 * import would make `@giftkit/server/node` fail for everyone who left one out, and load `pg` for SQLite users.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type Pg from 'pg';
import { MissingDriverError, type DriverName } from './missing-driver-error.js';

/** What loading needs of Node's `require`; tests pass one whose resolution fails. */
export interface DriverRequire {
  (id: string): unknown;
  resolve(id: string): string;
}

// Both drivers are CommonJS, so a synchronous require loads them: the store factories need no dynamic
// import(), and resolution starts from this package, where a package manager puts its peers.
const nodeRequire: DriverRequire = createRequire(import.meta.url);

/**
 * The driver's module (`require` caches it), or a `MissingDriverError` when it is not installed.
 * Any other failure — a native binary built for another Node, a broken install — is passed on as it is.
 */
export function loadDriver(driver: 'better-sqlite3', require?: DriverRequire): typeof BetterSqlite3;
export function loadDriver(driver: 'pg', require?: DriverRequire): typeof Pg;
export function loadDriver(driver: DriverName, require: DriverRequire = nodeRequire): unknown {
  // Resolving first tells "the driver is absent" from "the driver is there but one of its own
  // requires failed", which throws the same MODULE_NOT_FOUND code from require() alone.
  try {
    require.resolve(driver);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND') throw new MissingDriverError(driver, { cause: error });
    throw error;
  }
  return require(driver);
}
