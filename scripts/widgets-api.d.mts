// Types of scripts/widgets-api.mjs, for the TypeScript that imports it (widgets-api.node.test.ts).
// The script stays plain JavaScript so `npm run docs:widgets` needs nothing but Node.

/** The parts of a Custom Elements Manifest (schema 1.0) the reference reads. */
export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  deprecated?: boolean | string;
}

export interface ManifestDeclaration extends ManifestItem {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: (ManifestItem & { fieldName?: string })[];
  members?: (ManifestItem & { kind: 'field' | 'method'; attribute?: string; reflects?: boolean })[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** Absolute path of packages/widgets/custom-elements.json. */
export const MANIFEST_PATH: string;
/** Absolute path of docs/widgets-api.md. */
export const WIDGETS_API_PATH: string;
/** The reference exactly as it is committed. */
export function renderWidgetsApi(manifest: Manifest): string;
/** Why the committed text is not the rendered one (with the first differing line), or `undefined`. */
export function staleness(committed: string | undefined, rendered: string): string | undefined;
/** The committed reference, or `undefined` when there is none. */
export function readWidgetsApi(): string | undefined;
/** The manifest on disk; throws, saying to run `npm run build`, when there is none. */
export function readManifest(path?: string): Manifest;
