// The database drivers are optional peers: each is loaded only when a store of its kind is created, and a
// missing one is a MissingDriverError that says what to install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MissingDriverError as PublicMissingDriverError } from '@giftkit/server/node';
import { loadDriver, type DriverRequire } from './drivers.js';
import { MissingDriverError } from './missing-driver-error.js';

/** A `require` that finds no package, as Node's does when the driver was never installed; loading must not be tried. */
function requireWithout(): DriverRequire {
  const load = () => assert.fail('a driver that did not resolve must not be required');
  return Object.assign(load, {
    resolve(id: string): string {
      throw Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- ${import.meta.url}`), { code: 'MODULE_NOT_FOUND' });
    },
  });
}

test('a missing better-sqlite3 is a MissingDriverError that says what to run', () => {
  const error = (() => {
    try {
      loadDriver('better-sqlite3', requireWithout());
    } catch (thrown) {
      return thrown;
    }
    return assert.fail('loadDriver did not throw');
  })();
  assert.ok(error instanceof MissingDriverError);
  assert.equal(error.name, 'MissingDriverError');
  assert.equal(error.code, 'missing_driver');
  assert.equal(error.driver, 'better-sqlite3');
  assert.equal(error.message, 'install better-sqlite3 to use the SQLite store: npm install better-sqlite3');
  assert.match(String((error.cause as Error).message), /Cannot find module 'better-sqlite3'/, 'the resolution error is kept as the cause');
  // The guard works across copies: the public entry is the built package, this test's import its source.
  assert.ok(PublicMissingDriverError.is(error));
});

test('a missing pg is a MissingDriverError that says what to run', () => {
  assert.throws(() => loadDriver('pg', requireWithout()), (error: unknown) => {
    assert.ok(MissingDriverError.is(error));
    assert.equal(error.driver, 'pg');
    assert.equal(error.message, 'install pg to use the PostgreSQL store: npm install pg');
    return true;
  });
});

test('a driver that is installed but fails to load keeps its own error', () => {
  // E.g. better-sqlite3 compiled for another Node: telling the user to install it would mislead.
  const broken = new Error('The module was compiled against a different Node.js version');
  const require = Object.assign(() => {
    throw broken;
  }, { resolve: (id: string) => `/node_modules/${id}/lib/index.js` });
  assert.throws(() => loadDriver('better-sqlite3', require), (error: unknown) => error === broken);
});

test('the installed drivers load through the real require', () => {
  assert.equal(typeof loadDriver('better-sqlite3'), 'function');
  assert.equal(typeof loadDriver('pg').Pool, 'function');
});

test('importing @giftkit/server/node (or the mock) loads no driver; a SQLite store loads better-sqlite3 and still not pg', () => {
  // A fresh process: this one has loaded the drivers already. Node's CommonJS cache lists every driver
  // file loaded, whether through require or import, so it shows what the imports pulled in.
  const script = `
    import { createRequire } from 'node:module';
    const cache = createRequire(import.meta.url).cache;
    const drivers = () => [...new Set(Object.keys(cache)
      .map((file) => /[\\\\/]node_modules[\\\\/](pg|better-sqlite3)[\\\\/]/.exec(file)?.[1])
      .filter(Boolean))].sort();
    const seen = {};
    const node = await import('@giftkit/server/node');
    await import('@giftkit/server');
    await import('@giftkit/mock');
    seen.imports = drivers();
    const store = await node.createSqliteStore({ filename: ':memory:' });
    await store.close();
    seen.sqlite = drivers();
    console.log(JSON.stringify(seen));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
  });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), { imports: [], sqlite: ['better-sqlite3'] });
});
