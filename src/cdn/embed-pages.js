// @ts-check
/**
 * The rendered embed pages, `dist/cdn/embed/<guide>/<element>.html`: each bundled guide shown by
 * each element, server-rendered at build time (scripts/embed-pages.mjs), so that an iframe shows
 * its chart with no script at all. The studio points its iframe snippet at them
 * (src/cdn/builder-snippets.ts); every other choice goes to the dynamic `embed.html?…`.
 *
 * One variant is rendered: the studio's defaults. The light theme, and English, which is also
 * what "page default" gives inside an iframe (the embed document's language is English whatever
 * the host page's is); the whole guide with every section and its title at heading level 2.
 * Other themes and languages are not rendered: each would add as many bytes again to the npm
 * package, which is what the CDN serves, and `embed.html` shows them with its script.
 *
 * Plain JavaScript typed with JSDoc, like src/registry.js: the build script runs it in Node as
 * it is, and the studio imports it.
 */

/** The options every rendered page is rendered with. */
export const RENDERED_EMBED = /** @type {const} */ ({
  theme: 'light',
  /** Written as the element's `locale`; the studio's "page default" ('') gets the same page. */
  locale: 'en-US',
  /** The locales whose pages are the rendered ones: the studio's "page default", and English. */
  locales: ['', 'en-US'],
  /** `<career-guide>`'s title heading, as the studio's default. */
  headingLevel: 2,
});

/** A guide id that can name a folder: what `career="…"` and the bundled guides' file names use. */
const GUIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The rendered page of `element` (a short name, `salary`) showing the bundled guide `guide`,
 * relative to dist/cdn.
 * @param {string} guide
 * @param {string} element
 * @returns {string}
 */
export function renderedEmbedPath(guide, element) {
  if (!GUIDE_ID.test(guide)) throw new TypeError(`"${guide.slice(0, 40)}" cannot name a rendered embed page`);
  return `embed/${guide}/${element}.html`;
}
