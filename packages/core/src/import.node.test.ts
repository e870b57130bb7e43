// Importing the SDK must do nothing: no request, no DOM-ish global read or written, no timer left.
import { test } from 'node:test';
import assert from 'node:assert/strict';

/** Globals a browser has and a library could reach for at import: touching any of them is a side effect. */
const DOM_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'customElements', 'localStorage', 'sessionStorage',
  'indexedDB', 'HTMLElement', 'MutationObserver', 'BroadcastChannel', 'addEventListener', 'dispatchEvent',
];

test('importing @giftkit/core makes no request and touches no DOM-ish global', async () => {
  const touched: string[] = [];
  const restore: (() => void)[] = [];
  for (const name of DOM_GLOBALS) {
    const previous = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(`read ${name}`);
        return previous?.get ? previous.get.call(globalThis) : previous?.value;
      },
      set() {
        touched.push(`write ${name}`);
      },
    });
    restore.push(() => {
      if (previous) Object.defineProperty(globalThis, name, previous);
      else delete (globalThis as Record<string, unknown>)[name];
    });
  }
  const originalFetch = globalThis.fetch;
  const requests: string[] = [];
  globalThis.fetch = async (input) => {
    requests.push(String(input instanceof Request ? input.url : input));
    throw new Error('no request may be made at import');
  };
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  try {
    const sdk = await import('@giftkit/core');
    assert.equal(typeof sdk.createGiftkit, 'function');
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    globalThis.fetch = originalFetch;
    for (const undo of restore) undo();
  }
  assert.deepEqual(requests, []);
  assert.deepEqual(touched, []);
  // zod (through the contract) keeps its configuration and schema registry on `globalThis.__zod_*` from
  // import on, so that copies of zod share them; they are the only globals the dependency tree adds.
  const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name) && !name.startsWith('__zod_'));
  assert.deepEqual(added, []);
});
