/**
 * What the studio hands over: the guide as a file, and the snippet with the guide inline. Pure:
 * no DOM; the studio draws the buttons and the snippet's box.
 */
import { GuideHeader } from '../contract/schema.js';
import { escapeHtml } from '../data/html.js';
import { ELEMENTS, type ElementName } from '../registry.js';

/** The fields every reader of a guide checks, whatever sections it shows. */
const HEADER_KEYS: ReadonlySet<string> = new Set(Object.keys(GuideHeader));

/**
 * The guide file's text: formatted JSON with `$schema` first, so that an editor that opens it
 * offers completion and checks (the document's own `$schema` is kept when it has one).
 */
export function guideFileText(value: unknown, schemaUrl: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${JSON.stringify(value, null, 2)}\n`;
  const { $schema, ...rest } = value as Record<string, unknown>;
  return `${JSON.stringify({ $schema: typeof $schema === 'string' && $schema !== '' ? $schema : schemaUrl, ...rest }, null, 2)}\n`;
}

/** The file name: the guide's id, else its title made an id, else `career-guide`. */
export function guideFileName(value: unknown): string {
  const guide = typeof value === 'object' && value !== null ? (value as { id?: unknown; title?: unknown }) : {};
  const name = [guide.id, guide.title]
    .filter((candidate): candidate is string => typeof candidate === 'string')
    .map((candidate) =>
      candidate
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64),
    )
    .find((candidate) => candidate !== '');
  return `${name ?? 'career-guide'}.json`;
}

/**
 * JSON that may stand inside `<script type="application/json">`: `<` is written `\u003c`, so no
 * `</script>` or `<!--` in the text can end the script early. It parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The part of a guide that `element` reads: the header and the element's sections (its `sections`
 * in src/registry.js), so that a salary chart's snippet does not carry a long guide's text.
 * `$schema` is for editors and is left out too. A value that is not an object stays whole: the
 * element says what is wrong with it.
 */
export function guideForElement(guide: unknown, element: ElementName): unknown {
  if (typeof guide !== 'object' || guide === null || Array.isArray(guide)) return guide;
  const sections: readonly string[] | 'all' = ELEMENTS.find((entry) => entry.name === element)?.sections ?? 'all';
  const read = (key: string) => key !== '$schema' && (sections === 'all' || HEADER_KEYS.has(key) || sections.includes(key));
  return Object.fromEntries(Object.entries(guide).filter(([key]) => read(key)));
}

/** What the inline snippet shows. */
export interface InlineSnippetOptions {
  readonly element: ElementName;
  /** The element's attributes besides the guide: theme, locale… (src/cdn/builder-snippets.ts `lookAttributes`). */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** The guide, any JSON value: the element reports what is wrong with it. */
  readonly guide: unknown;
  /** The folder the studio is served from: the autoloader is there. */
  readonly base: string;
}

/**
 * The self-contained script snippet: the autoloader and the element with the guide inside it as
 * `<script type="application/json">`, for a CMS that keeps scripts and a guide not uploaded anywhere.
 */
export function inlineSnippet(options: InlineSnippetOptions): string {
  const tag = `career-${options.element}`;
  const autoload = escapeHtml(new URL('autoload.js', options.base).href);
  const attributes = options.attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<script type="module" src="${autoload}"></script>\n<${tag}${attributes}>\n<script type="application/json">${scriptSafeJson(options.guide)}</script>\n</${tag}>`;
}

/** A size in bytes for people: "840 bytes", "12.3 kB". */
export function byteSize(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1000 ? `${bytes} bytes` : `${(bytes / 1000).toFixed(1)} kB`;
}
