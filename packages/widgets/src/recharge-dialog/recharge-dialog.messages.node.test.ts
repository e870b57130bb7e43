// Every message the recharge dialog and the wallet view show has a Spanish and an Arabic translation that
// uses exactly the placeholders of the English source, and no translation is left over. A counted noun
// ("N coins") has one message per CLDR plural category, translated in exactly the categories the language
// selects: Arabic's `two` or `few` exist only in Arabic, and Spanish lacking its `one` is a missing translation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { es, ar } from './recharge-dialog.messages.js';
import { CATEGORIES, messageProblems, pluralFamilies, sourceMessages } from '../test/messages.js';

const FOLDERS = ['recharge-dialog', 'wallet-view'];

test('every counted noun has a source message for each plural category', async () => {
  const families = pluralFamilies(await sourceMessages(FOLDERS));
  assert.ok(families.has('gk.recharge.stepUp.attemptsLeft.'), 'the attempts left are a counted noun');
  for (const [prefix, categories] of families) assert.deepEqual([...categories].sort(), [...CATEGORIES].sort(), prefix);
});

for (const [locale, templates] of [['es', es], ['ar', ar]] as const) {
  test(`the ${locale} translations cover every message with the same placeholders`, async () => {
    const messages = await sourceMessages(FOLDERS);
    assert.ok(messages.size > 100, `found ${messages.size} messages`);
    assert.deepEqual(messageProblems(messages, templates, locale), { missing: [], unused: [], placeholders: [] });
  });
}

test('the check catches a missing plural form, one the language never uses, and a count left out of `other`', async () => {
  const messages = await sourceMessages(FOLDERS);
  const arabic: typeof ar = { ...ar, 'gk.recharge.stepUp.attemptsLeft.other': 'تبقّت محاولات.' };
  delete arabic['gk.recharge.stepUp.attemptsLeft.few'];
  delete arabic['gk.recharge.title'];
  assert.deepEqual(messageProblems(messages, arabic, 'ar'), {
    missing: ['gk.recharge.stepUp.attemptsLeft.few', 'gk.recharge.title'],
    unused: [],
    placeholders: ['gk.recharge.stepUp.attemptsLeft.other'],
  });
  const spanish: typeof es = { ...es, 'gk.recharge.stepUp.attemptsLeft.two': es['gk.recharge.stepUp.attemptsLeft.other']! };
  delete spanish['gk.recharge.stepUp.attemptsLeft.one'];
  assert.deepEqual(messageProblems(messages, spanish, 'es'), {
    missing: ['gk.recharge.stepUp.attemptsLeft.one'],
    unused: ['gk.recharge.stepUp.attemptsLeft.two'],
    placeholders: [],
  });
});
