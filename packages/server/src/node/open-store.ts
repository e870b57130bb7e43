/** Opening a store from one URL-like string, as the CLI's `GIFTKIT_DATABASE` gives it. */
import type { WalletStore } from '../store/wallet-store.js';
import { createPostgresStore } from './postgres-store.js';
import { createSqliteStore } from './sqlite-store.js';

/** What `openStore` makes of a location: the store kind and its arguments. */
export type StoreLocation =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; connectionString: string; schema?: string };

/**
 * Reads a store location: `:memory:`, `sqlite::memory:`, `sqlite:<path>`, a plain file path, or
 * `postgres://…` / `postgresql://…` (a `schema` query parameter picks the schema). Throws a
 * `TypeError` for an empty string or another scheme.
 */
export function parseStoreLocation(location: string): StoreLocation {
  const value = location.trim();
  if (value === '') throw new TypeError('the store location is empty');
  if (/^postgres(ql)?:\/\//i.test(value)) {
    const url = new URL(value);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    return { kind: 'postgres', connectionString: url.toString(), ...(schema === null ? {} : { schema }) };
  }
  if (/^sqlite:/i.test(value)) {
    const filename = value.slice('sqlite:'.length).replace(/^\/\/(?=\/|\.)/, '');
    if (filename === '') throw new TypeError(`no file in ${JSON.stringify(location)}; write sqlite:<path> or sqlite::memory:`);
    return { kind: 'sqlite', filename };
  }
  // Two or more letters before `:`: a URL of a scheme we do not speak (a Windows drive letter is one).
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)?.[1];
  if (scheme !== undefined && value !== ':memory:') {
    throw new TypeError(`unsupported store ${JSON.stringify(scheme)}: use sqlite:<path>, a file path, :memory: or postgres://…`);
  }
  return { kind: 'sqlite', filename: value };
}

/**
 * Opens the store at `location` (see `parseStoreLocation`), creating and migrating its tables when needed.
 * Throws a `MissingDriverError` when the driver of that kind of store (`better-sqlite3`, `pg`) is not installed.
 *
 * @example
 * ```ts
 * const store = await openStore(process.env.GIFTKIT_DATABASE ?? 'sqlite:./.giftkit/wallet.sqlite');
 * ```
 */
export async function openStore(location: string): Promise<WalletStore> {
  const parsed = parseStoreLocation(location);
  if (parsed.kind === 'sqlite') return createSqliteStore({ filename: parsed.filename });
  return createPostgresStore({ connectionString: parsed.connectionString, ...(parsed.schema === undefined ? {} : { schema: parsed.schema }) });
}
