// Writes docs/openapi.json from the contract (`npm run openapi`). The contract test fails when the
// committed file differs from what this would write, so the published API description never goes stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../packages/contract/src/openapi.js';

const contractPackage = new URL('../packages/contract/package.json', import.meta.url);
/** Where the generated document is committed. */
export const OPENAPI_PATH = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));

/** The document exactly as it is committed: two-space JSON with a final newline. */
export function renderOpenApi(): string {
  const { version } = JSON.parse(readFileSync(contractPackage, 'utf8')) as { version: string };
  return `${JSON.stringify(buildOpenApiDocument(version), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_PATH, renderOpenApi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
