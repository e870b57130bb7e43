// `giftkit-server` end to end: the built bin, spawned as a user would run it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SEED_USERS, signViewerToken } from '@giftkit/server';
import { CliUsageError, DEFAULT_DATABASE, readServerConfig } from './cli-config.js';

const require = createRequire(import.meta.url);
const packageJson = require.resolve('@giftkit/server/package.json');
const bin = join(dirname(packageJson), (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['giftkit-server']!);
const dir = mkdtempSync(join(tmpdir(), 'giftkit-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const secret = 'cli-test-secret-of-at-least-32-bytes!';

interface Cli {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>): Cli {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function listening(cli: Cli): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(cli.out())?.[1];
    if (url) return url;
    if (cli.child.exitCode !== null || Date.now() > deadline) {
      cli.child.kill('SIGKILL');
      assert.fail(`giftkit-server did not start:\n${cli.out()}\n${cli.err()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('giftkit-server serves a seeded SQLite wallet, and exits 0 on SIGTERM; the data outlives it', async () => {
  const file = join(dir, 'nested', 'data', 'wallet.sqlite');
  const env = { GIFTKIT_DATABASE: `sqlite:${file}`, GIFTKIT_JWT_SECRET: secret };
  const token = await signViewerToken({ userId: SEED_USERS.viewer, role: 'viewer' }, { secret });

  const first = run(['--seed'], env);
  const url = await listening(first);
  assert.match(first.out(), /seeded the sandbox catalog/);
  const wallet = await fetch(`${url}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(wallet.status, 200);
  assert.equal(((await wallet.json()) as { coins: number }).coins, 1360);
  const unsigned = await fetch(`${url}/v1/wallet`, { headers: { authorization: 'Bearer nope' } });
  assert.equal(unsigned.status, 401);
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0, first.err());
  assert.match(first.out(), /SIGTERM, shutting down/);
  assert.ok(existsSync(file), 'the database directory was created');

  const second = run(['--seed'], env);
  const again = await listening(second);
  assert.match(second.out(), /has data already; not seeding/);
  const res = await fetch(`${again}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(((await res.json()) as { coins: number }).coins, 1360, 'the same wallet after a restart');
  second.child.kill('SIGINT');
  assert.equal(await second.exited, 0, second.err());
});

test('giftkit-server --sandbox makes up a secret, says so, and hands out a working token', async () => {
  const cli = run(['--sandbox', '--seed'], { GIFTKIT_DATABASE: ':memory:' });
  const url = await listening(cli);
  assert.match(cli.err(), /warning: --sandbox without GIFTKIT_JWT_SECRET/);
  const token = /sandbox token of viewer_ada, valid 1 h: (\S+)/.exec(cli.out())?.[1];
  assert.ok(token, cli.out());
  const res = await fetch(`${url}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  cli.child.kill('SIGTERM');
  assert.equal(await cli.exited, 0);
});

test('giftkit-server refuses to start without a JWT secret, with a usage message', async () => {
  const cli = run([], { GIFTKIT_DATABASE: ':memory:' });
  assert.equal(await cli.exited, 2);
  assert.match(cli.err(), /GIFTKIT_JWT_SECRET is required/);
  assert.match(cli.err(), /Usage: giftkit-server/);
});

test('readServerConfig reads the environment, with defaults', () => {
  const config = readServerConfig(['--seed'], {
    GIFTKIT_JWT_SECRET: secret, GIFTKIT_CORS_ORIGINS: ' https://a.example , https://b.example,', PORT: '9000', HOST: '0.0.0.0',
  });
  assert.ok(config !== 'help');
  assert.equal(config.port, 9000);
  assert.equal(config.hostname, '0.0.0.0');
  assert.equal(config.database, DEFAULT_DATABASE);
  assert.deepEqual(config.location, { kind: 'sqlite', filename: './.giftkit/wallet.sqlite' });
  assert.deepEqual(config.corsOrigins, ['https://a.example', 'https://b.example']);
  assert.equal(config.seed, true);
  assert.equal(config.generatedSecret, false);
  assert.equal(readServerConfig(['--help'], {}), 'help');
});

test('readServerConfig refuses what it cannot use, saying what', () => {
  const refuses = (argv: string[], env: Record<string, string>, message: RegExp) =>
    assert.throws(() => readServerConfig(argv, env), (e: unknown) => e instanceof CliUsageError && message.test(e.message));
  refuses([], { GIFTKIT_JWT_SECRET: secret, PORT: 'eighty' }, /PORT must be a number/);
  refuses([], { GIFTKIT_JWT_SECRET: secret, PORT: '70000' }, /PORT must be a number/);
  refuses([], { GIFTKIT_JWT_SECRET: 'short' }, /at least 32 bytes/);
  refuses([], { GIFTKIT_JWT_SECRET: secret, GIFTKIT_DATABASE: 'mysql://localhost/wallet' }, /unsupported store "mysql"/);
  refuses([], { GIFTKIT_JWT_SECRET: secret, GIFTKIT_PUBLIC_URL: 'javascript:alert(1)' }, /GIFTKIT_PUBLIC_URL/);
  refuses(['--sede'], { GIFTKIT_JWT_SECRET: secret }, /--sede/);
});
