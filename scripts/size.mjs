// Benchmark (not a test): prints the minified, gzip and brotli size in bytes of what viewers download.
// 1. Every browser bundle that rollup.config.mjs writes (the core SDK, the script-tag bundles), and the
//    script-tag bundle's translation files, which only Spanish- or Arabic-speaking viewers fetch.
// 2. Each widget on its own, as an app's bundler would ship it: its define module with Lit and the SDK
//    left out (what that widget adds to a page that already has them), and with everything in (what it
//    costs alone), minified like the script-tag bundle. Translations are split off, as a bundler would, and
//    not counted.
// Usage: npm run size   (builds first)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import configs, { resolve, minify, minifyTemplates } from '../rollup.config.mjs';

const measure = (name, code) => ({
  bundle: name,
  minified: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const rows = [];
for (const config of configs) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write(config.output);
  await bundle.close();
  rows.push(measure(config.output.file, readFileSync(config.output.file)));
}
const bundleFolder = dirname(configs.at(-1).output.file);
for (const file of readdirSync(bundleFolder).filter((name) => /^giftkit-widgets\.\w+\.json$/.test(name)).sort()) {
  rows.push(measure(`${bundleFolder}/${file} (on demand)`, readFileSync(join(bundleFolder, file))));
}

const WIDGETS = ['coin-balance', 'recharge-dialog', 'wallet-view', 'gift-picker'];
const shared = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@giftkit/core');
for (const widget of WIDGETS) {
  for (const [label, external] of [['own code', shared], ['with Lit + SDK', () => false]]) {
    const bundle = await rollup({
      input: `packages/widgets/dist/${widget}/${widget}.define.js`,
      external,
      onwarn: () => {},
      plugins: [minifyTemplates(), resolve(), minify(true)],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    // The entry chunk and whatever it imports statically; chunks reached only by `import()` load later.
    const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const eager = new Set();
    const visit = (name) => {
      if (eager.has(name) || !chunks.has(name)) return; // external (Lit, the SDK) or seen
      eager.add(name);
      for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
    };
    visit(output[0].fileName);
    rows.push(measure(`<gk-${widget}> (${label})`, Buffer.from([...eager].map((name) => chunks.get(name).code).join('\n'))));
  }
}
console.table(rows);
