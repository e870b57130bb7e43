/**
 * Which plural form a count takes in the widgets' language. Messages with a counted noun ("1 coin",
 * "2 coins", Arabic "عملتان") have one message id per CLDR category and pick theirs with this.
 */
import { msg, type StrResult } from '@lit/localize';
import { getLocale, SOURCE_LOCALE } from '../localization.js';

// Building plural rules costs far more than asking them, and the gift picker asks once per gift (2,000 of
// them): one instance per locale serves every call.
const rules = new Map<string, Intl.PluralRules>();

function rulesOf(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    try {
      found = new Intl.PluralRules(locale);
    } catch {
      // A page that configured @lit/localize itself may use tags Intl refuses (`zh_CN`); the widgets then
      // show their English source text, so English rules choose its forms.
      found = rulesOf(SOURCE_LOCALE);
    }
    rules.set(locale, found);
  }
  return found;
}

/**
 * The CLDR plural category of `count` in the widgets' current language: English and Spanish say `one` for
 * 1, Spanish `many` for whole millions (`1.000.000 de monedas`), Arabic uses all six categories.
 *
 * @example
 * pluralCategory(2); // 'other' in English, 'two' in Arabic
 */
function pluralCategory(count: number): Intl.LDMLPluralRule {
  return rulesOf(getLocale()).select(count);
}

/**
 * A message with a counted noun, in the form `count` takes: the translation with id `${id}${category}`
 * (`gk.recharge.coins.few`), or the English source, `one` for the singular and `other` for every other
 * category. One id per category lets each language write every form it has (Arabic has six).
 *
 * @example
 * plural(coins, 'gk.recharge.coins.', str`${n} coin`, str`${n} coins`); // '1 coin', 'عملتان', '5 monedas'
 */
export function plural(count: number, id: string, one: StrResult, other: StrResult): string {
  const category = pluralCategory(count);
  return msg(category === 'one' ? one : other, { id: `${id}${category}` });
}
