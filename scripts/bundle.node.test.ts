// The script-tag bundles as a host page receives them (`npm run bundle` writes them; `npm test` runs it
// first): the SRI hashes a page pastes into `<script integrity>` are the files' real hashes, each bundle
// carries the hashes of the translation files it fetches, and the bundles are production builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const folder = new URL('../packages/widgets/dist/bundle/', import.meta.url);
const read = (name: string): Buffer => readFileSync(new URL(name, folder));
const sha384 = (bytes: Buffer): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const BUNDLES = ['giftkit-widgets.min.js', 'giftkit-widgets.iife.min.js'];
const LOCALES = ['es', 'ar'];

test('the bundles are built', () => {
  for (const name of [...BUNDLES, 'sri.json']) {
    assert.ok(existsSync(new URL(name, folder)), `${name} is missing: run \`npm run build && npm run bundle\``);
  }
});

test('sri.json holds the real sha384 of every bundle and translation file', () => {
  const recorded = JSON.parse(read('sri.json').toString()) as Record<string, string>;
  const expected = [...BUNDLES, ...LOCALES.map((locale) => `giftkit-widgets.${locale}.json`)];
  assert.deepEqual(Object.keys(recorded).sort(), expected.sort());
  for (const name of expected) assert.equal(recorded[name], sha384(read(name)), name);
});

test('each bundle carries the hash of each translation file it may fetch, not the translations', () => {
  for (const bundle of BUNDLES) {
    const code = read(bundle).toString();
    for (const locale of LOCALES) {
      assert.ok(code.includes(sha384(read(`giftkit-widgets.${locale}.json`))), `${bundle} lacks the ${locale} hash`);
    }
    // The translations themselves stay out of the bundle: that is what splitting them off saves.
    assert.ok(!code.includes('Conseguir monedas'), `${bundle} still contains the Spanish messages`);
  }
});

test('translation files are plain message maps, in the shape @lit/localize reads', () => {
  for (const locale of LOCALES) {
    const templates = JSON.parse(read(`giftkit-widgets.${locale}.json`).toString()) as Record<string, unknown>;
    assert.ok(Object.keys(templates).length > 100, `${locale}: too few messages`);
    for (const [id, template] of Object.entries(templates)) {
      assert.ok(
        typeof template === 'string' || (typeof template === 'object' && template !== null && 'strTag' in template),
        `${locale}: ${id} is neither a string nor a str template`,
      );
    }
  }
});

test('the bundles are production builds: no development warnings, no Lit dev mode', () => {
  for (const bundle of BUNDLES) {
    const code = read(bundle).toString();
    assert.ok(!code.includes('giftkit.dev/msg/'), `${bundle} contains development warnings`);
    assert.ok(!code.includes('Lit is in dev mode'), `${bundle} contains Lit's development build`);
  }
});
