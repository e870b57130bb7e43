// Browser tests: every `*.test.ts` under packages/ (the `*.node.test.ts` files run on Node instead),
// in Debian's Chromium, with MSW's service worker served at the root so `setupWorker` can register.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');

/** Serves MSW's worker script at `/mockServiceWorker.js`, where `setupWorker().start()` looks for it. */
function mswWorkerMiddleware(ctx, next) {
  if (ctx.path !== '/mockServiceWorker.js') return next();
  return readFile(mswWorker, 'utf8').then((body) => {
    ctx.type = 'application/javascript';
    ctx.body = body;
  });
}

/** The policy `*.csp.test.ts` pages are served with: no inline script, no eval, Trusted Types enforced. */
const STRICT_CSP = "script-src 'self'; require-trusted-types-for 'script'";
const inlineScripts = new Map();
let inlineScriptCount = 0;

/**
 * Serves the test page of every `*.csp.test.ts` file with STRICT_CSP as a real response header. The runner
 * writes two small inline module scripts into each page (its config and its log capture), which such a
 * policy would block; they are moved to same-origin URLs served here, so the page runs under the exact
 * policy without weakening it with hashes or 'unsafe-inline'.
 */
async function strictCspMiddleware(ctx, next) {
  const moved = /^\/__csp-inline\/(\d+)\.js$/.exec(ctx.path);
  if (moved && inlineScripts.has(moved[1])) {
    ctx.type = 'application/javascript';
    ctx.body = inlineScripts.get(moved[1]);
    return;
  }
  await next();
  // The test page is `/?wtr-session-id=…`; its injected config names the test file.
  if (ctx.path !== '/' || !ctx.URL.searchParams.has('wtr-session-id') || typeof ctx.body !== 'string') return;
  if (!/\.csp\.test\.[jt]s/.test(ctx.body)) return;
  ctx.body = ctx.body.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, code) => {
    const id = String(++inlineScriptCount);
    inlineScripts.set(id, code);
    return `<script type="module" src="/__csp-inline/${id}.js"></script>`;
  });
  ctx.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  middleware: [mswWorkerMiddleware, strictCspMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        // The flags keep Chromium off the network it cannot reach here (sync, updates, field trials)
        // and let it run as root in CI containers.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 2,
  // A guard against hangs, not a timing check: hooks that start MSW's worker take longer on a loaded CI machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
