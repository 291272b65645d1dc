/**
 * An Eleventy 3 site of career guides: a page per guide JSON file (src/_data/guides.mjs), each
 * rendered at build time by `career-widgets/ssr` in an async shortcode, and an index page linking
 * them. Build it with `npx @11ty/eleventy` in this folder; `_site/` is the site.
 */
import { fileURLToPath } from 'node:url';
import { renderElement } from 'career-widgets/ssr';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // `{% careerGuide guide, options %}`: <career-guide> with its declarative shadow root, its guide
  // as inline JSON (the browser makes no second request) and its Occupation JSON-LD. The plugin
  // @lit-labs/eleventy-plugin-lit cannot do this: it renders elements found in the markup from
  // their attributes, and a guide is an object, a property (see README.md).
  eleventyConfig.addAsyncShortcode('careerGuide', (guide, options) => renderElement('career-guide', guide, options));

  // Hydration: the package's drop-in bundle, copied beside the pages, resolved by its public name.
  const dropIn = fileURLToPath(import.meta.resolve('career-widgets/cdn/career-widgets.js'));
  eleventyConfig.addPassthroughCopy({ [dropIn]: 'career-widgets.js' });

  // The templates' own links take the --pathprefix through the `url` filter. The HTML base plugin
  // would instead parse and re-write every page, the rendered guides' markup included.
}

export const config = {
  dir: { input: 'src', output: '_site' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
