// Benchmark (not a test): how long <gk-gift-picker> takes to render its first grid and to filter it by a
// search, at 50, 500 and 2,000 gifts, as ratios against a plain-DOM grid (document.createElement, no
// framework, no rows, no content-visibility) built and measured in the same page of the same run.
// Usage: npm run bench   (builds first; CHROME_PATH overrides /usr/bin/chromium)
//
// Each time runs from the first DOM write until a forced layout returns (script, style and layout; not
// paint), median of RUNS runs after WARMUP runs. The picker's catalog is served from memory, so the time
// is the widget's own, not the network's.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PICKER = 'packages/widgets/dist/gift-picker/gift-picker.js';
const SIZES = [50, 500, 2000];
const QUERY = 'drag';
const WARMUP = 3;
const RUNS = 9;

if (!existsSync(new URL(`../${PICKER}`, import.meta.url))) {
  console.error(`${PICKER} is missing: build first with \`npx tsc -b\`.`);
  process.exit(1);
}

// The production build of Lit (no `development` condition), as a page would ship it.
const { outputFiles } = await build({
  stdin: {
    contents: `
      import { createGiftkit } from '@giftkit/core';
      import { GkGiftPicker } from './${PICKER}';
      import { configure } from './packages/widgets/dist/internal/configure.js';
      customElements.define('gk-gift-picker', GkGiftPicker);
      window.benchKit = { createGiftkit, configure };
    `,
    resolveDir: ROOT,
    loader: 'js',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'error',
});
const script = outputFiles[0].text;

// A 1×1 PNG: the gifts' images load from this server, for the picker and the baseline alike.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>picker bench</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; }
  #stage { width: 720px; }
  .plain { display: grid; grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr)); gap: 0.5rem;
    max-height: 22rem; overflow-y: auto; padding: 0.25rem; }
  .plain button { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0.25rem;
    width: 100%; height: 7.5rem; border: 1px solid transparent; border-radius: 0.75rem; background: #f4f4f6; font: inherit; }
  .plain img { width: 3rem; height: 3rem; object-fit: contain; }
  .plain .name { max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
</style></head>
<body><div id="stage"></div><script type="module" src="/bench.js"></script></body></html>`;

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  else if (path === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else if (path.startsWith('/img/')) response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }).end(PNG);
  else response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'benchKit' in window);
  const rows = [];
  for (const size of SIZES) {
    rows.push(await page.evaluate(measure, { size, query: QUERY, warmup: WARMUP, runs: RUNS, origin }));
  }
  const version = await browser.version();
  const ms = (value) => `${value.toFixed(2)} ms`;
  const ratio = (picker, plain) => `${(picker / plain).toFixed(2)}×`;
  console.log(`<gk-gift-picker> against a plain-DOM grid, ${version}, median of ${RUNS} runs (after ${WARMUP} warm-up runs)`);
  console.log(`first render: append until the grid's forced layout returns; filter: the search "${QUERY}" until the same\n`);
  console.table(rows.map((row) => ({
    gifts: row.size,
    'render picker': ms(row.render.picker),
    'render plain': ms(row.render.plain),
    'render ratio': ratio(row.render.picker, row.render.plain),
    'filter shows': row.matches,
    'filter picker': ms(row.filter.picker),
    'filter plain': ms(row.filter.plain),
    'filter ratio': ratio(row.filter.picker, row.filter.plain),
  })));
} finally {
  await browser.close();
  server.close();
}

/**
 * Runs in the page: builds a catalog of `size` gifts, then times the picker and the plain grid, each
 * rendering it and filtering it, alternately, and returns the medians.
 */
async function measure({ size, query, warmup, runs, origin }) {
  const WORDS = ['Rose', 'Star', 'Heart', 'Crown', 'Rocket', 'Panda', 'Galaxy', 'Castle', 'Dragon', 'Comet',
    'Lotus', 'Tiger', 'Pearl', 'Falcon', 'Candy', 'Ocean', 'Maple', 'Ember', 'Nova', 'Orchid'];
  const PRICES = [1, 5, 10, 99, 100, 500, 1000, 5000, 20000, 44999];
  const categories = ['popular', 'love', 'fun', 'luxury', 'legendary'].map((id) => ({ id, name: id }));
  const catalog = {
    version: `bench-${size}`,
    categories,
    gifts: Array.from({ length: size }, (_, i) => ({
      id: `gift_${i}`,
      name: `${WORDS[i % 20]} ${WORDS[(i * 7 + 3) % 20]} ${i}`,
      coins: PRICES[i % 10],
      imageUrl: `${origin}/img/${i % 50}.png`,
      animationUrl: null,
      streakable: PRICES[i % 10] < 100,
      categoryId: categories[i % 5].id,
    })),
  };
  const wallet = {
    userId: 'bench_viewer', coins: 5000, region: 'US', currency: 'USD', budgets: [],
    flags: { ageRestricted: false, regionMismatch: false }, updatedAt: new Date().toISOString(),
  };
  const { createGiftkit, configure } = window.benchKit;
  const giftkit = createGiftkit({
    baseUrl: 'https://bench.giftkit.test',
    getToken: () => 'bench-token',
    locale: 'en-US',
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.pathname === '/v1/wallet' ? Response.json(wallet) : new Response(null, { status: 404 });
    },
  });
  // The catalog comes from memory and the balance is loaded (and kept loaded) before any timing.
  giftkit.gifts.catalog = async () => catalog;
  giftkit.wallet.balance.subscribe(() => {});
  while (giftkit.wallet.balance.get().status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 5));
  configure(giftkit);

  const stage = document.getElementById('stage');
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const fold = (text) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  async function picker() {
    const element = document.createElement('gk-gift-picker');
    element.recipientId = 'creator_bench';
    element.streamId = 'stream_bench';
    const start = performance.now();
    stage.append(element);
    const cells = () => element.shadowRoot?.querySelectorAll('[part~="gift"]').length ?? 0;
    // The picker gets there through microtasks alone (the catalog promise, then its update), so no frame
    // can slip into the measurement; the task fallback only guards against a hang.
    for (let turn = 0; cells() !== size; turn++) {
      await element.updateComplete;
      await (turn < 100 ? Promise.resolve() : nextTask());
    }
    element.shadowRoot.querySelector('[part="grid"]').getBoundingClientRect();
    const render = performance.now() - start;
    await settle();

    const input = element.shadowRoot.querySelector('[part="search"]');
    const filterStart = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    element.shadowRoot.querySelector('[part="grid"]').getBoundingClientRect();
    const filter = performance.now() - filterStart;
    const shown = cells();
    element.remove();
    await settle();
    return { render, filter, shown };
  }

  async function plain() {
    const format = (coins) => giftkit.pricing.format.coins(coins);
    const start = performance.now();
    const grid = document.createElement('div');
    grid.className = 'plain';
    grid.setAttribute('role', 'grid');
    const cells = [];
    const keys = [];
    for (const gift of catalog.gifts) {
      const cell = document.createElement('div');
      const button = document.createElement('button');
      const image = document.createElement('img');
      const name = document.createElement('span');
      const price = document.createElement('span');
      button.type = 'button';
      button.tabIndex = -1;
      image.loading = 'lazy';
      image.alt = '';
      image.src = gift.imageUrl;
      name.className = 'name';
      name.textContent = gift.name;
      price.textContent = format(gift.coins);
      button.append(image, name, price);
      cell.append(button);
      grid.append(cell);
      cells.push(cell);
      keys.push(fold(gift.name));
    }
    stage.append(grid);
    grid.getBoundingClientRect();
    const render = performance.now() - start;
    await settle();

    const filterStart = performance.now();
    const needle = fold(query);
    let shown = 0;
    for (let i = 0; i < cells.length; i++) {
      const match = keys[i].includes(needle);
      cells[i].hidden = !match;
      if (match) shown++;
    }
    grid.getBoundingClientRect();
    const filter = performance.now() - filterStart;
    grid.remove();
    await settle();
    return { render, filter, shown };
  }

  for (let i = 0; i < warmup; i++) {
    await picker();
    await plain();
  }
  const results = { picker: [], plain: [] };
  for (let i = 0; i < runs; i++) {
    results.picker.push(await picker());
    results.plain.push(await plain());
  }
  const shown = results.picker[0].shown;
  if (results.plain.some((run) => run.shown !== shown)) throw new Error('the picker and the plain grid disagree on the results');
  return {
    size,
    matches: shown,
    render: { picker: median(results.picker.map((run) => run.render)), plain: median(results.plain.map((run) => run.render)) },
    filter: { picker: median(results.picker.map((run) => run.filter)), plain: median(results.plain.map((run) => run.filter)) },
  };
}
