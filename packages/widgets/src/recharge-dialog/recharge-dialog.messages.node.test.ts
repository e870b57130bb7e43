// Every message the recharge dialog and the wallet view show has a Spanish and an Arabic translation that
// uses exactly the placeholders of the English source, and no translation is left over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { TemplateMap } from '@lit/localize';
import { es, ar } from './recharge-dialog.messages.js';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Message id → number of `${…}` placeholders in the English source, from every source file of both folders. */
async function sourceMessages(): Promise<Map<string, number>> {
  const messages = new Map<string, number>();
  for (const folder of ['recharge-dialog', 'wallet-view']) {
    for (const name of await readdir(join(src, folder))) {
      if (!name.endsWith('.ts') || name.includes('.test.') || name.endsWith('.messages.ts')) continue;
      const code = await readFile(join(src, folder, name), 'utf8');
      for (const match of code.matchAll(/msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
        messages.set(match[2]!, (match[1]!.match(/\$\{/g) ?? []).length);
      }
    }
  }
  return messages;
}

/** The distinct placeholder indexes a translation uses. */
function placeholders(template: TemplateMap[string]): number[] {
  if (typeof template === 'string') return [];
  return [...new Set((template as { values: number[] }).values)].sort((a, b) => a - b);
}

for (const [locale, templates] of [['es', es], ['ar', ar]] as const) {
  test(`the ${locale} translations cover every message with the same placeholders`, async () => {
    const messages = await sourceMessages();
    assert.ok(messages.size > 100, `found ${messages.size} messages`);
    const missing = [...messages.keys()].filter((id) => !(id in templates));
    assert.deepEqual(missing, [], 'untranslated');
    const unused = Object.keys(templates).filter((id) => !messages.has(id));
    assert.deepEqual(unused, [], 'translated but never shown');
    for (const [id, count] of messages) {
      assert.deepEqual(placeholders(templates[id]!), [...Array(count).keys()], `placeholders of ${id}`);
    }
  });
}
