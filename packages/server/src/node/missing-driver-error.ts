/** The error a Node store raises when the database driver it needs is not installed. */

/** The database drivers the Node stores load when one of their kind is created (optional peer dependencies). */
export type DriverName = 'better-sqlite3' | 'pg';

const STORE_OF: Record<DriverName, string> = { 'better-sqlite3': 'SQLite', pg: 'PostgreSQL' };

/**
 * A store was created whose database driver is not installed. `driver` names the package; the message
 * says what to run, e.g. `install better-sqlite3 to use the SQLite store: npm install better-sqlite3`.
 *
 * @example
 * ```ts
 * try {
 *   store = await openStore(location);
 * } catch (error) {
 *   if (MissingDriverError.is(error)) console.error(error.message); // names the npm install to run
 *   throw error;
 * }
 * ```
 */
export class MissingDriverError extends Error {
  override readonly name = 'MissingDriverError';
  readonly code = 'missing_driver';
  /** The npm package to install. */
  readonly driver: DriverName;

  constructor(driver: DriverName, options?: { cause?: unknown }) {
    super(`install ${driver} to use the ${STORE_OF[driver]} store: npm install ${driver}`, options);
    this.driver = driver;
  }

  /** Whether `error` is a `MissingDriverError`, also when it comes from another copy of this package. */
  static is(error: unknown): error is MissingDriverError {
    return error instanceof MissingDriverError || (error as { name?: unknown } | null)?.name === 'MissingDriverError';
  }
}
