// Browser bundles built from the packages' tsc output (run `npm run build` first): the core SDK as one
// minified ESM file, and the widgets' script-tag bundle as ESM and as a classic IIFE script. Each build
// prints the bundle's Subresource Integrity hash for `<script integrity>`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

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

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Adds `entries` (file name → SRI hash) to the `sri.json` of `folder`. */
function recordIntegrity(folder, entries) {
  const record = join(folder, 'sri.json');
  let hashes = {};
  try {
    hashes = JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    // First file of this folder.
  }
  writeFileSync(record, `${JSON.stringify({ ...hashes, ...entries }, null, 2)}\n`);
}

/**
 * The script-tag bundle's translations: English stays built in, and Spanish and Arabic become
 * `giftkit-widgets.<locale>.json` files beside the bundle, fetched only by viewers who need them (they were
 * a tenth of the bundle). The bundle swaps the npm build's `import()` loaders for fetching loaders and
 * carries each file's sha384, so the page's one SRI hash still covers every byte.
 */
function scriptLocales() {
  const dist = resolvePath('packages/widgets/dist');
  const files = new Map(); // file name → JSON text
  return {
    name: 'giftkit-script-locales',
    async buildStart() {
      for (const locale of ['es', 'ar']) {
        const module = join(dist, 'locales', `${locale}.js`);
        this.addWatchFile(module);
        const { templates } = await import(`${pathToFileURL(module).href}?${Date.now()}`);
        files.set(`giftkit-widgets.${locale}.json`, JSON.stringify(templates));
      }
    },
    resolveId(source, importer) {
      if (source === './locales/loaders.js' && importer === join(dist, 'localization.js')) {
        return join(dist, 'locales', 'loaders.script.js');
      }
      return null;
    },
    transform(code, id) {
      if (id !== join(dist, 'locales', 'integrity.js')) return null;
      const pattern = /export const LOCALE_INTEGRITY = \{\};/;
      if (!pattern.test(code)) this.error('LOCALE_INTEGRITY is no longer declared as `export const LOCALE_INTEGRITY = {};`');
      const hashes = Object.fromEntries([...files].map(([name, text]) => [name.split('.')[1], sha384(text)]));
      return { code: code.replace(pattern, `export const LOCALE_INTEGRITY = ${JSON.stringify(hashes)};`), map: null };
    },
    writeBundle(options) {
      const folder = dirname(options.file);
      for (const [name, text] of files) writeFileSync(join(folder, name), text);
      recordIntegrity(folder, Object.fromEntries([...files].map(([name, text]) => [name, sha384(text)])));
    },
  };
}

/** Prints the sha384 SRI hash of each written bundle and records it in `sri.json` beside it. */
function subresourceIntegrity() {
  return {
    name: 'giftkit-sri',
    writeBundle(options) {
      const file = options.file;
      const integrity = sha384(readFileSync(file));
      recordIntegrity(dirname(file), { [file.split('/').pop()]: integrity });
      console.log(`${file}  integrity="${integrity}"`);
    },
  };
}

/** Resolution and minification shared by every browser bundle (and by scripts/size.mjs). */
export const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });
export const minify = (module) => terser({ ecma: 2022, module, format: { comments: false } });
/**
 * Minifies the widgets' `html` and `css` template literals, which terser leaves as written: their
 * indentation and line breaks were a ninth of the script-tag bundle.
 */
export const minifyTemplates = () => minifyTemplateLiterals({ include: ['packages/widgets/dist/**/*.js'] });
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
    plugins: [productionMode(), scriptLocales(), minifyTemplates(), resolve(), minify(true), subresourceIntegrity()],
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
    plugins: [productionMode(), scriptLocales(), minifyTemplates(), resolve(), minify(false), subresourceIntegrity()],
  },
];
