/**
 * What a screen reader is given, as the texts it would speak along a route through an element,
 * for tests that count how often each figure is said (test/announced-once.test.ts). Two sources
 * of the same model: the DOM with dom-accessibility-api (the accessible name and description
 * algorithms, in every engine), and the browser's own accessibility tree where the driver can
 * read it (Chromium, through test/support/accessibility.mjs).
 *
 * The model of reading, the same for both:
 * - Nothing hidden from assistive technology is read: `aria-hidden`, `hidden`, `display: none`,
 *   and text under `visibility: hidden`. Visually hidden text (clipped) is read.
 * - A text node is read as it is. An element adds its name when an author gave it one
 *   (`aria-label`, `aria-labelledby`), its description (`aria-describedby`), and a range's value
 *   text (a meter's `aria-valuetext`).
 * - Roles whose children are presentational (ARIA 1.2: option, button, img, meter…) are read as
 *   name, description and value only: their text inside is not read again.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { computeAccessibleDescription, computeAccessibleName, getRole } from 'dom-accessibility-api';

/** ARIA 1.2 roles whose children are presentational, as Chromium names some of them too (`image`). */
const PRESENTATIONAL = new Set([
  'button',
  'checkbox',
  'img',
  'image',
  'math',
  'menuitemcheckbox',
  'menuitemradio',
  'meter',
  'option',
  'progressbar',
  'radio',
  'scrollbar',
  'separator',
  'slider',
  'switch',
  'tab',
]);
/** Roles whose value is spoken. */
const RANGES = new Set(['meter', 'progressbar', 'slider', 'spinbutton', 'scrollbar']);
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** A node of an accessibility tree, as test/support/accessibility.mjs serialises Chromium's. */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  /** `author` for aria-label and aria-labelledby, else where the browser took the name from. */
  readonly nameFrom: string;
  readonly description: string;
  readonly value: string;
  readonly ignored: boolean;
  /** Whether the node is one of a chart's marks (`data-mark`). */
  readonly mark: boolean;
  readonly children: readonly AxNode[];
}

/** The texts of the two routes through an element. */
export interface Routes {
  /** Reading from top to bottom (a screen reader's reading mode): every text, name, description and value in order. */
  readonly reading: readonly string[];
  /**
   * Stepping through the marks by keyboard (Tab into the chart, then the arrows): the name and
   * description of the marks' container once, then of each mark.
   */
  readonly stepping: readonly string[];
}

const elementChildren = (node: Node): Node[] => [...((node as Element).shadowRoot ?? node).childNodes];
const hiddenFromAll = (element: Element) => element.getAttribute('aria-hidden') === 'true' || !element.checkVisibility();
const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
const authorNamed = (element: Element) => element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');

/**
 * What an element says of itself: its name (read in place only when an author gave it, or for a
 * role read as a whole), its description and its value. Focused, it says its name, or the text
 * inside where its role takes no name from it (a list item).
 */
function ownWords(element: Element, focused = false): string[] {
  const role = getRole(element) ?? '';
  const words: string[] = [];
  if (authorNamed(element) || PRESENTATIONAL.has(role)) words.push(computeAccessibleName(element));
  else if (focused) words.push(computeAccessibleName(element) || domRoutes(element).reading.join(' '));
  if (element.hasAttribute('aria-describedby')) words.push(computeAccessibleDescription(element));
  if (RANGES.has(role)) words.push(element.getAttribute('aria-valuetext') ?? element.getAttribute('aria-valuenow') ?? '');
  return words.filter((word) => word.trim() !== '');
}

/** The routes through `root`'s DOM (its shadow root included), by dom-accessibility-api. */
export function domRoutes(root: Element): Routes {
  const reading: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent!.trim() && node.parentElement && shown(node.parentElement)) reading.push(node.textContent!);
      return;
    }
    if (!(node instanceof Element)) return;
    if (SKIPPED.has(node.tagName) || hiddenFromAll(node)) return;
    if (shown(node)) reading.push(...ownWords(node));
    if (PRESENTATIONAL.has(getRole(node) ?? '')) return;
    elementChildren(node).forEach(walk);
  };
  walk(root);

  const marks = [...allElements(root)].filter((element) => element.hasAttribute('data-mark'));
  const container = marks[0]?.parentElement?.closest('[aria-labelledby]');
  const stepping = [...(container ? ownWords(container) : []), ...marks.flatMap((mark) => ownWords(mark, true))];
  return { reading, stepping };
}

/** The same routes through Chromium's accessibility tree for the element with id `id`, or why this engine has none. */
export async function browserRoutes(id: string): Promise<Routes | string> {
  const tree = await executeServerCommand<AxNode | string, { id: string }>('ax-tree', { id });
  if (tree === undefined || typeof tree === 'string') return tree ?? 'no answer from the ax-tree command';
  const said = (node: AxNode, focused = false): string[] =>
    [
      ...(node.nameFrom === 'author' || PRESENTATIONAL.has(node.role) ? [node.name] : focused ? [node.name || read(node).join(' ')] : []),
      node.description,
      ...(RANGES.has(node.role) ? [node.value] : []),
    ].filter((word) => word.trim() !== '');
  const read = (top: AxNode): string[] => {
    const texts: string[] = [];
    const walk = (node: AxNode) => {
      if (!node.ignored) {
        if (node.role === 'StaticText') {
          texts.push(node.name);
          return;
        }
        texts.push(...said(node));
        if (PRESENTATIONAL.has(node.role)) return;
      }
      node.children.forEach(walk);
    };
    walk(top);
    return texts;
  };
  const reading = read(tree);

  const stepping: string[] = [];
  const step = (node: AxNode, container: AxNode | undefined) => {
    if (node.mark) {
      if (container && !stepping.length) stepping.push(...said(container));
      stepping.push(...said(node, true));
      return;
    }
    const named = !node.ignored && node.nameFrom === 'author' ? node : container;
    node.children.forEach((child) => step(child, named));
  };
  step(tree, undefined);
  return { reading, stepping };
}

/** Every element under `root`, through shadow roots, in document order. */
function* allElements(root: Element): Generator<Element> {
  for (const child of elementChildren(root)) {
    if (!(child instanceof Element)) continue;
    yield child;
    yield* allElements(child);
  }
}

/**
 * A figure as a pattern that finds it however a text writes it: any white space (Intl's no-break
 * spaces too) for a space, "to" or an en dash for a range's " to ", and never inside a longer
 * number ("$30,000" is not in "$130,000").
 */
export function figurePattern(figure: string): RegExp {
  const escaped = figure.replace(/\s+/gu, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spaced = escaped.replace(/ to /g, '\\s*(?:to|–)\\s*').replace(/ /g, '\\s');
  return new RegExp(`(?<![\\d.,])${spaced}(?!,?\\d)`, 'gu');
}

/** How often each figure is said in `texts`. */
export function figureCounts(texts: readonly string[], figures: readonly string[]): Record<string, number> {
  return Object.fromEntries(figures.map((figure) => [figure, texts.reduce((sum, text) => sum + (text.match(figurePattern(figure))?.length ?? 0), 0)]));
}
