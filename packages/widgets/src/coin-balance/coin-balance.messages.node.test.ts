// Every message `<gk-coin-balance>` shows has a Spanish and an Arabic translation with the placeholders of the
// English source, counted nouns in exactly the plural categories each language selects (see ../test/messages.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { es, ar } from './coin-balance.messages.js';
import { CATEGORIES, messageProblems, pluralFamilies, sourceMessages } from '../test/messages.js';

test('every counted noun has a source message for each plural category', async () => {
  const families = pluralFamilies(await sourceMessages(['coin-balance']));
  assert.ok(families.has('gk.balance.coins-'), 'the coins are a counted noun');
  for (const [prefix, categories] of families) assert.deepEqual([...categories].sort(), [...CATEGORIES].sort(), prefix);
});

for (const [locale, templates] of [['es', es], ['ar', ar]] as const) {
  test(`the ${locale} translations cover every message with the same placeholders`, async () => {
    const messages = await sourceMessages(['coin-balance']);
    assert.deepEqual(messageProblems(messages, templates, locale), { missing: [], unused: [], placeholders: [] });
  });
}
