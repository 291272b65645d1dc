/**
 * `theme="auto"` follows the reader's system setting (a media query in the stylesheet) and also
 * the host page's own dark mode: a `dark` class or `data-theme="dark"` on an ancestor (across
 * shadow roots) or on <html>, or `color-scheme: dark` on the element's parent. One shared
 * MutationObserver on <html> tells the elements that use `auto` when the page switches.
 */

/** Whether the page around `element` says it is dark. */
export function pageIsDark(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      if (node.classList.contains('dark') || node.getAttribute('data-theme') === 'dark') return true;
      if (node.classList.contains('light') || node.getAttribute('data-theme') === 'light') return false;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const parent = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  return parent ? schemeIsDark(parent) : false;
}

/**
 * Parents' `color-scheme`, read once per task however many elements share a parent: a computed
 * style read in every element's update would force a style recalculation for each one. Cleared
 * in the next task, and when the page's theme changes.
 */
const schemes = new Map<Element, boolean>();

function schemeIsDark(parent: Element): boolean {
  let dark = schemes.get(parent);
  if (dark === undefined) {
    if (schemes.size === 0) setTimeout(() => schemes.clear());
    const scheme = getComputedStyle(parent).colorScheme;
    dark = /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme);
    schemes.set(parent, dark);
  }
  return dark;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` when <html>'s class, data-theme or style changes; returns the unsubscribe. */
export function onPageThemeChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      schemes.clear();
      listeners.forEach((notify) => notify());
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
