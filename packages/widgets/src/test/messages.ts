/**
 * The checks of the `*.messages.node.test.ts` files (Node only): what a translation map lacks, leaves over or
 * gets wrong compared with the `msg()` calls of the source, counted nouns included.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { TemplateMap } from '@lit/localize';

const src = fileURLToPath(new URL('..', import.meta.url));

/** The CLDR plural categories: a counted noun (`plural()`) has one message id for each. */
export const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The categories whose words may say the number themselves: Arabic `عملة واحدة`, `عملتان`, `لا … أي`. */
const SPELLED = new Set<Intl.LDMLPluralRule>(['zero', 'one', 'two']);

/** `gk.recharge.coins.few`, `gk.picker.coins-few`: one message of a counted noun, chosen by `plural()`. */
const CATEGORY_ID = /^(.+[.-])(zero|one|two|few|many|other)$/;

/** The messages of the source (`msg()` and `plural()` calls): id → number of `${…}` placeholders in the English text. */
export type SourceMessages = ReadonlyMap<string, number>;

/** The `msg()` and `plural()` calls of every non-test source file of `folders` (under `packages/widgets/src`). */
export async function sourceMessages(folders: readonly string[]): Promise<SourceMessages> {
  const messages = new Map<string, number>();
  for (const folder of folders) {
    for (const name of await readdir(join(src, folder))) {
      if (!name.endsWith('.ts') || name.includes('.test.') || name.endsWith('.messages.ts')) continue;
      const code = await readFile(join(src, folder, name), 'utf8');
      for (const match of code.matchAll(/msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
        messages.set(match[2]!, (match[1]!.match(/\$\{/g) ?? []).length);
      }
      // plural(count, 'gk.x.', str`…one…`, str`…other…`): one message per category, `one` in the singular.
      for (const match of code.matchAll(/plural\(\s*[^,]+?,\s*'([^']+)',\s*(str`(?:[^`\\]|\\.)*`),\s*(str`(?:[^`\\]|\\.)*`)\s*,?\s*\)/g)) {
        for (const category of CATEGORIES) {
          const template = category === 'one' ? match[2]! : match[3]!;
          messages.set(`${match[1]!}${category}`, (template.match(/\$\{/g) ?? []).length);
        }
      }
    }
  }
  return messages;
}

/**
 * Counted-noun messages: id prefix (`gk.recharge.coins.`) → the categories the source has a message for.
 * A prefix counts only with two categories or more, so a lone `gk.wallet.reason.other` stays a plain message.
 */
export function pluralFamilies(messages: SourceMessages): Map<string, Set<Intl.LDMLPluralRule>> {
  const found = new Map<string, Set<Intl.LDMLPluralRule>>();
  for (const id of messages.keys()) {
    const match = CATEGORY_ID.exec(id);
    if (!match) continue;
    const categories = found.get(match[1]!) ?? new Set();
    categories.add(match[2] as Intl.LDMLPluralRule);
    found.set(match[1]!, categories);
  }
  for (const [prefix, categories] of found) if (categories.size < 2) found.delete(prefix);
  return found;
}

/** The distinct placeholder indexes a translation uses. */
function placeholders(template: TemplateMap[string] | undefined): number[] {
  if (template === undefined || typeof template === 'string') return [];
  return [...new Set((template as { values: number[] }).values)].sort((a, b) => a - b);
}

/** What is wrong with a locale's translations, each list sorted; every list is empty when nothing is. */
export interface MessageProblems {
  /** Ids the locale shows but does not translate (the viewer would read English). */
  readonly missing: string[];
  /** Translated ids no source message has, or plural categories the locale never selects. */
  readonly unused: string[];
  /** Ids whose translation's placeholders differ from the source's. */
  readonly placeholders: string[];
}

/**
 * Compares `templates` (one locale's translations) with the source messages. A counted noun needs exactly
 * the categories `locale`'s plural rules select: Spanish `one`, `many` and `other`, Arabic all six, never
 * Arabic's `two` in Spanish. Its `zero`, `one` and `two` translations may leave out one placeholder, the
 * count, which Arabic says with the noun itself (`عملة واحدة`, `عملتان`); every other translation uses
 * exactly the placeholders of its source.
 */
export function messageProblems(messages: SourceMessages, templates: TemplateMap, locale: string): MessageProblems {
  const selected = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const families = pluralFamilies(messages);
  // Id → its placeholder count and, for a counted noun, its category.
  const wanted = new Map<string, { count: number; category: Intl.LDMLPluralRule | null }>();
  for (const [id, count] of messages) {
    const match = CATEGORY_ID.exec(id);
    const category = match && families.has(match[1]!) ? (match[2] as Intl.LDMLPluralRule) : null;
    if (category === null || selected.has(category)) wanted.set(id, { count, category });
  }
  const problems: MessageProblems = { missing: [], unused: [], placeholders: [] };
  for (const [id, { count, category }] of wanted) {
    if (!(id in templates)) {
      problems.missing.push(id);
      continue;
    }
    const used = placeholders(templates[id]);
    const exact = used.length === count && used.every((index, position) => index === position);
    const spelled = category !== null && SPELLED.has(category) && used.length === count - 1 && used.every((index) => index < count);
    if (!exact && !spelled) problems.placeholders.push(id);
  }
  problems.unused.push(...Object.keys(templates).filter((id) => !wanted.has(id)));
  for (const list of Object.values(problems)) list.sort();
  return problems;
}
