import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { WalletEvent } from '@giftkit/contract';
import { userCoins, type WalletStore } from '@giftkit/server';
import { createPostgresStore } from '@giftkit/server/node';
import { runStoreConformance } from '@giftkit/server/testing';
import { balanceEvent, purchase } from './test/ledger-fixtures.js';
import { PG_URL, pgSkipReason, testSchemas } from './test/postgres.js';
import { sqlStoreCases } from './test/sql-store-cases.js';

const skip = await pgSkipReason();
if (skip) console.log(`# PostgreSQL store tests skipped: ${skip}`);
const schemas = testSchemas();
after(() => (skip ? undefined : schemas.dropAll()));

const open = (schema: string, options: { eventsPerUser?: number; onError?: (error: unknown) => void } = {}) =>
  createPostgresStore({ connectionString: PG_URL, schema, poolSize: 4, ...options });

/** Runs `fn` with a client whose search_path is `schema`. */
async function withClient<T>(schema: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(PG_URL);
  await client.connect();
  try {
    await client.query(`set search_path to ${client.escapeIdentifier(schema)}`);
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function eventually(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    assert.ok(Date.now() < until, `${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('the PostgreSQL store conforms (a fresh schema per case)', { skip }, async () => {
  const report = await runStoreConformance(() => open(schemas.next()));
  assert.ok(report.passed.length >= 15, `ran ${report.passed.length} cases`);
});

sqlStoreCases('PostgreSQL', async () => {
  const schema = schemas.next();
  return {
    open: (options) => open(schema, options),
    exec: (statement) => withClient(schema, async (client) => void (await client.query(statement))),
    dispose: async () => undefined,
  };
}, skip);

test('instances starting together on a new schema migrate it once', { skip }, async () => {
  const schema = schemas.next();
  const stores = await Promise.all([open(schema), open(schema), open(schema)]);
  await Promise.all(stores.map((s) => s.close()));
  await (await open(schema)).close();
  const versions = await withClient(schema, async (c) => (await c.query('select version, name from schema_migrations')).rows);
  assert.deepEqual(versions.map((r) => [Number(r.version), r.name]), [[1, 'wallet_schema']]);
});

test('an event appended through one instance reaches a subscriber of another, once committed', { skip }, async () => {
  const schema = schemas.next();
  const [writer, reader] = [await open(schema), await open(schema)];
  try {
    const heard: WalletEvent[] = [];
    const unsubscribe = reader.subscribe('ada', (event) => heard.push(event));
    await writer.transaction(async (tx) => {
      await tx.events.append('ada', balanceEvent(9));
      throw new Error('rolled back');
    }).catch(() => undefined);
    const sent = await writer.transaction(async (tx) => {
      await tx.events.append('bob', balanceEvent(2));
      return tx.events.append('ada', balanceEvent(1));
    });
    await eventually(() => heard.length > 0, 'the other instance hears the event');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(heard, [sent], 'only the committed event of ada, as appended');
    unsubscribe();
  } finally {
    await writer.close();
    await reader.close();
  }
});

test('an instance whose LISTEN connection is cut reconnects and catches up', { skip }, async () => {
  const schema = schemas.next();
  const errors: unknown[] = [];
  const onError = (error: unknown) => errors.push(error);
  const [writer, reader] = [await open(schema, { onError }), await open(schema, { onError })];
  try {
    const heard: WalletEvent[] = [];
    reader.subscribe('ada', (event) => heard.push(event));
    const cut = await withClient(schema, async (c) => (await c.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'LISTEN%' and query like $1`, [`%${schema}%`],
    )).rowCount);
    assert.equal(cut, 2, 'both instances’ LISTEN connections were cut');
    // Appended while nobody listens: the reader must catch up on reconnecting.
    const during = await writer.transaction((tx) => tx.events.append('ada', balanceEvent(1)));
    await eventually(() => heard.length === 1, 'the event committed during the gap is heard');
    const afterwards = await writer.transaction((tx) => tx.events.append('ada', balanceEvent(2)));
    await eventually(() => heard.length === 2, 'later events are heard again');
    assert.deepEqual(heard.map((e) => e.id), [during.id, afterwards.id]);
  } finally {
    await writer.close();
    await reader.close();
  }
  // The cut is reported (once per instance), and nothing else went wrong.
  assert.deepEqual(errors.map((e) => (e as { code?: string }).code), ['57P01', '57P01']);
});

test('a store on your own pool leaves the pool open when it closes', { skip }, async () => {
  const pool = new pg.Pool({ connectionString: PG_URL, max: 3 });
  try {
    const store: WalletStore = await createPostgresStore({ pool, schema: schemas.next() });
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 5)));
    assert.equal(await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins')), 5);
    await store.close();
    assert.equal((await pool.query('select 1 as one')).rows[0].one, 1);
  } finally {
    await pool.end();
  }
});

test('createPostgresStore refuses bad options with typed errors', { skip }, async () => {
  await assert.rejects(createPostgresStore({ connectionString: PG_URL, schema: 'bad-name; drop table x' }), TypeError);
  await assert.rejects(createPostgresStore({ connectionString: '' }), TypeError);
  await assert.rejects(createPostgresStore({ connectionString: PG_URL, maxAttempts: 0 }), RangeError);
});
