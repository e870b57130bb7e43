/** The `giftkit-server` command line: flags and environment variables, checked into one config. */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { parseStoreLocation, type StoreLocation } from './open-store.js';

/** The CLI was given something it cannot use; the message says what and how to fix it. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** What `giftkit-server` runs with. */
export interface ServerConfig {
  port: number;
  hostname: string;
  /** `GIFTKIT_DATABASE` as given, and as parsed. */
  database: string;
  location: StoreLocation;
  jwt: { secret: string; issuer?: string; audience?: string };
  /** Whether the secret was made up for this run (`--sandbox` without `GIFTKIT_JWT_SECRET`). */
  generatedSecret: boolean;
  corsOrigins: string[];
  /** `GIFTKIT_PUBLIC_URL`: where clients reach the server, when not at the address it listens on. */
  publicUrl?: string;
  seed: boolean;
  sandbox: boolean;
}

/** The default `GIFTKIT_DATABASE`. */
export const DEFAULT_DATABASE = 'sqlite:./.giftkit/wallet.sqlite';

/** The `--help` text. */
export const USAGE = `Usage: giftkit-server [--seed] [--sandbox]

Runs the Giftkit wallet service (HTTP API v1) on Node.

Options:
  --seed      fill an empty store with the sandbox catalog, users and history
  --sandbox   allow running without GIFTKIT_JWT_SECRET (a random secret is made and printed)
  --help      show this text

Environment:
  PORT                   port to listen on (default 8787; 0 picks a free one)
  HOST                   interface to listen on (default 127.0.0.1)
  GIFTKIT_DATABASE       sqlite:<path>, a file path, :memory: or postgres://… (default ${DEFAULT_DATABASE})
  GIFTKIT_JWT_SECRET     HS256 secret of viewer tokens, at least 32 bytes (required unless --sandbox)
  GIFTKIT_JWT_ISSUER     required "iss" of tokens (optional)
  GIFTKIT_JWT_AUDIENCE   required "aud" of tokens (optional)
  GIFTKIT_CORS_ORIGINS   comma-separated origins allowed to call the API from browsers ("*" for any)
  GIFTKIT_PUBLIC_URL     the URL clients reach the server at, for checkout links (default: the listening address)
`;

/**
 * Reads the CLI's arguments and environment: `'help'` for `--help`, else the config. Throws a
 * `CliUsageError` for anything unusable.
 */
export function readServerConfig(argv: string[], env: Record<string, string | undefined>): ServerConfig | 'help' {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: { seed: { type: 'boolean' }, sandbox: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (flags.help === true) return 'help';
  const sandbox = flags.sandbox === true;

  const portText = env['PORT']?.trim() || '8787';
  const port = Number(portText);
  if (!/^[0-9]+$/.test(portText) || port > 65_535) throw new CliUsageError(`PORT must be a number from 0 to 65535, got ${JSON.stringify(portText)}`);

  const database = env['GIFTKIT_DATABASE']?.trim() || DEFAULT_DATABASE;
  let location: StoreLocation;
  try {
    location = parseStoreLocation(database);
  } catch (error) {
    throw new CliUsageError(`GIFTKIT_DATABASE: ${error instanceof Error ? error.message : String(error)}`);
  }

  let secret = env['GIFTKIT_JWT_SECRET'] ?? '';
  const generatedSecret = secret === '' && sandbox;
  if (generatedSecret) secret = randomBytes(32).toString('base64url');
  if (secret === '') throw new CliUsageError('GIFTKIT_JWT_SECRET is required (or pass --sandbox to run with a random one)');
  if (new TextEncoder().encode(secret).byteLength < 32) throw new CliUsageError('GIFTKIT_JWT_SECRET must be at least 32 bytes');

  const publicUrl = env['GIFTKIT_PUBLIC_URL']?.trim() || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(publicUrl)) {
    throw new CliUsageError(`GIFTKIT_PUBLIC_URL must be an http(s) URL, got ${JSON.stringify(publicUrl)}`);
  }
  const issuer = env['GIFTKIT_JWT_ISSUER']?.trim() || undefined;
  const audience = env['GIFTKIT_JWT_AUDIENCE']?.trim() || undefined;

  return {
    port,
    hostname: env['HOST']?.trim() || '127.0.0.1',
    database,
    location,
    jwt: { secret, ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) },
    generatedSecret,
    corsOrigins: (env['GIFTKIT_CORS_ORIGINS'] ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    ...(publicUrl ? { publicUrl } : {}),
    seed: flags.seed === true,
    sandbox,
  };
}
