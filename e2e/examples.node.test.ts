// Every example page in Chromium, used the way a viewer uses it: the script-tag page with the classic and
// with the ES module bundle and the npm page, against the in-page mock (examples/serve.mjs), and `npm
// start`'s live-stream site on the reference server. Each page runs under its strict CSP with Trusted
// Types enforced, and this is the only place the built, minified bundles run in a browser: a policy
// violation, a console error or warning, or an uncaught page error fails the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { freePort } from './free-port.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLES = ['giftkit-widgets.iife.min.js', 'giftkit-widgets.min.js'].map((file) => join(root, 'packages/widgets/dist/bundle', file));
/** The longest a viewer is made to wait for anything (the first balance includes the mock worker's start). */
const WAIT = 10_000;
/** The longest a server or the browser may take to start (the site seeds its database first). */
const START = 30_000;
/** A page's whole visit, so that a step without its own timeout cannot hang the run. */
const VISIT = 60_000;
/**
 * The gift sent: 100 coins, so one tap is one send (gifts under 100 coins are tapped in combos, which
 * settle seconds later) and no confirmation is asked (the picker asks from 1,000 coins by default).
 */
const GIFT = 'Hand Hearts';

let browser: Browser | undefined;
const children: ChildProcessWithoutNullStreams[] = [];
let dataDir: string | undefined;
/** examples/serve.mjs's and the live-stream site's origins. */
let examples = '';
let site = '';

/** Starts `script` on a free port and resolves with the origin it prints (`address` captures it). */
async function startServer(script: string, address: RegExp, env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [join(root, script)], { env: { ...process.env, ...env, PORT: String(await freePort()) } });
  children.push(child);
  child.stderr.pipe(process.stderr);
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} printed no address within ${START / 1000} s: ${output}`)), START);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = address.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${output}`));
    });
  });
}

before(async () => {
  const missing = BUNDLES.filter((file) => !existsSync(file));
  assert.deepEqual(missing, [], 'The widgets bundles are missing: run `npm run build && npm run bundle` first.');
  dataDir = mkdtempSync(join(tmpdir(), 'giftkit-examples-'));
  // Settled together, so that whatever did start is in hand for `after` to stop even when something else
  // failed (a browser left running keeps the test process alive).
  const [served, started, launched] = await Promise.allSettled([
    startServer('examples/serve.mjs', /examples: (http:\/\/[^/\s]+)\//).then(async (origin) => {
      // serve.mjs bundles the mock and the npm page with esbuild on first request: done here, a page's
      // time is the browser's.
      for (const path of ['/mock-worker.js', '/npm/main.js']) assert.equal((await fetch(origin + path)).status, 200, `${path} builds`);
      return origin;
    }),
    startServer('examples/live-stream/server.mjs', /live stream: (http:\/\/[^/\s]+)\//, { GIFTKIT_DATA_DIR: dataDir }),
    puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
      timeout: START,
    }),
  ]);
  if (launched.status === 'fulfilled') browser = launched.value;
  for (const result of [served, started, launched]) if (result.status === 'rejected') throw result.reason;
  examples = served.status === 'fulfilled' ? served.value : '';
  site = started.status === 'fulfilled' ? started.value : '';
});

after(async () => {
  await browser?.close();
  await Promise.all(children.map(async (child) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGTERM lets the site close its database; SIGKILL if it does not stop in time.
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Waits until `predicate(arg)` returns something truthy in the page, and returns it; fails naming `what`. */
async function waitFor<T>(page: Page, what: string, predicate: (arg: string) => T, arg = ''): Promise<Exclude<T, false | null | undefined | ''>> {
  try {
    const handle = await page.waitForFunction(predicate, { timeout: WAIT, polling: 50 }, arg);
    return (await handle.jsonValue()) as Exclude<T, false | null | undefined | ''>;
  } catch (error) {
    if (error instanceof TimeoutError) throw new Error(`Waited ${WAIT / 1000} s for ${what}`, { cause: error });
    throw error;
  }
}

// The functions below run in the page. They declare no named helpers: tsx compiles with esbuild's
// keepNames, which would wrap those in a `__name` call that does not exist in the page.

/** What the badge shows (its amount) and says (its accessible name), once it shows a number of coins. */
function readBadge(): { amount: string; label: string } | false {
  const button = document.querySelector('gk-coin-balance')?.shadowRoot?.querySelector('button[part="base"]');
  const amount = button?.querySelector('[part="amount"]')?.textContent?.trim() ?? '';
  return /^\d[\d,]*$/.test(amount) && { amount, label: button?.getAttribute('aria-label') ?? '' };
}

/** The gift named `name` as the picker shows it: its price and whether it looks affordable. */
function readGift(name: string): { price: string; affordable: boolean } | false {
  const buttons = document.querySelector('gk-gift-picker')?.shadowRoot?.querySelectorAll('button[part~="gift"]') ?? [];
  const button = [...buttons].find((candidate) => candidate.querySelector('[part="gift-name"]')?.textContent?.trim() === name);
  return !!button && {
    price: button.querySelector('[part="gift-price"]')?.textContent?.trim() ?? '',
    affordable: !button.matches('[part~="gift-unaffordable"]'),
  };
}

/** Whether the gift named `name` shows its picture (loaded), or the fallback glyph instead; `false` while loading. */
function readPicture(name: string): 'picture' | 'placeholder' | false {
  const buttons = document.querySelector('gk-gift-picker')?.shadowRoot?.querySelectorAll('button[part~="gift"]') ?? [];
  const button = [...buttons].find((candidate) => candidate.querySelector('[part="gift-name"]')?.textContent?.trim() === name);
  const image = button?.querySelector<HTMLImageElement>('img[part="gift-image"]');
  if (!button || !image) return false;
  if (!image.getAttribute('src') || button.querySelector('.fallback')) return 'placeholder';
  return image.complete && image.naturalWidth > 0 && 'picture';
}

/** The open recharge dialog: whether it is modal, its title, and each package as its radio's accessible name. */
function readRechargeDialog(): { modal: boolean; title: string; packages: string[] } | false {
  const shadow = document.querySelector('gk-recharge-dialog')?.shadowRoot;
  const dialog = shadow?.querySelector('dialog');
  if (!shadow || !dialog?.open) return false;
  const radios = [...shadow.querySelectorAll('input[type="radio"][name="package"][aria-labelledby]')];
  const packages = radios.map((radio) => (radio.getAttribute('aria-labelledby') ?? '').split(' ')
    .map((id) => shadow.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim()).join(' / '));
  return packages.length > 0 && { modal: dialog.matches(':modal'), title: shadow.querySelector('[part="title"]')?.textContent?.trim() ?? '', packages };
}

const coins = (shown: string) => Number(shown.replace(/\D/g, ''));

/**
 * Opens `url` in a fresh browser context (a first visit: no service worker, no storage) and runs `visit`.
 * Every CSP or Trusted Types violation, console error or warning and uncaught error on the way is
 * collected; there must be none.
 */
async function asViewer(url: string, visit: (page: Page) => Promise<void>, { language = '' } = {}): Promise<void> {
  assert.ok(browser, 'the browser started');
  const context = await browser.createBrowserContext();
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    if (language) {
      // The browser's language, as the live-stream site reads it (navigator.language) to pick the widgets'.
      await page.evaluateOnNewDocument(`Object.defineProperty(navigator, 'language', { get: () => ${JSON.stringify(language)} });`);
    }
    await page.exposeFunction('reportViolation', (text: string) => problems.push(`policy violation: ${text}`));
    // A listener in the page before any of its scripts: violations inside shadow roots reach the window too.
    await page.evaluateOnNewDocument(`addEventListener('securitypolicyviolation', (event) => reportViolation(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber), true);`);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') {
        const where = message.location().url;
        problems.push(`console ${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));

    const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT });
    assert.equal(response?.status(), 200, `${url} loads`);
    assert.match(response.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/, 'the page enforces Trusted Types');
    try {
      await visit(page);
    } catch (error) {
      // What went wrong in the page is usually why the viewer did not see what they should.
      if (problems.length > 0 && error instanceof Error) error.message += `\nMeanwhile in the page:\n  ${problems.join('\n  ')}`;
      throw error;
    }
    assert.deepEqual(problems, [], 'no policy violation, console error or warning, or page error');
  } finally {
    await context.close();
  }
}

/** The viewer's visit: reads the balance, sends a gift, and opens the recharge dialog from the badge. */
async function giftAndRecharge(page: Page): Promise<void> {
  const first = await waitFor(page, 'the coin badge to show a balance', readBadge);
  assert.ok(first.label.startsWith(`${first.amount} coins`), `the badge's name "${first.label}" starts with the amount it shows`);
  const balance = coins(first.amount);

  const gift = await waitFor(page, `the gift picker to show ${GIFT}`, readGift, GIFT);
  const price = coins(gift.price);
  assert.ok(price > 0 && price <= balance && gift.affordable, `${GIFT} (${gift.price}) is affordable with ${first.amount} coins`);

  await page.evaluate(() => {
    const sent: object[] = [];
    Object.assign(window, { giftkitSent: sent });
    document.addEventListener('gk-gift-sent', (event) => sent.push({ gift: event.gift.name, count: event.sent.count, coins: event.sent.coins, balance: event.sent.balance }));
  });
  // By its accessible name, as a screen reader or voice control user would find it.
  await page.locator(`gk-gift-picker >>> button[part~="gift"][aria-label^="${GIFT}, "]`).setTimeout(WAIT).click();

  // Scrolled into view by the click, so its lazy picture loads now.
  const picture = await waitFor(page, `${GIFT}'s picture to load`, readPicture, GIFT);
  assert.equal(picture, 'picture', `${GIFT} shows its picture, not the fallback glyph`);

  const outcome = await waitFor(page, `gk-gift-sent after tapping ${GIFT}`, () => {
    if (document.querySelector('gk-gift-picker')?.shadowRoot?.querySelector('[part="confirm"]')) return 'a confirmation';
    const sent = (window as unknown as { giftkitSent: object[] }).giftkitSent;
    return sent.length > 0 && sent;
  });
  assert.notEqual(outcome, 'a confirmation', `${GIFT} is sent on one tap, without a confirmation`);
  const expected = balance - price;
  assert.deepEqual(outcome, [{ gift: GIFT, count: 1, coins: price, balance: expected }], 'one gk-gift-sent with what the server confirmed');

  const shown = expected.toLocaleString('en-US');
  const lowered = await waitFor(page, `the badge to show ${shown} coins after the gift`, (amount) => {
    const badge = document.querySelector('gk-coin-balance')?.shadowRoot?.querySelector('button[part="base"]');
    const text = badge?.querySelector('[part="amount"]')?.textContent?.trim();
    return text === amount && { amount: text, label: badge?.getAttribute('aria-label') ?? '' };
  }, shown);
  assert.ok(lowered.label.startsWith(`${shown} coins`), `the badge's name "${lowered.label}" says the new balance`);

  await page.locator('gk-coin-balance >>> button[part="base"]').setTimeout(WAIT).click();
  const dialog = await waitFor(page, 'the recharge dialog to open with coin packages', readRechargeDialog);
  assert.equal(dialog.modal, true, 'the recharge dialog is modal');
  assert.equal(dialog.title, 'Get coins');
  for (const offer of dialog.packages) {
    // The seeded viewer is in the US: e.g. "70 coins / $0.99", "3,500 coins +105 bonus / $44.99".
    assert.match(offer, /^[\d,]+ coins( \+[\d,]+ bonus)? \/ \$[\d,]+\.\d\d$/, 'each package says its coins and its price');
  }

  const sentInAll = await page.evaluate(() => (window as unknown as { giftkitSent: object[] }).giftkitSent.length);
  assert.equal(sentInAll, 1, 'the gift was sent once');
}

const PAGES: ReadonlyArray<readonly [string, () => string]> = [
  ['the script-tag page (classic script bundle)', () => `${examples}/script-tag/`],
  ['the script-tag page (ES module bundle)', () => `${examples}/script-tag/module.html`],
  ['the npm page', () => `${examples}/npm/`],
  ["npm start's live-stream site", () => `${site}/`],
];

for (const [name, url] of PAGES) {
  test(`${name}: the badge shows the balance, a gift lowers it, the badge opens the recharge dialog; no CSP violation or error`, { timeout: VISIT }, () =>
    asViewer(url(), giftAndRecharge));
}

test("npm start's live-stream site speaks Spanish to a Spanish browser, from the bundle's hash-checked translation file", { timeout: VISIT }, () =>
  asViewer(`${site}/`, async (page) => {
    const tab = await waitFor(page, 'the gift picker in Spanish', () =>
      document.querySelector('gk-gift-picker')?.shadowRoot?.querySelector('[role="tab"]')?.textContent?.trim() === 'Todos' && 'Todos');
    assert.equal(tab, 'Todos');
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    // English is built into the bundle; Spanish came from beside it (and passed its integrity check, or the
    // widgets would have stayed in English).
    assert.ok(fetched.includes('/vendor/giftkit-widgets.es.json'), `the Spanish messages were fetched: ${fetched.join(', ')}`);
    assert.ok(!fetched.includes('/vendor/giftkit-widgets.ar.json'), 'the Arabic messages were not');
  }, { language: 'es-ES' }));
