// Benchmark (not a test): prints the minified, gzip and brotli size in bytes of every browser bundle
// that rollup.config.mjs writes, i.e. what each viewer of a host page downloads.
// Usage: npm run size   (builds first)
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const rows = [];
for (const config of configs) {
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write(config.output);
  await bundle.close();
  const code = readFileSync(config.output.file);
  rows.push({
    bundle: config.output.file,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
console.table(rows);
