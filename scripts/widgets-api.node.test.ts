// docs/widgets-api.md is generated from custom-elements.json, which `npm run build` generates from the
// components' JSDoc. The first test keeps the committed reference equal to what the JSDoc says; the second
// keeps the JSDoc equal to what the components do (their parts, :host custom properties and events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH, readManifest, readWidgetsApi, renderWidgetsApi, staleness, type ManifestDeclaration } from './widgets-api.mjs';

const WIDGETS = dirname(MANIFEST_PATH);

test('docs/widgets-api.md is what the components\' JSDoc generates (run `npm run docs:widgets` after changing it)', () => {
  const problem = staleness(readWidgetsApi(), renderWidgetsApi(readManifest()));
  if (problem) assert.fail(problem);
});

/** A component's own source: its folder, less tests, messages and registration. */
function sourcesOf(modulePath: string): { file: string; code: string }[] {
  const folder = join(WIDGETS, dirname(modulePath));
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !/\.(test|node\.test|messages|define)\.ts$/.test(file))
    .map((file) => ({ file, code: readFileSync(join(folder, file), 'utf8') }));
}

/** `--gk-*` declarations of the plain `:host { … }` blocks of some CSS, with their values. */
function hostProperties(code: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, block] of code.matchAll(/:host\s*\{([^}]*)\}/g)) {
    for (const [, name, value] of block!.matchAll(/(--gk-[\w-]+)\s*:\s*([^;]+);/g)) found.set(name!, value!.replace(/\s+/g, ' ').trim());
  }
  return found;
}

/** Every part name a template sets, from `part="a b"` and from the string literals of `part=${…}`. */
function partsIn(file: string, code: string): Set<string> {
  const parts = new Set<string>();
  // Not `exportparts=`, and not the `[part~="…"]` selectors, which have no `part=`.
  for (const [attribute, quoted, expression] of code.matchAll(/(?<![\w-])part=(?:["']([^"']*)["']|\$\{([^}]*)\})/g)) {
    const literals = quoted !== undefined ? [quoted] : [...expression!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]!);
    assert.ok(literals.length > 0, `${file}: cannot read the part names of ${attribute}; write them as string literals`);
    for (const name of literals.flatMap((literal) => literal.split(/\s+/))) if (name) parts.add(name);
  }
  return parts;
}

test('each component documents every part, :host custom property and event it has, with their defaults and event classes', () => {
  const manifest = readManifest();
  const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ path: mod.path, declaration })));
  // Event classes carry their name as `static readonly type = 'gk-…'`.
  const eventNameOf = new Map(
    declarations.flatMap(({ declaration }) => {
      const type = declaration.members?.find((member) => member.static && member.name === 'type')?.default;
      return type ? [[declaration.name, type.replace(/^['"]|['"]$/g, '')] as const] : [];
    }),
  );
  const globalTokens = hostProperties(readFileSync(join(WIDGETS, 'src/styles/tokens.ts'), 'utf8'));
  const elements = declarations.filter((entry): entry is { path: string; declaration: ManifestDeclaration & { tagName: string } } =>
    Boolean(entry.declaration.customElement && entry.declaration.tagName));
  assert.ok(elements.length > 0, 'the manifest lists no custom element: run `npm run build`');

  for (const { path, declaration } of elements) {
    const tag = `<${declaration.tagName}>`;
    const sources = sourcesOf(path);
    const code = sources.map((source) => source.code).join('\n');

    const documentedParts = (declaration.cssParts ?? []).map((part) => part.name).sort();
    const templateParts = [...new Set(sources.flatMap(({ file, code }) => [...partsIn(file, code)]))].sort();
    assert.deepEqual(documentedParts, templateParts, `${tag}: the @csspart tags differ from the part="…" names of its templates`);

    const own = new Map(sources.filter(({ file }) => file.endsWith('.styles.ts')).flatMap(({ code }) => [...hostProperties(code)]));
    const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property.default]));
    assert.deepEqual([...documented.keys()].sort(), [...own.keys()].sort(), `${tag}: the @cssproperty tags differ from the --gk-* properties its :host declares`);
    for (const [name, value] of own) {
      assert.equal(documented.get(name), value, `${tag}: document ${name} as \`@cssproperty [${name}=${value}] - …\` (its :host value)`);
    }
    for (const [, name] of code.matchAll(/var\((--gk-[\w-]+)/g)) {
      assert.ok(documented.has(name!) || globalTokens.has(name!), `${tag} reads ${name}, which is neither a global token nor in its @cssproperty tags`);
    }

    const events = new Map((declaration.events ?? []).map((event) => [event.name, event.type?.text]));
    const dispatched = new Set([
      ...[...code.matchAll(/new (Gk\w+Event)\(/g)].map(([, className]) => eventNameOf.get(className!) ?? assert.fail(`${tag}: ${className} has no static type`)),
      ...[...code.matchAll(/new (?:Custom)?Event\(\s*['"]([^'"]+)['"]/g)].map(([, name]) => name!),
    ]);
    for (const name of dispatched) assert.ok(events.has(name), `${tag} dispatches ${name} but has no @event tag for it`);
    for (const [name, type] of events) {
      assert.ok(type, `${tag}: give ${name} its class, \`@event {ItsEventClass} ${name} - …\``);
      if (eventNameOf.has(type)) assert.equal(eventNameOf.get(type), name, `${tag}: @event {${type}} ${name} names the wrong class`);
    }
  }
});
