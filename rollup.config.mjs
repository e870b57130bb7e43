// Browser bundles built from the packages' tsc output (run `npm run build` first): the core SDK as one
// minified ESM file, and the widgets' script-tag bundle as ESM and as a classic IIFE script. Each build
// prints the bundle's Subresource Integrity hash for `<script integrity>`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Replaces the widgets' `DEV_MODE` constant with `false`, so terser drops the dev-only warnings. */
function productionMode() {
  const pattern = /export const DEV_MODE = true;/;
  return {
    name: 'giftkit-production-mode',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/widgets/dist/internal/dev-mode.js')) return null;
      // Fail loudly rather than ship dev warnings if the constant is ever rewritten.
      if (!pattern.test(code)) this.error('DEV_MODE is no longer declared as `export const DEV_MODE = true;`');
      return { code: code.replace(pattern, 'export const DEV_MODE = false;'), map: null };
    },
  };
}

/** Prints the sha384 SRI hash of each written bundle and records it in `sri.json` beside it. */
function subresourceIntegrity() {
  return {
    name: 'giftkit-sri',
    writeBundle(options) {
      const file = options.file;
      const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      const record = join(dirname(file), 'sri.json');
      let hashes = {};
      try {
        hashes = JSON.parse(readFileSync(record, 'utf8'));
      } catch {
        // First bundle of this folder.
      }
      hashes[file.split('/').pop()] = integrity;
      writeFileSync(record, `${JSON.stringify(hashes, null, 2)}\n`);
      console.log(`${file}  integrity="${integrity}"`);
    },
  };
}

/** Resolution and minification shared by every browser bundle (and by scripts/size.mjs). */
export const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });
export const minify = (module) => terser({ ecma: 2022, module, format: { comments: false } });
const widgetsOut = 'packages/widgets/dist/bundle';

export default [
  {
    input: 'packages/core/dist/index.js',
    output: { file: 'packages/core/dist/bundle/giftkit-core.min.js', format: 'es', sourcemap: true },
    plugins: [resolve(), minify(true), subresourceIntegrity()],
  },
  {
    input: 'packages/widgets/dist/bundle.js',
    output: { file: `${widgetsOut}/giftkit-widgets.min.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [productionMode(), resolve(), minify(true), subresourceIntegrity()],
  },
  {
    input: 'packages/widgets/dist/bundle.js',
    output: {
      file: `${widgetsOut}/giftkit-widgets.iife.min.js`,
      format: 'iife',
      name: 'GiftkitWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [productionMode(), resolve(), minify(false), subresourceIntegrity()],
  },
];
