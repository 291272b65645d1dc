/** custom-elements.json, the committed manifest, as the tests read it: the source of the list of elements. */
import { fetchJson } from './server.js';

/** One documented item of an element: attribute, member, event, CSS part or custom property. */
export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly privacy?: string;
  readonly kind?: string;
  readonly static?: boolean;
  /** For events: the class a listener gets. */
  readonly type?: { readonly text: string };
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

// Fetched as editors and Storybook read it, not imported: the committed file is what is tested.
const manifest = await fetchJson<{ modules: readonly { declarations?: readonly ManifestDeclaration[] }[] }>('/custom-elements.json');

/** Every element the manifest declares (each declaration with a `tagName`), in the manifest's order. */
export const manifestElements: readonly ManifestElement[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement => typeof declaration.tagName === 'string' && declaration.tagName !== '');
