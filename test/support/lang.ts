/**
 * Language of parts (WCAG 3.1.2), as tests check it: which language each run of text should be
 * in, and which it is in. Two languages meet in an element: the guide's own text (its titles,
 * descriptions, names) in the guide's `lang`, and the element's words (headings, labels,
 * sentences written around the data) in its locale.
 */
/** Every string in a guide that is words (not a time or an id-like code), trimmed. */
export function guideStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /\p{L}/u.test(value) && !/^[a-z0-9-]+$|^[A-Z]{2,3}$/.test(value)) into.add(value.trim());
  else if (value && typeof value === 'object') for (const child of Object.values(value)) guideStrings(child, into);
  return into;
}

/** The `lang` that applies to a node: the closest ancestor's, crossing shadow roots to their hosts. */
// Node types, not `instanceof`: the nodes of a page in a frame come from another realm.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const hostOf = (node: Node): Element | null => (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);

function languageAt(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? hostOf(at)) {
    if (isElement(at) && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/**
 * Whether a text is the guide's: one of its strings, or several joined by punctuation (a day's
 * tasks in a table cell), or in a chart's SVG a line of a wrapped guide string.
 */
function fromGuide(words: string, node: Node, guide: Set<string>): boolean {
  if (guide.has(words)) return true;
  if (node.parentElement?.localName === 'text' && /\p{L}/u.test(words)) {
    const line = words.replace(/…$/, '');
    if ([...guide].some((text) => text.includes(line))) return true;
  }
  let rest = words;
  for (const text of [...guide].sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
  return rest !== words && !/[\p{L}\p{N}]/u.test(rest);
}

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** Every text run in `root` and the shadow roots inside, whose language is not the one expected. */
export function misplaced(root: Node, guide: Set<string>, guideLang: string, wordsLang: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && SKIPPED.has(node.tagName)) return;
    const words = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim() : '';
    if (words) {
      const expected = fromGuide(words, node, guide) ? guideLang : wordsLang;
      const found = language(languageAt(node));
      if (found !== expected) out.push(`${expected} expected, ${found || 'none'} found: "${words.slice(0, 60)}"`);
    }
    if (isElement(node) && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

