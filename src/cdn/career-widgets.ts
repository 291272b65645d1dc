/**
 * The drop-in build, dist/cdn/career-widgets.js: every element in one self-contained module,
 * with the bundled guides beside it.
 */
import { setBundledGuides } from '../data/config.js';

// Here, in the entry, import.meta.url is this script's own URL; the guides sit beside it.
setBundledGuides(new URL('./guides/', import.meta.url).href);

export * from '../index.js';
