// Enforces the import rules of DESIGN.md on the source tree, so a wrong import fails the build
// instead of surfacing as a bloated bundle or a crash in a browser months later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_BUILTINS = new Set(['fs', 'path', 'http', 'https', 'crypto', 'os', 'url', 'stream', 'buffer', 'events', 'child_process', 'net', 'tls', 'zlib', 'util', 'worker_threads']);

/** The non-test source files of a package (optionally leaving a folder out), with their code. */
function sourcesOf(pkg: string, options: { except?: string } = {}): Array<{ file: string; code: string }> {
  const root = join('packages', pkg, 'src');
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts') && !file.includes('.test.') && !file.startsWith('test/'))
    .filter((file) => !(options.except && file.startsWith(options.except)))
    // Comments are left out: JSDoc examples may well show Node usage.
    .map((file) => ({ file, code: readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '') }));
}

/** Bare specifiers imported by the non-test sources of a package (optionally leaving a folder out). */
function importsOf(pkg: string, options: { except?: string } = {}): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { file, code } of sourcesOf(pkg, options)) {
    for (const match of code.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) continue;
      found.set(specifier, [...(found.get(specifier) ?? []), file]);
    }
  }
  return found;
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

function assertOnly(pkg: string, allowed: string[], options?: { except?: string }) {
  for (const [specifier, files] of importsOf(pkg, options)) {
    assert.ok(allowed.includes(packageOf(specifier)), `${pkg} imports ${specifier} (in ${files.join(', ')}); allowed: ${allowed.join(', ')}`);
  }
}

test('the contract imports nothing but zod', () => assertOnly('contract', ['zod']));

test('the core SDK imports only the contract and ky (no lit, msw or server)', () =>
  assertOnly('core', ['@giftkit/contract', 'ky', 'zod']));

test('the browser-safe part of the server imports no Node built-in', () => {
  for (const [specifier, files] of importsOf('server', { except: 'node/' })) {
    const bare = specifier.replace(/^node:/, '').split('/')[0]!;
    assert.ok(!specifier.startsWith('node:') && !NODE_BUILTINS.has(bare), `${specifier} in ${files.join(', ')}`);
  }
  // jose is browser-safe: Web Crypto only.
  assertOnly('server', ['@giftkit/contract', 'hono', 'zod', 'jose'], { except: 'node/' });
  for (const { file, code } of sourcesOf('server', { except: 'node/' })) {
    assert.doesNotMatch(code, /\b(process|Buffer|__dirname|require)\s*[.(]/, `${file} uses a Node global`);
  }
});

test('the widgets import only the core SDK and Lit (never the server or the mock)', () =>
  assertOnly('widgets', ['@giftkit/core', 'lit', '@lit/localize', '@lit/context']));

test('the server’s Node entry names Node built-ins with the node: prefix', () => {
  const root = join('packages', 'server', 'src', 'node');
  for (const entry of readdirSync(root, { recursive: true })) {
    const file = String(entry);
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      assert.ok(!NODE_BUILTINS.has(specifier.split('/')[0]!), `node/${file} imports ${specifier}; write node:${specifier}`);
    }
  }
});

test('the mock imports only the server and msw', () =>
  assertOnly('mock', ['@giftkit/server', '@giftkit/contract', 'msw', 'zod']));
