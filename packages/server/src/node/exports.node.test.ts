import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as nodeEntry from '@giftkit/server/node';
import * as main from '@giftkit/server';

test('@giftkit/server/node exports the Node API, and the main entry the JWT helpers', () => {
  assert.deepEqual(Object.keys(nodeEntry).sort(), [
    'MissingDriverError', 'createPostgresStore', 'createSqliteStore', 'openStore', 'parseStoreLocation', 'serveWallet',
  ]);
  assert.equal(typeof main.createJwtAuthenticator, 'function');
  assert.equal(typeof main.signViewerToken, 'function');
});

test('a browser build cannot reach @giftkit/server/node (its exports map says browser: null)', () => {
  const resolve = (conditions: string[]) => spawnSync(process.execPath, [
    ...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', "import.meta.resolve('@giftkit/server/node')",
  ], { encoding: 'utf8' });
  assert.equal(resolve([]).status, 0, resolve([]).stderr);
  const browser = resolve(['browser']);
  assert.notEqual(browser.status, 0);
  assert.match(browser.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
});
