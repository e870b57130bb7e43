// Demo plumbing, not Giftkit: runs the mock wallet backend (@giftkit/mock) inside the page through MSW's
// service worker, so the examples work without a server. Served as one classic script (bundled by
// examples/serve.mjs) and loaded BEFORE the widgets: it holds the page's fetches until the mock answers,
// so the widgets' first requests cannot race the worker's start-up. A real site has none of this.
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createMockBackend } from '@giftkit/mock';
import { giftSvg } from '../live-stream/gift-art.mjs';

const backend = createMockBackend();

// Under `require-trusted-types-for 'script'`, registering a service worker needs a TrustedScriptURL; this
// default policy admits MSW's worker script and nothing else.
globalThis.trustedTypes?.createPolicy('default', {
  createScriptURL: (url) => {
    if (new URL(url, location.href).pathname === '/mockServiceWorker.js') return url;
    throw new TypeError(`untrusted script URL ${url}`);
  },
});

const worker = setupWorker(
  ...backend.handlers,
  // Stands in for the host site's backend, which mints a token for the signed-in viewer.
  http.post('/api/giftkit-token', () => HttpResponse.json({ token: backend.tokenFor(backend.users.viewer) })),
  // The seeded catalog's pictures live on a CDN the examples do not have; draw them instead.
  http.get('https://assets.giftkit.dev/gifts/:file', ({ params }) => {
    const svg = giftSvg(String(params.file).replace(/\.\w+$/, ''));
    return svg ? new HttpResponse(svg, { headers: { 'content-type': 'image/svg+xml' } }) : new HttpResponse(null, { status: 404 });
  }),
);

const pageFetch = globalThis.fetch.bind(globalThis);
const ready = worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
globalThis.fetch = async (...args) => {
  await ready;
  return pageFetch(...args);
};

/** The mock backend, for the examples' own buttons (e.g. completing a sandbox checkout). */
globalThis.giftkitMock = { backend, ready };
