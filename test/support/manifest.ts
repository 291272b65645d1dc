/** custom-elements.json, the committed manifest, as the tests read it: the source of the list of elements. */
import { fetchJson } from './server.js';

/** One documented item of an element: attribute, member, event, CSS part or custom property. */
export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly privacy?: string;
  readonly kind?: string;
  readonly static?: boolean;
  /** Its type; for events, the class a listener gets. `references` link the names in `text` to the modules that export them. */
  readonly type?: { readonly text: string; readonly references?: readonly ManifestReference[] };
}

/** A name and the module (a path in the package) or package that exports it. */
export interface ManifestReference {
  readonly name: string;
  readonly module?: string;
  readonly package?: string;
  readonly start?: number;
  readonly end?: number;
}

/** A declaration of the manifest; custom elements carry a `tagName`. */
export interface ManifestDeclaration {
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly ManifestItem[];
  readonly members?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
}

/** A custom element's declaration. */
export type ManifestElement = ManifestDeclaration & { readonly tagName: string };

/** A module of the manifest: a file of the package, what it declares and what it exports. */
export interface ManifestModule {
  readonly path: string;
  readonly declarations?: readonly ManifestDeclaration[];
  readonly exports?: readonly { readonly kind: string; readonly name: string; readonly declaration: ManifestReference }[];
}

// Fetched as editors and Storybook read it, not imported: the committed file is what is tested.
const manifest = await fetchJson<{ modules: readonly ManifestModule[] }>('/custom-elements.json');

/** The manifest's modules, in its order. */
export const manifestModules: readonly ManifestModule[] = manifest.modules;

/** Every `path` and `module` the manifest names, anywhere: modules, exports, superclasses, `inheritedFrom`, type references. */
export const manifestPaths: readonly string[] = (() => {
  const paths = new Set<string>();
  JSON.stringify(manifest, (key, value: unknown) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
    return value;
  });
  return [...paths];
})();

/** Every element the manifest declares (each declaration with a `tagName`), in the manifest's order. */
export const manifestElements: readonly ManifestElement[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement => typeof declaration.tagName === 'string' && declaration.tagName !== '');
