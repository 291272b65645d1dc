import type { ElementTag } from '../registry.js';

/**
 * Every element's module, loaded on demand: the autoloader and the embed page import an element
 * only when a page uses it. Relative imports, so the chunks are found beside the script that
 * asked for them, wherever the CDN serves it.
 *
 * Written out rather than read from src/registry.js because a bundler makes a chunk only of an
 * import with a literal path; the type makes `tsc` ask for a loader for every registered tag,
 * and for no other.
 */
export const ELEMENT_LOADERS: Readonly<Record<ElementTag, () => Promise<unknown>>> = {
  'career-balance': () => import('../balance/balance.js'),
  'career-day': () => import('../day/day.js'),
  'career-demand': () => import('../demand/demand.js'),
  'career-facts': () => import('../facts/facts.js'),
  'career-guide': () => import('../guide/guide.js'),
  'career-salary': () => import('../salary/salary.js'),
  'career-skills': () => import('../skills/skills.js'),
  'career-tiers': () => import('../tiers/tiers.js'),
};

const loading = new Map<string, Promise<unknown>>();

/** Loads the module that defines `tag`, once; resolves when it is defined. Unknown tags are ignored. */
export function loadElement(tag: string): Promise<unknown> {
  // Own keys only: a page may well contain a <constructor> or <toString> element.
  const load = Object.hasOwn(ELEMENT_LOADERS, tag) ? ELEMENT_LOADERS[tag as ElementTag] : undefined;
  if (!load || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      loading.delete(tag);
      console.error(`career-widgets: could not load <${tag}>`, error);
    });
    loading.set(tag, pending);
  }
  return pending;
}
