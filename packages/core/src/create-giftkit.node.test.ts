// The `@example` of `createGiftkit` is code a developer copies: it must run as written. This runs it
// in Node against the mock wallet, with MSW answering the example's token endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createMockBackend } from '@giftkit/mock';
import * as sdk from '@giftkit/core';

async function exampleOf(file: URL): Promise<string> {
  const source = await readFile(file, 'utf8');
  const block = /@example\n([\s\S]*?)\n \*\/\nexport function createGiftkit/.exec(source)?.[1];
  assert.ok(block, 'createGiftkit has an @example');
  return block
    .split('\n')
    .map((line) => line.replace(/^ \* ?/, ''))
    .filter((line) => !line.startsWith('import '))
    .join('\n');
}

test('the @example of createGiftkit runs against the sandbox and sends a rose', async () => {
  const backend = createMockBackend();
  const server = setupServer(
    ...backend.handlers,
    http.get('https://app.example/api/giftkit-token', () => HttpResponse.text(backend.tokenFor(backend.users.viewer))),
  );
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const before = await backend.state.balance(backend.users.viewer);
    const code = await exampleOf(new URL('./create-giftkit.ts', import.meta.url));
    const logs: unknown[][] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction('createGiftkit', 'isInsufficientFundsError', 'prompt', 'console', code);
    await run(sdk.createGiftkit, sdk.isInsufficientFundsError, () => assert.fail('no step-up expected'), {
      log: (...args: unknown[]) => logs.push(args),
    });
    const rose = (await sdk.createGiftkit({ baseUrl: backend.baseUrl, getToken: () => backend.tokenFor(backend.users.viewer) })
      .gifts.catalog()).gifts.find((gift) => gift.id === 'rose');
    assert.ok(rose);
    assert.equal(await backend.state.balance(backend.users.viewer), before - rose.coins);
    assert.ok(logs.some(([label]) => label === 'sent; balance now'), `logged: ${JSON.stringify(logs)}`);
  } finally {
    server.close();
  }
});
