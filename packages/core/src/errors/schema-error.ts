import { GiftkitError } from './giftkit-error.js';
import { errorGuard } from './guard.js';

/** One way a response differs from the contract. */
export interface SchemaIssue {
  /** Where in the body, as property names and array indexes. */
  readonly path: readonly PropertyKey[];
  /** What is wrong there. */
  readonly message: string;
}

/**
 * A response did not match the wire contract (schema drift, a proxy's HTML page, truncated JSON).
 * Never retried: the same request would get the same answer.
 */
export class SchemaError extends GiftkitError {
  override readonly name = 'SchemaError' as const;
  /** Every difference found. */
  readonly issues: readonly SchemaIssue[];

  constructor(where: string, issues: readonly SchemaIssue[], status?: number) {
    const first = issues[0];
    const summary = first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'unknown shape';
    super(`The response of ${where} does not match the contract (${summary}).`, {
      code: 'schema_mismatch',
      ...(status === undefined ? {} : { status }),
    });
    this.issues = issues;
  }
}

/** Whether `error` is a {@link SchemaError}, also across realms. */
export const isSchemaError = errorGuard(SchemaError, 'SchemaError');
