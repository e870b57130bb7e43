// Generates custom-elements.json (run `npm run manifest` at the repo root; `npm run build` runs it too)
// from the components' JSDoc: @summary, @event, @csspart, @cssproperty, @slot and the @property fields.

/** Tag names read from `defineElement('gk-…', Class)` calls in the define modules, by class name. */
const tags = new Map();

/** The analyzer only knows `customElements.define`; Giftkit registers through `defineElement`. */
const defineElementTags = {
  name: 'giftkit-define-element',
  analyzePhase({ ts, node }) {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
    const [tag, ctor] = node.arguments;
    if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) tags.set(ctor.text, tag.text);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        const tagName = tags.get(declaration.name);
        if (!declaration.customElement || !tagName) continue;
        declaration.tagName = tagName;
        mod.exports = [
          ...(mod.exports ?? []),
          { kind: 'custom-element-definition', name: tagName, declaration: { name: declaration.name, module: mod.path } },
        ];
      }
    }
  },
};

/** Drops what is not an element's API: non-public members, Lit's static hooks, and events the JSDoc does not document. */
const publicApiOnly = {
  name: 'giftkit-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => (!member.privacy || member.privacy === 'public') && !(member.static && ['styles', 'shadowRootOptions'].includes(member.name)),
          );
        }
        // The analyzer also guesses events from `dispatchEvent(new X(...))` arguments; the @event tags are the truth.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/**/*.messages.ts', 'src/locales/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest under "customElements".
  packagejson: false,
  plugins: [defineElementTags, publicApiOnly],
};
