// End to end over real HTTP: the SDK (`@giftkit/core`, as an app would use it on Node) against the
// reference server (`@giftkit/server/node`) on a real SQLite file, with JWT viewer tokens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGiftkit, isAgeRestrictedError, type Giftkit } from '@giftkit/core';
import { createJwtAuthenticator, seedStore, signViewerToken, SEED_USERS, type WalletStore } from '@giftkit/server';
import { createSqliteStore, serveWallet, type WalletServer } from '@giftkit/server/node';

const secret = 'e2e-secret-of-at-least-32-characters!';
const dir = mkdtempSync(join(tmpdir(), 'giftkit-e2e-'));
const filename = join(dir, 'wallet.sqlite');
let store: WalletStore;
let server: WalletServer;

function sdkFor(userId: string, options: { onStepUp?: () => string } = {}): Giftkit {
  return createGiftkit({
    baseUrl: server.url,
    getToken: () => signViewerToken({ userId, role: 'viewer' }, { secret }),
    officialOrigins: [server.url],
    retry: { limit: 2, baseDelay: 10, maxDelay: 50 },
    ...(options.onStepUp ? { onStepUp: options.onStepUp } : {}),
  });
}

async function start(): Promise<void> {
  store = await createSqliteStore({ filename });
  server = await serveWallet({ options: { store, authenticate: createJwtAuthenticator({ secret }) }, port: 0, shutdownGraceMs: 200 });
}

async function stop(): Promise<void> {
  await server.close();
  await store.close();
}

before(async () => {
  await start();
  await seedStore(store, new Date());
});
after(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('SDK ↔ server over HTTP on SQLite', () => {
  it('buys a package and sees the coins in the balance and the history', async () => {
    const sdk = sdkFor(SEED_USERS.viewerJP);
    const before = await sdk.wallet.get();
    assert.equal(before.currency, 'JPY');
    const { packages } = await sdk.pricing.packages();
    const small = packages[0]!;
    assert.equal(small.price.currency, 'JPY');
    const { recharge, balance } = await sdk.wallet.recharge(
      { type: 'package', packageId: small.id }, { paymentMethod: 'card', testToken: 'tok_success' });
    assert.equal(recharge.status, 'succeeded');
    assert.equal(balance, before.coins + small.coins + small.bonusCoins);
    const page = await sdk.wallet.transactions({ limit: 1 });
    assert.equal(page.data[0]?.type, 'purchase');
    sdk.destroy();
  });

  it('asks for a step-up on a large purchase, then completes it once with the same key', async () => {
    let asked = 0;
    const sdk = sdkFor(SEED_USERS.viewerBR, { onStepUp: () => { asked++; return '123456'; } });
    const { packages } = await sdk.pricing.packages();
    const large = packages.at(-1)!;
    const before = (await sdk.wallet.get()).coins;
    const { recharge } = await sdk.wallet.recharge(
      { type: 'package', packageId: large.id }, { paymentMethod: 'pix', testToken: 'tok_success' });
    assert.equal(asked, 1);
    assert.equal(recharge.status, 'succeeded');
    assert.equal((await sdk.wallet.get()).coins, before + large.coins + large.bonusCoins, 'credited exactly once');
    sdk.destroy();
  });

  it('sends gifts, and the live event stream of another device follows the balance', async () => {
    const phone = sdkFor(SEED_USERS.viewer);
    const laptop = sdkFor(SEED_USERS.viewer);
    const streamed: number[] = [];
    let expected = -1;
    const seen = new Promise<void>((resolve) => {
      laptop.events.on('balance', (update) => {
        if (update.source !== 'stream') return;
        streamed.push(update.coins);
        if (update.coins === expected) resolve();
      });
    });
    laptop.events.connect();
    await new Promise<void>((resolve) => {
      const stop = laptop.events.status.subscribe((status) => { if (status === 'open') { queueMicrotask(() => stop()); resolve(); } });
    });
    const sent = await phone.gifts.send('rose', { recipientId: SEED_USERS.creator, streamId: 'stream_e2e', count: 3 });
    assert.equal(sent.coins, 3);
    expected = sent.balance;
    if (!streamed.includes(expected)) await seen;
    assert.deepEqual(streamed, [sent.balance], 'only the new balance is streamed, no replay of history');
    laptop.destroy();
    phone.destroy();
  });

  it('refuses a minor with a typed error', async () => {
    const sdk = sdkFor(SEED_USERS.minor);
    await assert.rejects(sdk.gifts.send('rose', { recipientId: SEED_USERS.creator, streamId: 'stream_e2e' }), isAgeRestrictedError);
    sdk.destroy();
  });

  it('keeps every coin in the database file across a restart', async () => {
    const sdk = sdkFor(SEED_USERS.viewer);
    const coins = (await sdk.wallet.get()).coins;
    sdk.destroy();
    await stop();
    await start();
    const again = sdkFor(SEED_USERS.viewer);
    assert.equal((await again.wallet.get()).coins, coins);
    again.destroy();
  });
});
