/**
 * The iframe embed, dist/cdn/embed.html + embed.js: renders one element from URL parameters and
 * nothing else, and tells the host page its height after every change.
 *
 *   embed.html?element=salary&guide=operations-engineer&theme=dark&locale=de-DE&id=salary-1
 *
 * Parameters: `element` (an element's short name in src/registry.js: salary, guide…), a guide by
 * `guide` (id of a bundled guide, or of one in the page's guides folder) or by `src` (an http(s)
 * URL), `theme`, `locale`, and for the whole guide `sections` and `heading-level`. `id` is echoed
 * in the height messages so the host can tell its iframes apart.
 *
 * The rendered embed pages (dist/cdn/embed/<guide>/<element>.html, see src/cdn/embed-pages.js)
 * load this script too: their element is in the HTML already, so it reads only `id`, hydrates
 * the element and reports the height.
 *
 * Height message, posted to the parent window: `{ type: 'career-widgets:height', id, height }`,
 * height in CSS pixels. The host script (embed-host.js) checks where it came from.
 */
// First, and statically: on a rendered page the element's chunk must find Lit's hydration
// support installed before Lit's element class is defined. Imported from the element modules
// alone, the split build can evaluate the shared chunk holding that class before the one that
// installs the support, and the element then renders a second copy beside the server's.
import '../element/hydrate.js';
import { setBundledGuides } from '../data/config.js';
import { ELEMENT_LOADERS, loadElement } from './elements.js';

// Here, in the entry, import.meta.url is this script's own URL; the guides sit beside it.
setBundledGuides(new URL('./guides/', import.meta.url).href);

/** The message type the embed posts and the host script reads. */
export const HEIGHT_MESSAGE = 'career-widgets:height';

const THEMES = ['light', 'dark', 'auto'];

async function render(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('root') ?? document.body;
  const rendered = root.firstElementChild;
  if (rendered && Object.hasOwn(ELEMENT_LOADERS, rendered.localName)) {
    // A rendered page shows its element before any script: the height is known now, and the
    // element's module takes over its DOM as it arrives.
    reportHeight(params.get('id') ?? '');
    await loadElement(rendered.localName);
    return;
  }
  const name = params.get('element') ?? 'salary';
  const tag = `career-${name}`;
  // The loaders' tags are the registry's (their type says so), so this page needs no copy of the
  // registry's other fields.
  if (!Object.hasOwn(ELEMENT_LOADERS, tag)) {
    const names = Object.keys(ELEMENT_LOADERS).map((known) => known.slice('career-'.length));
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `Unknown element "${name.slice(0, 40)}": use one of ${names.join(', ')}.`;
    root.append(message);
    return;
  }
  await loadElement(tag);
  const element = document.createElement(tag);
  const src = params.get('src');
  // Only http(s) URLs (or paths on this host) are fetched; the element reports anything else.
  if (src !== null) element.setAttribute('src', /^(https?:)?\/\//i.test(src) || src.startsWith('/') ? src : '');
  else element.setAttribute('career', params.get('guide') ?? 'operations-engineer');
  const theme = params.get('theme');
  if (theme && THEMES.includes(theme)) {
    element.setAttribute('theme', theme);
    document.documentElement.dataset.theme = theme;
  }
  const locale = params.get('locale');
  if (locale) element.setAttribute('locale', locale.slice(0, 35));
  if (name === 'guide') {
    const sections = params.get('sections');
    if (sections) element.setAttribute('sections', sections.slice(0, 400));
    const level = params.get('heading-level');
    if (level && /^[1-6]$/.test(level)) element.setAttribute('heading-level', level);
  }
  root.append(element);
  reportHeight(params.get('id') ?? '');
}

/** Posts the document's height to the parent now and after every size change. */
function reportHeight(id: string): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height of a public widget is no secret: any parent may read it; the host script
    // decides whom to believe.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

void render();
