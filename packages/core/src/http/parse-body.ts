/** Validates a response body against its contract schema, so drift surfaces as a SchemaError at the edge. */
import type * as z from 'zod/mini';
import { SchemaError, type SchemaIssue } from '../errors/schema-error.js';

/** The issues of a failed parse, reduced to what a caller needs. */
export function issuesOf(error: { readonly issues: readonly z.core.$ZodIssue[] }): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

/** Parses `body` as JSON and checks it against `schema`; throws a {@link SchemaError} when either fails. */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: string, where: string, status: number): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new SchemaError(where, [{ path: [], message: 'the body is not JSON' }], status);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new SchemaError(where, issuesOf(result.error), status);
  return result.data as z.output<S>;
}
