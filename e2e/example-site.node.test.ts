// `npm start`'s site, as a new user meets it: the example server starts on a fresh SQLite database, prints
// its address, serves the page, the widgets bundle and gift art, mints demo tokens, answers the wallet
// API, and stops cleanly. (A viewer's use of the page in Chromium is in e2e/examples.node.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { freePort } from './free-port.js';

const server = new URL('../examples/live-stream/server.mjs', import.meta.url);

test('the example live-stream site starts, serves the page under a strict CSP and runs the wallet', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'giftkit-site-'));
  const child = spawn(process.execPath, [server.pathname], {
    env: { ...process.env, PORT: String(await freePort()), GIFTKIT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let output = '';
    const origin = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /live stream: (http:\/\/\S+?)\/\s/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });

    const page = await fetch(`${origin}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/);
    const html = await page.text();
    for (const tag of ['gk-coin-balance', 'gk-gift-picker', 'gk-recharge-dialog']) assert.match(html, new RegExp(`<${tag}`));
    assert.equal((await fetch(`${origin}/vendor/giftkit-widgets.js`)).status, 200);
    assert.equal((await fetch(`${origin}/app.js`)).status, 200);
    const art = await fetch(`${origin}/assets/gifts/rose.webp`);
    assert.equal(art.headers.get('content-type'), 'image/svg+xml');

    const { token } = (await (await fetch(`${origin}/demo/token?as=viewer_bruno`, { method: 'POST' })).json()) as { token: string };
    const wallet = await fetch(`${origin}/v1/wallet`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(wallet.status, 200);
    assert.deepEqual(await wallet.json().then((w: { currency: string; region: string }) => [w.region, w.currency]), ['BR', 'BRL']);
    const gifts = (await (await fetch(`${origin}/v1/gifts`, { headers: { authorization: `Bearer ${token}` } })).json()) as { gifts: { imageUrl: string }[] };
    assert.ok(gifts.gifts.every((gift) => gift.imageUrl.startsWith(`${origin}/assets/gifts/`)), 'gift art is served by the site');
    assert.equal((await fetch(`${origin}/demo/token?as=someone_else`, { method: 'POST' })).status, 400);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
