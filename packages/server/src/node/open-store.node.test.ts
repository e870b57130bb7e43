import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userCoins } from '@giftkit/server';
import { openStore, parseStoreLocation } from '@giftkit/server/node';
import { purchase } from './test/ledger-fixtures.js';
import { PG_URL, pgSkipReason, testSchemas } from './test/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'giftkit-open-'));
const schemas = testSchemas();
const pgSkip = await pgSkipReason();
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgSkip) await schemas.dropAll();
});

test('parseStoreLocation reads SQLite paths, :memory: and PostgreSQL URLs', () => {
  assert.deepEqual(parseStoreLocation(':memory:'), { kind: 'sqlite', filename: ':memory:' });
  assert.deepEqual(parseStoreLocation('sqlite::memory:'), { kind: 'sqlite', filename: ':memory:' });
  assert.deepEqual(parseStoreLocation('sqlite:./data/wallet.sqlite'), { kind: 'sqlite', filename: './data/wallet.sqlite' });
  assert.deepEqual(parseStoreLocation('sqlite:///var/lib/giftkit.sqlite'), { kind: 'sqlite', filename: '/var/lib/giftkit.sqlite' });
  assert.deepEqual(parseStoreLocation('/var/lib/giftkit.sqlite'), { kind: 'sqlite', filename: '/var/lib/giftkit.sqlite' });
  assert.deepEqual(parseStoreLocation('wallet.db'), { kind: 'sqlite', filename: 'wallet.db' });
  assert.deepEqual(parseStoreLocation('postgres://u:p@db:5432/wallet?schema=giftkit&sslmode=require'), {
    kind: 'postgres', connectionString: 'postgres://u:p@db:5432/wallet?sslmode=require', schema: 'giftkit',
  });
  assert.deepEqual(parseStoreLocation('postgresql://db/wallet'), { kind: 'postgres', connectionString: 'postgresql://db/wallet' });
  assert.throws(() => parseStoreLocation('mysql://db/wallet'), TypeError);
  assert.throws(() => parseStoreLocation('sqlite:'), TypeError);
  assert.throws(() => parseStoreLocation('  '), TypeError);
});

test('openStore opens a working SQLite store from a sqlite: location', async () => {
  const store = await openStore(`sqlite:${join(dir, 'open.sqlite')}`);
  try {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 3)));
    assert.equal(await store.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins')), 3);
  } finally {
    await store.close();
  }
});

test('openStore opens a PostgreSQL store in the schema the URL names', { skip: pgSkip }, async () => {
  const schema = schemas.next();
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  const store = await openStore(url.toString());
  try {
    await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 4)));
  } finally {
    await store.close();
  }
  const again = await openStore(url.toString());
  try {
    assert.equal(await again.transaction((tx) => tx.ledger.balance(userCoins('ada'), 'coins')), 4, 'the same schema, reopened');
  } finally {
    await again.close();
  }
});
