// Benchmark (not a test): prints the minified, gzip and brotli size in bytes of what viewers download.
// 1. Every browser bundle that rollup.config.mjs writes (the core SDK, the script-tag bundles).
// 2. Each widget on its own: its define module bundled with Lit and the SDK left out (what that widget
//    adds to a page that already has them), and with everything in (what it costs alone).
// Usage: npm run size   (builds first)
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import configs, { resolve, minify } from '../rollup.config.mjs';

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

const WIDGETS = ['coin-balance', 'recharge-dialog', 'gift-picker'];
const shared = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@giftkit/core');
for (const widget of WIDGETS) {
  for (const [label, external] of [['own code', shared], ['with Lit + SDK', () => false]]) {
    const bundle = await rollup({
      input: `packages/widgets/dist/${widget}/${widget}.define.js`,
      external,
      onwarn: () => {},
      plugins: [resolve(), minify(true)],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    rows.push(measure(`<gk-${widget}> (${label})`, Buffer.from(output[0].code)));
  }
}
console.table(rows);
