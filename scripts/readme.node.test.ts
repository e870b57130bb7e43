// The README's quickstart is the first code a developer copies: it must run as written. This extracts
// the block after the `quickstart` marker, strips its types with esbuild, and runs it in Node against
// the mock wallet (MSW also answers the snippet's token endpoint).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createMockBackend } from '@giftkit/mock';
import * as sdk from '@giftkit/core';

async function quickstart(): Promise<string> {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const block = /<!-- quickstart[^>]*-->\n```ts\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(block, 'the README has a quickstart block');
  const { code } = await transform(block, { loader: 'ts', format: 'esm', target: 'es2022' });
  const imports = code.split('\n').filter((line) => line.startsWith('import '));
  assert.deepEqual(imports, ['import { createGiftkit, isInsufficientFundsError } from "@giftkit/core";']);
  return code.split('\n').filter((line) => !line.startsWith('import ')).join('\n');
}

test('the README quickstart runs against the mock: lists packages, sends five roses, flags a scam', async () => {
  const backend = createMockBackend();
  const viewer = backend.users.viewer;
  const server = setupServer(
    ...backend.handlers,
    http.get('https://app.example/api/giftkit-token', () => HttpResponse.text(backend.tokenFor(viewer))),
  );
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const before = await backend.state.balance(viewer);
    const logs: string[] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
    const run = new AsyncFunction('createGiftkit', 'isInsufficientFundsError', 'askViewerForCode', 'console', await quickstart());
    await run(sdk.createGiftkit, sdk.isInsufficientFundsError, () => assert.fail('no step-up expected'), {
      log: (...args: unknown[]) => logs.push(args.join(' ')),
    });

    assert.equal(await backend.state.balance(viewer), before - 5, 'five one-coin roses were debited once');
    assert.ok(logs.some((line) => /^70 coins for \$0\.99$/.test(line)), `a package line in ${JSON.stringify(logs)}`);
    assert.ok(logs.some((line) => line.startsWith('Balance:')), 'the balance store reported');
    assert.equal(logs.at(-1), 'high', 'the scam message is flagged high');
    assert.equal(await backend.state.ledgerBalanced(), true);
  } finally {
    server.close();
  }
});
