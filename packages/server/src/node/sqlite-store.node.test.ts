import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { userCoins } from '@giftkit/server';
import { createSqliteStore } from '@giftkit/server/node';
import { runStoreConformance } from '@giftkit/server/testing';
import { balanceEvent, purchase, user } from './test/ledger-fixtures.js';
import { sqlStoreCases } from './test/sql-store-cases.js';

const dir = mkdtempSync(join(tmpdir(), 'giftkit-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `wallet-${(files += 1)}.sqlite`);

/** Reads (or writes) the file beside the store, on a connection of its own. */
function raw<T>(filename: string, fn: (db: Database.Database) => T): T {
  const db = new Database(filename);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

test('the SQLite store conforms, on a file', async () => {
  const report = await runStoreConformance(() => createSqliteStore({ filename: newFile() }));
  assert.ok(report.passed.length >= 15, `ran ${report.passed.length} cases`);
});

test('the SQLite store conforms, in memory', async () => {
  const report = await runStoreConformance(() => createSqliteStore({ filename: ':memory:' }));
  assert.ok(report.passed.length >= 15, `ran ${report.passed.length} cases`);
});

sqlStoreCases('SQLite', async () => {
  const filename = newFile();
  return {
    open: (options) => createSqliteStore({ filename, ...options }),
    exec: async (statement) => void raw(filename, (db) => db.prepare(statement).run()),
    dispose: async () => undefined,
  };
});

test('what a SQLite store wrote is there after closing and reopening the file', async () => {
  const filename = newFile();
  const first = await createSqliteStore({ filename });
  const event = await first.transaction(async (tx) => {
    await tx.users.put(user('ada', 'Ada'));
    await tx.ledger.post(purchase('ltx_1', 'ada', 70));
    return tx.events.append('ada', balanceEvent(70));
  });
  await first.close();

  const reopened = await createSqliteStore({ filename });
  try {
    await reopened.transaction(async (tx) => {
      assert.deepEqual(await tx.users.get('ada'), user('ada', 'Ada'));
      assert.equal(await tx.ledger.balance(userCoins('ada'), 'coins'), 70);
      assert.equal((await tx.ledger.get('ltx_1'))?.entries.length, 4);
      assert.deepEqual(await tx.events.listAfter('ada', null, 10), [event]);
      const next = await tx.events.append('ada', balanceEvent(71));
      assert.ok(Number(next.id) > Number(event.id), 'event ids go on from where they were');
    });
  } finally {
    await reopened.close();
  }
});

test('migrations run once: opening a file again applies nothing and keeps the data', async () => {
  const filename = newFile();
  await (await createSqliteStore({ filename })).close();
  const schemaOf = () => raw(filename, (db) => db.prepare("select type, name from sqlite_schema where name not like 'sqlite_%' order by name").all());
  const before = schemaOf();
  const store = await createSqliteStore({ filename });
  await store.transaction((tx) => tx.users.put(user('ada')));
  await store.close();
  await (await createSqliteStore({ filename })).close();
  assert.deepEqual(raw(filename, (db) => db.prepare('select version, name from schema_migrations').raw().all()), [[1, 'wallet_schema']]);
  assert.deepEqual(schemaOf(), before);
  assert.equal(raw(filename, (db) => db.prepare('select count(*) from users').pluck().get()), 1);
});

test('a file migrated by a newer version of the package is refused', async () => {
  const filename = newFile();
  await (await createSqliteStore({ filename })).close();
  raw(filename, (db) => db.prepare("insert into schema_migrations values (99, 'from_the_future', '2030-01-01T00:00:00.000Z')").run());
  await assert.rejects(createSqliteStore({ filename }), /schema version 99, newer than this @giftkit\/server knows \(1\)/);
});

test('the file is in WAL mode and amounts are stored as INTEGER, never REAL', async () => {
  const filename = newFile();
  const store = await createSqliteStore({ filename });
  await store.transaction((tx) => tx.ledger.post(purchase('ltx_1', 'ada', 70)));
  await store.close();
  raw(filename, (db) => {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.deepEqual(db.prepare('select distinct typeof(amount), typeof(balance_after) from ledger_entries').raw().all(), [['integer', 'integer']]);
    assert.deepEqual(db.prepare('select distinct typeof(balance) from account_balances').raw().all(), [['integer']]);
    // STRICT tables: a fractional amount cannot even be stored.
    assert.throws(() => db.prepare("insert into account_balances values ('platform:x', 'coins', 1.5)").run(), /REAL/);
  });
});

test('createSqliteStore refuses bad options with typed errors', async () => {
  await assert.rejects(createSqliteStore({ filename: '' }), TypeError);
  await assert.rejects(createSqliteStore({ filename: ':memory:', eventsPerUser: 0 }), RangeError);
  await assert.rejects(createSqliteStore({ filename: ':memory:', busyTimeoutMs: 1.5 }), RangeError);
  await assert.rejects(createSqliteStore({ filename: join(dir, 'missing-dir', 'x.sqlite') }), /directory does not exist|unable to open/);
});
