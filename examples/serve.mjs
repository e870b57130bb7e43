// Serves the widget examples against the in-page mock wallet: `npm run build && npm run bundle`, then
// `node examples/serve.mjs` → http://127.0.0.1:8788/script-tag/ (classic script),
// http://127.0.0.1:8788/script-tag/module.html (ES module script) and http://127.0.0.1:8788/npm/.
// Pages get the strict policy Giftkit promises to work under (no inline script, no eval, Trusted Types).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const port = Number(process.env.PORT ?? 8788);
const CSP = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html default";

/** Bundles an example module the way an app's bundler would (cached: the examples do not change while served). */
const bundles = new Map();
function bundle(entry, format) {
  if (!bundles.has(entry)) {
    bundles.set(entry, build({ entryPoints: [join(here, entry)], bundle: true, format, write: false, target: 'es2022', conditions: ['browser'] })
      .then((result) => result.outputFiles[0].text));
  }
  return bundles.get(entry);
}

const routes = {
  '/script-tag/': () => readFile(join(here, 'script-tag/index.html')),
  '/script-tag/module.html': () => readFile(join(here, 'script-tag/module.html')),
  '/npm/': () => readFile(join(here, 'npm/index.html')),
  '/npm/main.js': () => bundle('npm/main.js', 'esm'),
  '/mock-worker.js': () => bundle('mock/mock-worker.js', 'iife'),
  '/examples.css': () => readFile(join(here, 'examples.css')),
  '/mockServiceWorker.js': () => readFile(require.resolve('msw/mockServiceWorker.js')),
  '/vendor/giftkit-widgets.iife.min.js': () => readFile(join(here, '../packages/widgets/dist/bundle/giftkit-widgets.iife.min.js')),
  '/vendor/giftkit-widgets.min.js': () => readFile(join(here, '../packages/widgets/dist/bundle/giftkit-widgets.min.js')),
  // The bundles' Spanish and Arabic messages, which they fetch beside themselves (try data-locale="es").
  '/vendor/giftkit-widgets.es.json': () => readFile(join(here, '../packages/widgets/dist/bundle/giftkit-widgets.es.json')),
  '/vendor/giftkit-widgets.ar.json': () => readFile(join(here, '../packages/widgets/dist/bundle/giftkit-widgets.ar.json')),
};
const TYPES = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json',
};

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const route = path === '/' ? null : routes[path];
  if (!route) {
    response.writeHead(path === '/' ? 302 : 404, path === '/' ? { location: '/script-tag/' } : {}).end();
    return;
  }
  try {
    const body = await route();
    const type = TYPES[path.endsWith('/') ? 'html' : path.split('.').pop()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-cache' }).end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
}).listen(port, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${port}`;
  console.log(`Giftkit widget examples: ${origin}/script-tag/, ${origin}/script-tag/module.html and ${origin}/npm/`);
});
