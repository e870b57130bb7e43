/** Request validation against the contract's schemas, with issues listed in `validation_failed`. */
import type { Context } from 'hono';
import { WalletError } from '../domain/wallet-error.js';

interface Issue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/** The part of a zod schema this layer relies on, so the server needs no zod of its own. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** Where in the request a value came from; named in the issues. */
export type RequestPart = 'body' | 'query' | 'path' | 'header';

/** `value` parsed by `schema`; throws `validation_failed` listing every issue otherwise. */
export function parseWith<T>(schema: Schema<T>, value: unknown, part: RequestPart): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new WalletError('validation_failed', `The request ${part} does not match the API contract.`, { issues });
}

/** The request body parsed as JSON; throws `validation_failed` when it is missing or not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new WalletError('validation_failed', 'The request body must be JSON.', { issues: [{ path: 'body', message: 'not JSON' }] });
  }
}
