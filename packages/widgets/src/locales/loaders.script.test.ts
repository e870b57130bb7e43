// The script-tag bundle's translation loading: files beside the bundle, admitted only with the hash the
// bundle carries. A fake CDN (MSW) serves them here; the last test loads the files the build really wrote.
import { expect } from 'chai';
import { http, HttpResponse, passthrough } from 'msw';
import { createScriptLocaleLoaders } from './loaders.script.js';
import { templates as spanish } from './es.js';
import { useHarness, rejectionOf } from '../test/harness.js';

const CDN = 'https://cdn-locales.giftkit.test/widgets/1.0.0/';
const BUNDLE = `${CDN}giftkit-widgets.min.js`;

async function sha384(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('script-tag translation files', () => {
  const harness = useHarness();
  const requests: string[] = [];

  /** Serves `body` as the CDN's `giftkit-widgets.<locale>.json`. */
  function serve(locale: string, body: string): void {
    harness.use(
      http.get(`${CDN}giftkit-widgets.${locale}.json`, ({ request }) => {
        requests.push(request.url);
        return new HttpResponse(body, { headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } });
      }),
    );
  }

  beforeEach(() => {
    requests.length = 0;
  });

  it('fetches the file beside the bundle, on first use only, and admits it with its hash', async () => {
    const body = JSON.stringify(spanish);
    serve('es', body);
    const loaders = createScriptLocaleLoaders(BUNDLE, { es: await sha384(body) });
    expect(requests).to.deep.equal([]); // building the loaders fetches nothing
    const { templates } = await loaders.es();
    expect(requests).to.deep.equal([`${CDN}giftkit-widgets.es.json`]);
    expect(templates['gk.recharge.title']).to.equal('Conseguir monedas');
    // `str` templates survive the trip through JSON in the shape @lit/localize substitutes into.
    expect(templates['gk.recharge.coins.other']).to.deep.equal({ strTag: true, strings: ['', ' monedas'], values: [0] });
  });

  it('refuses a file whose bytes differ from the hash the bundle was built with', async () => {
    const body = JSON.stringify(spanish);
    serve('es', JSON.stringify({ ...spanish, 'gk.recharge.title': 'Monedas BARATAS aquí' }));
    const loaders = createScriptLocaleLoaders(BUNDLE, { es: await sha384(body) });
    const error = await rejectionOf(loaders.es());
    expect(error).to.be.instanceOf(TypeError); // fetch's integrity failure
  });

  it('refuses a locale the bundle carries no hash for, without fetching it', async () => {
    serve('ar', JSON.stringify({}));
    const loaders = createScriptLocaleLoaders(BUNDLE, {});
    const error = await rejectionOf(loaders.ar());
    expect(error).to.be.instanceOf(Error).with.property('message').that.matches(/No integrity hash/);
    expect(requests).to.deep.equal([]);
  });

  it('refuses a well-hashed file that is not a message map', async () => {
    for (const body of ['[]', '{"gk.recharge.title": 42}', '{"gk.x": {"strTag": true, "strings": ["a", "b"], "values": []}}']) {
      serve('es', body);
      const loaders = createScriptLocaleLoaders(BUNDLE, { es: await sha384(body) });
      const error = await rejectionOf(loaders.es());
      expect(error, body).to.be.instanceOf(TypeError).with.property('message').that.matches(/giftkit-widgets\.es\.json/);
    }
  });

  it('reports a missing file with its address and status', async () => {
    harness.use(http.get(`${CDN}giftkit-widgets.ar.json`, () => new HttpResponse('', { status: 404, headers: { 'access-control-allow-origin': '*' } })));
    const loaders = createScriptLocaleLoaders(BUNDLE, { ar: await sha384('') });
    const error = await rejectionOf(loaders.ar());
    expect(error).to.be.instanceOf(Error).with.property('message').that.matches(/giftkit-widgets\.ar\.json answered 404/);
  });

  it('loads the files the bundle build wrote, with the hashes it recorded', async () => {
    // Written by `npm run bundle` (npm test runs it before the browser tests).
    const bundle = new URL('/packages/widgets/dist/bundle/giftkit-widgets.min.js', location.href);
    harness.use(http.get(`${location.origin}/packages/widgets/dist/bundle/*`, () => passthrough()));
    const response = await fetch(new URL('sri.json', bundle));
    expect(response.ok, 'packages/widgets/dist/bundle/sri.json: run `npm run bundle` first').to.equal(true);
    const hashes = (await response.json()) as Record<string, string>;
    const loaders = createScriptLocaleLoaders(bundle, {
      es: hashes['giftkit-widgets.es.json']!,
      ar: hashes['giftkit-widgets.ar.json']!,
    });
    expect((await loaders.es()).templates).to.deep.equal(JSON.parse(JSON.stringify(spanish)));
    expect((await loaders.ar()).templates['gk.recharge.title']).to.be.a('string').and.not.equal('Get coins');
  });
});
