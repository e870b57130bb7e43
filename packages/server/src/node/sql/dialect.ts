/** What the shared SQL code needs to know about the database it talks to. */
import type { BindBool } from './rows.js';

/** The SQL dialects the Node entry supports. */
export type DialectName = 'sqlite' | 'postgres';

/** A dialect and where its tables live. */
export interface SqlTarget {
  readonly dialect: DialectName;
  /** The PostgreSQL schema holding the tables (`null` for SQLite, which has none). */
  readonly schema: string | null;
}

/** Column types per dialect. SQLite tables are STRICT, which knows only INTEGER, TEXT, REAL, BLOB and ANY. */
export const columnTypes = (dialect: DialectName) =>
  dialect === 'sqlite'
    ? ({ int: 'integer', json: 'text', bool: 'integer' } as const)
    : ({ int: 'bigint', json: 'json', bool: 'boolean' } as const);

/** How each dialect binds a boolean: better-sqlite3 refuses JS booleans. */
export const bindBool = (dialect: DialectName): BindBool =>
  dialect === 'sqlite' ? (value) => (value ? 1 : 0) : (value) => value;
