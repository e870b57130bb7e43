// Writes docs/widgets-api.md, the widgets' API reference, from packages/widgets/custom-elements.json
// (`npm run docs:widgets`; the manifest comes from the components' JSDoc through `npm run manifest`).
// `--check` writes nothing and exits 1 when the committed file differs, so the reference cannot go stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** The Custom Elements Manifest the reference is generated from. */
export const MANIFEST_PATH = fileURLToPath(new URL('../packages/widgets/custom-elements.json', import.meta.url));
/** Where the generated reference is committed. */
export const WIDGETS_API_PATH = fileURLToPath(new URL('../docs/widgets-api.md', import.meta.url));

const isPublic = (item) => (!item.privacy || item.privacy === 'public') && !item.static;

/** Text made safe for one Markdown table cell: newlines folded, pipes escaped (GFM needs `\|` even in code spans). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** `text` as inline code, with a fence long enough for any backticks it holds; empty stays empty. */
function code(text) {
  if (text === undefined || text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return cell(`${fence}${pad}${text}${pad}${fence}`);
}

/** What an item's JSDoc says, after its deprecation if it has one (`@deprecated` gives `true` or a reason). */
function describe(item) {
  const { deprecated } = item;
  const note = deprecated === undefined || deprecated === false ? '' : deprecated === true || deprecated === 'true' ? '**Deprecated.** ' : `**Deprecated:** ${deprecated}. `;
  return cell(`${note}${item.description ?? ''}`);
}

/** A `###` heading and its table, or nothing when there are no rows. */
function section(title, headers, rows) {
  if (rows.length === 0) return [];
  return [`### ${title}`, '', `| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

/** `show(options?: RechargeDialogShowOptions)`: a method as it is called. */
function signature(method) {
  const parameters = (method.parameters ?? []).map((parameter) => {
    const optional = parameter.optional || parameter.default !== undefined ? '?' : '';
    const type = parameter.type?.text ? `: ${parameter.type.text}` : '';
    return `${parameter.rest ? '...' : ''}${parameter.name}${optional}${type}`;
  });
  return `${method.name}(${parameters.join(', ')})`;
}

/** The first paragraph of the class JSDoc (the rest is for the source reader), else its summary. */
function leadParagraph(declaration) {
  const first = (declaration.description ?? '').trim().split(/\n\s*\n/)[0]?.trim();
  return (first || declaration.summary || '').replace(/\s*\n\s*/g, ' ');
}

function renderElement(modulePath, declaration) {
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((member) => member.kind === 'field');
  const fieldNamed = new Map(fields.map((field) => [field.name, field]));

  const attributes = (declaration.attributes ?? []).map((attribute) => {
    const field = attribute.fieldName ? fieldNamed.get(attribute.fieldName) : undefined;
    const reflects = field?.reflects ? ' (reflects)' : '';
    return [
      `${code(attribute.name)}${reflects}`,
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      describe(attribute.description ? attribute : (field ?? attribute)),
    ];
  });
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  const properties = fields
    .filter((field) => !field.attribute && !attributeFields.has(field.name))
    .map((field) => [`${code(field.name)}${field.readonly ? ' (read-only)' : ''}`, code(field.type?.text), code(field.default), describe(field)]);
  const methods = members
    .filter((member) => member.kind === 'method')
    .map((method) => [code(signature(method)), code(method.return?.type?.text), describe(method)]);
  const events = (declaration.events ?? []).filter((event) => event.name).map((event) => [code(event.name), code(event.type?.text), describe(event)]);
  const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', describe(slot)]);
  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), describe(part)]);
  const cssProperties = (declaration.cssProperties ?? []).map((property) => [code(property.name), code(property.default), describe(property)]);
  const lead = leadParagraph(declaration);

  return [
    `## \`<${declaration.tagName}>\``,
    '',
    `Class \`${declaration.name}\`, defined in [\`${modulePath}\`](../packages/widgets/${modulePath}).`,
    '',
    ...(lead ? [lead, ''] : []),
    ...section('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    ...section('Properties', ['Property', 'Type', 'Default', 'Description'], properties),
    ...section('Methods', ['Method', 'Returns', 'Description'], methods),
    ...section('Events', ['Event', 'Type', 'Description'], events),
    ...section('Slots', ['Slot', 'Description'], slots),
    ...section('CSS parts', ['Part', 'Description'], parts),
    ...section('CSS custom properties', ['Property', 'Default', 'Description'], cssProperties),
  ];
}

/** The reference exactly as it is committed, from a parsed Custom Elements Manifest. */
export function renderWidgetsApi(manifest) {
  // The manifest's order (modules by path, declarations as written) is already stable.
  const elements = (manifest.modules ?? []).flatMap((mod) =>
    (mod.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ path: mod.path, declaration })),
  );
  const lines = [
    '# Giftkit widgets: API reference',
    '',
    '<!-- Generated by scripts/widgets-api.mjs from packages/widgets/custom-elements.json: do not edit. Run `npm run docs:widgets`. -->',
    '',
    "Every element's attributes, properties, methods, events, slots, CSS parts and CSS custom properties, generated",
    "from the components' JSDoc. How theming works (the global `--gk-*` tokens, light and dark, `::part()`) is in",
    '[widgets.md](./widgets.md#theming) and the [package README](../packages/widgets/README.md#theming).',
    '',
    ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
    '',
    ...elements.flatMap(({ path, declaration }) => renderElement(path, declaration)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Why `committed` (the file's text, `undefined` when missing) is not `rendered`, with the first line that
 * differs; `undefined` when they are the same.
 */
export function staleness(committed, rendered) {
  if (committed === rendered) return undefined;
  const target = relative(process.cwd(), WIDGETS_API_PATH);
  const fix = 'Run `npm run docs:widgets` and commit the result.';
  if (committed === undefined) return `${target} is missing. ${fix}`;
  const was = committed.split('\n');
  const is = rendered.split('\n');
  let line = 0;
  while (was[line] === is[line]) line += 1;
  return [
    `${target} is out of date with the components' JSDoc. ${fix}`,
    `First difference, line ${line + 1}:`,
    `  committed: ${was[line] ?? '(end of file)'}`,
    `  generated: ${is[line] ?? '(end of file)'}`,
  ].join('\n');
}

/** The committed reference, or `undefined` when there is none. */
export function readWidgetsApi() {
  return existsSync(WIDGETS_API_PATH) ? readFileSync(WIDGETS_API_PATH, 'utf8') : undefined;
}

/** The manifest on disk, or an error saying how to make it. */
export function readManifest(path = MANIFEST_PATH) {
  if (!existsSync(path)) {
    throw new Error(`${relative(process.cwd(), path)} does not exist: run \`npm run build\` (or \`npm run manifest\`) first.`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const target = relative(process.cwd(), WIDGETS_API_PATH);
  let rendered;
  try {
    rendered = renderWidgetsApi(readManifest());
  } catch (error) {
    console.error(`widgets-api: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (check) {
    const problem = staleness(readWidgetsApi(), rendered);
    if (problem) {
      console.error(`widgets-api: ${problem}`);
      process.exit(1);
    }
    console.log(`widgets-api: ${target} is up to date`);
  } else {
    writeFileSync(WIDGETS_API_PATH, rendered);
    console.log(`widgets-api: wrote ${target}`);
  }
}
