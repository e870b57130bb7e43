/** The PostgreSQL server the tests use, and schemas of their own that are dropped afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** `GIFTKIT_TEST_PG`, or the local server. */
export const PG_URL = process.env['GIFTKIT_TEST_PG'] ?? 'postgresql://postgres@127.0.0.1:5432/test';

const redacted = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** Why the PostgreSQL tests cannot run (no server answers), or `false` when they can: a `skip` option for `node:test`. */
export async function pgSkipReason(): Promise<string | false> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return false;
  } catch (error) {
    return `no PostgreSQL server answers at ${redacted(PG_URL)} (${error instanceof Error ? error.message : String(error)}); set GIFTKIT_TEST_PG to run these tests`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Makes fresh `gk_test_<random>` schema names and drops every one of them at the end. */
export function testSchemas() {
  const made: string[] = [];
  return {
    next(): string {
      const schema = `gk_test_${randomBytes(6).toString('hex')}`;
      made.push(schema);
      return schema;
    },
    async dropAll(): Promise<void> {
      const client = new pg.Client(PG_URL);
      await client.connect();
      try {
        for (const schema of made.splice(0)) await client.query(`drop schema if exists ${client.escapeIdentifier(schema)} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
