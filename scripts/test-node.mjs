// Runs every `*.node.test.ts` under packages/, scripts/ and e2e/ with Node's own test runner (through tsx).
// Node 20's `--test` takes no glob, so the files are found here. Extra arguments go to `node --test`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['packages', 'scripts', 'e2e'];
const files = roots
  .flatMap((root) => readdirSync(root, { recursive: true }).map((f) => join(root, String(f))))
  .filter((f) => f.endsWith('.node.test.ts') && !f.includes('node_modules') && !f.includes(`${join('dist', '')}`))
  .sort();

if (files.length === 0) {
  console.error('test-node: no *.node.test.ts files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
