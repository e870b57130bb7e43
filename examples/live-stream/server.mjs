// `npm start`: the example live-stream site on the reference wallet server, with its embedded SQLite
// database in ./.giftkit/ (seeded on first run). One process plays three parts, as in a real deployment:
// the host site (pages, and /demo/token standing in for its backend minting viewer tokens), the wallet
// API (/v1, /sandbox) and the sandbox payment provider's hosted checkout.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createWalletApp, seedStore, createJwtAuthenticator, signViewerToken, SEED_USERS } from '@giftkit/server';
import { openStore, serveWallet } from '@giftkit/server/node';
import { giftSvg } from './gift-art.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dataDir = process.env.GIFTKIT_DATA_DIR ?? join(root, '.giftkit');
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const origin = `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;
const WIDGETS_BUNDLE = join(root, 'packages/widgets/dist/bundle/giftkit-widgets.min.js');

if (!existsSync(WIDGETS_BUNDLE)) {
  console.error('The widgets bundle is missing: run `npm start` from the repository root (it builds first).');
  process.exit(1);
}

// A per-checkout secret, kept beside the database so that tokens survive a restart.
mkdirSync(dataDir, { recursive: true });
const secretFile = join(dataDir, 'demo-jwt-secret');
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
const secret = readFileSync(secretFile, 'utf8').trim();

const store = await openStore(process.env.GIFTKIT_DATABASE ?? `sqlite:${join(dataDir, 'demo.sqlite')}`);
const seeded = await store.transaction(async (tx) => (await tx.catalog.get()) !== null);
if (!seeded) await seedStore(store, new Date(), { assetBaseUrl: `${origin}/assets/gifts` });

const wallet = createWalletApp({ store, authenticate: createJwtAuthenticator({ secret }), baseUrl: origin });

const VIEWERS = new Set([SEED_USERS.viewer, SEED_USERS.viewerBR, SEED_USERS.viewerJP, SEED_USERS.minor]);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.map': 'application/json',
};
// The page holds itself to what Giftkit promises to work under: no inline script, no eval, Trusted Types
// (Lit's templates go through its own `lit-html` policy; no other policy may be created).
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "object-src 'none'",
  "require-trusted-types-for 'script'", "trusted-types lit-html",
].join('; ');

async function sendFile(c, file) {
  try {
    const body = await readFile(file);
    return c.body(body, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': 'no-cache' });
  } catch {
    return c.notFound();
  }
}

const site = new Hono();
// Stands in for the host site's backend: it knows who is signed in and mints a short-lived token.
site.post('/demo/token', async (c) => {
  const userId = c.req.query('as') ?? SEED_USERS.viewer;
  if (!VIEWERS.has(userId)) return c.json({ error: 'unknown demo viewer' }, 400);
  return c.json({ token: await signViewerToken({ userId, role: 'viewer' }, { secret, expiresIn: '10m' }) });
});
site.get('/assets/gifts/:file', (c) => {
  const svg = giftSvg(c.req.param('file').replace(/\.\w+$/, ''));
  return svg ? c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' }) : c.notFound();
});
site.get('/vendor/giftkit-widgets.js', (c) => sendFile(c, WIDGETS_BUNDLE));
site.get('/vendor/giftkit-widgets.min.js.map', (c) => sendFile(c, `${WIDGETS_BUNDLE}.map`));
// The bundle's Spanish and Arabic messages, which it fetches beside itself when a viewer needs them.
site.get('/vendor/:file{giftkit-widgets\\.(?:es|ar)\\.json}', (c) => sendFile(c, join(dirname(WIDGETS_BUNDLE), c.req.param('file'))));
site.get('/', (c) => sendFile(c, join(here, 'public', 'index.html')));
site.get('/:file{[a-z-]+\\.(?:html|js|css)}', (c) => sendFile(c, join(here, 'public', c.req.param('file'))));
// Everything else is the wallet service, with its own errors, CORS and 404s.
site.all('*', (c) => wallet.fetch(c.req.raw));

const server = await serveWallet({ app: site, port, hostname });
console.log(`\n  Giftkit example live stream: ${origin}/\n  Wallet API: ${origin}/v1 · database: ${process.env.GIFTKIT_DATABASE ?? join(dataDir, 'demo.sqlite')}\n  Press Ctrl+C to stop.\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    await store.close();
    process.exit(0);
  });
}
