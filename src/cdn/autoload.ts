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

/**
 * The first `Intl.NumberFormat` or `Intl.DisplayNames` in a renderer process builds ICU's table
 * of available locales: 25–270 ms of main-thread time in Chromium (measured on a 2-core machine,
 * before any CPU throttling), spent inside the first element's render. That table is shared by
 * the whole process, so a throwaway worker that formats one number while the chunks and the guide
 * are still downloading takes the cost off the main thread (the first format there then takes
 * about 0.1 ms). Only for a page on the same origin as this script (a page cannot start a worker
 * from another origin), and harmless if refused: under a policy that forbids workers (or
 * enforces Trusted Types) the browser reports it and the elements pay the cost as before.
 */
function warmIntl(): void {
  const url = new URL('./warm-intl.js', import.meta.url);
  if (url.origin !== location.origin || typeof Worker !== 'function') return;
  try {
    const worker = new Worker(url);
    worker.onmessage = worker.onerror = () => worker.terminate();
  } catch {
    // Refused (a Content-Security-Policy or Trusted Types): nothing lost but the head start.
  }
}

function start(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

warmIntl();
start();

export { loadElement };
