/**
 * Reading server-rendered pages in a test: open one in a frame of a given width, with or without
 * scripts, and collect its elements and visible text through shadow roots.
 */

/**
 * A frame `width` px wide showing `url`, appended to the document (remove it after the test).
 * `scripts: false` sandboxes it so that no script runs, as for a reader or crawler without them.
 */
export async function openFrame(url: string, width: number, { scripts = true } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width:${width}px;height:700px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every element node of `root`, in the shadow roots of its elements too. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The text a reader sees in `root`: visible text nodes, through shadow roots. */
export function visibleText(root: ParentNode): string {
  const parts: string[] = [];
  for (const element of allElements(root)) {
    if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) continue;
    for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The chart elements of a page, inside <career-guide> and out. */
export function charts(doc: Document): HTMLElement[] {
  return allElements(doc).filter((element): element is HTMLElement => /^career-(?!guide)/.test(element.localName));
}
