/**
 * The autoloader, dist/cdn/autoload.js: defines only the career elements that appear on the
 * page, now or later, loading each element's chunk from beside this script on first sight.
 *
 *   <script type="module" src="https://your-cdn.example/career-widgets/autoload.js"></script>
 *
 * It watches the document, not the inside of other components' shadow roots; an element created
 * there can be loaded with `loadElement('career-salary')`, exported here.
 */
import { setBundledGuides } from '../data/config.js';
import { ELEMENT_LOADERS, loadElement } from './elements.js';

// Here, in the entry, import.meta.url is this script's own URL; the guides sit beside it.
setBundledGuides(new URL('./guides/', import.meta.url).href);

const SELECTOR = Object.keys(ELEMENT_LOADERS).join(',');

function scan(root: ParentNode): void {
  if (root instanceof Element) void loadElement(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) void loadElement(element.localName);
}

function start(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();

export { loadElement };
