/**
 * `career-widgets/ssr`: any element rendered to HTML on a server or at build time (Node ≥ 20),
 * through @lit-labs/ssr, with declarative shadow DOM. The HTML reads well with no script at any
 * width (each chart carries its server forms, see `SERVER_WIDTHS`), and the browser bundles
 * hydrate it without re-creating it: the guide rides along as the element's inline JSON, so the
 * browser makes no request for it.
 *
 * ```js
 * import { renderElement, renderPage } from 'career-widgets/ssr';
 * const html = await renderElement('career-salary', guide, { locale: 'de-DE' });
 * ```
 */
import { render } from '@lit-labs/ssr';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { nothing } from 'lit';
import { ELEMENTS } from '../registry.js';
import { parseJson } from '../contract/validate.js';
import { scriptSafeJson, serializeJsonLd, toOccupationJsonLd, type OccupationJsonLdOptions } from '../contract/occupation.js';
import { escapeHtml } from '../data/html.js';
import { GuideHeader, type Guide } from '../contract/schema.js';
import { loadMessages } from '../i18n/messages.js';
import { shownGuide } from '../guide/guide.sections.js';
import type { Theme } from '../element/guide-element.js';
import '../index.js';

/** A tag of the library, `career-salary`, or its short name, `salary`. */
export type ElementName = (typeof ELEMENTS)[number]['tag'] | (typeof ELEMENTS)[number]['name'];

/** How to render an element: its attributes, and what the HTML around it carries. */
export interface RenderOptions {
  /** Language for numbers and words (BCP 47), as the `locale` attribute; default `en-US`. */
  readonly locale?: string | undefined;
  /** Color theme, as the `theme` attribute; default `light`. */
  readonly theme?: Theme | undefined;
  /** Text direction of the element's context: `rtl` mirrors the charts and writes `dir="rtl"` on the element. */
  readonly dir?: 'ltr' | 'rtl' | undefined;
  /** `<career-guide>`: the level of its title heading (1–6). */
  readonly headingLevel?: number | undefined;
  /** `<career-guide>`: which sections to show, as its `sections` attribute. */
  readonly sections?: string | undefined;
  /**
   * The URL the guide was loaded from, written as the `src` attribute. The browser still shows
   * the rendered guide (from the inline JSON) without a request, until `src` changes.
   */
  readonly src?: string | undefined;
  /**
   * The schema.org Occupation JSON-LD (see `toOccupationJsonLd`): `true` by default for
   * `<career-guide>`, whose light DOM then carries it, and for every page from `renderPage`;
   * `false` leaves it out, as `structured-data="off"` does in the browser.
   */
  readonly structuredData?: boolean | undefined;
  /** The page's canonical URL and location, for the JSON-LD. */
  readonly page?: OccupationJsonLdOptions | undefined;
}

/** What `renderPage` adds: the document around the element. */
export interface PageOptions extends RenderOptions {
  /**
   * How the page loads the drop-in bundle: a URL (e.g. `/career-widgets.js`) for a
   * `<script type="module" src>`, or its source text to inline, so that a file opened from disk
   * hydrates too. Without it the page has no script at all, and still reads whole.
   */
  readonly script?: { readonly src: string } | { readonly inline: string } | undefined;
  /** The document's title; default the guide's title. */
  readonly title?: string | undefined;
}

/**
 * Renders `tag` showing `guide` (an object, or JSON text) to HTML: the element with its
 * declarative shadow root and its guide as inline JSON, ready for a page. Deterministic: the same
 * input gives the same bytes. An invalid guide renders the element's error message, as in the
 * browser.
 */
export async function renderElement(tag: ElementName, guide: unknown, options: RenderOptions = {}): Promise<string> {
  let out = '';
  for await (const chunk of streamElement(tag, guide, options)) out += chunk;
  return out;
}

/** `renderElement` as a stream of HTML text, in the order a page is written. */
export async function* streamElement(tag: ElementName, guide: unknown, options: RenderOptions = {}): AsyncGenerator<string> {
  const entry = elementEntry(tag);
  const data = readGuide(guide);
  const locale = options.locale ?? 'en-US';
  // The server renders synchronously: the language's words must be at hand first.
  await loadMessages(locale);
  const name = unsafeStatic(entry.tag);
  const template = staticHtml`<${name}
    .data=${data}
    locale=${locale}
    theme=${options.theme ?? 'light'}
    dir=${options.dir ?? nothing}
    src=${options.src ?? nothing}
    heading-level=${entry.tag === 'career-guide' ? (options.headingLevel ?? nothing) : nothing}
    sections=${entry.tag === 'career-guide' ? (options.sections ?? nothing) : nothing}
    structured-data=${entry.tag === 'career-guide' && options.structuredData === false ? 'off' : nothing}
  ></${name}>`;
  const structured = options.structuredData ?? entry.tag === 'career-guide';
  // The element's light DOM: what it shows of its guide, for the browser, and the JSON-LD. Lit
  // writes the shadow root first, then the children, so both go just before the closing tag.
  const light = inlineJson(shownPart(data, entry.sections)) + (structured ? jsonLd(statedPart(data, entry, options.sections), options.page) : '');
  yield* beforeClosingTag(render(template), `</${entry.tag}>`, light);
}

/**
 * A complete HTML document showing `tag` with `guide`: the element, the JSON-LD, and the script
 * that hydrates it when `options.script` names one. A browser opens it as it is.
 */
export async function renderPage(tag: ElementName, guide: unknown, options: PageOptions = {}): Promise<string> {
  let out = '';
  for await (const chunk of streamPage(tag, guide, options)) out += chunk;
  return out;
}

/** `renderPage` as a stream of HTML text: the head goes out before the element is rendered. */
export async function* streamPage(tag: ElementName, guide: unknown, options: PageOptions = {}): AsyncGenerator<string> {
  const data = readGuide(guide);
  const header = typeof data === 'object' && data !== null ? (data as Partial<Guide>) : {};
  const lang = options.locale ?? (typeof header.lang === 'string' ? header.lang : 'en');
  const title = options.title ?? (typeof header.title === 'string' ? header.title : 'Career guide');
  yield `<!doctype html>
<html lang="${escapeHtml(lang)}"${options.dir === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${typeof header.summary === 'string' ? `<meta name="description" content="${escapeHtml(header.summary)}">\n` : ''}<style>body{margin:0 auto;padding:1rem;max-width:60rem;font-family:system-ui,sans-serif}</style>
${scriptTag(options.script)}</head>
<body>
<main>
`;
  yield* streamElement(tag, data, { ...options, structuredData: options.structuredData ?? true });
  yield `
</main>
</body>
</html>
`;
}

/** The registry's entry for a tag or short name; anything else is refused, never written into HTML. */
function elementEntry(tag: string): (typeof ELEMENTS)[number] {
  const entry = ELEMENTS.find((element) => element.tag === tag || element.name === tag);
  if (!entry) throw new TypeError(`unknown element "${tag.slice(0, 40)}": expected one of ${ELEMENTS.map((element) => element.name).join(', ')}`);
  return entry;
}

/**
 * The guide as the element gets it: JSON text of an object or a list is parsed here, so that the
 * inline JSON is written one way. Other text (not JSON, or JSON of a string or number) goes to the
 * element as text, which reads it as the browser would and shows the same message.
 */
function readGuide(guide: unknown): unknown {
  if (typeof guide !== 'string') return guide;
  const parsed = parseJson(guide);
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : guide;
}

/**
 * The header and the sections an element shows: all it reads of the guide in the browser too,
 * so a page with one chart does not carry the whole guide twice.
 */
function shownPart(data: unknown, sections: (typeof ELEMENTS)[number]['sections']): unknown {
  if (sections === 'all' || typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const keep = new Set<string>([...Object.keys(GuideHeader), ...sections]);
  return Object.fromEntries(Object.entries(data).filter(([key]) => keep.has(key)));
}

/**
 * What the page states about the occupation: no more than it shows. The guide shows the sections
 * it was asked for (see `shownGuide`); a chart its own sections, named by the page's title.
 */
function statedPart(data: unknown, entry: (typeof ELEMENTS)[number], sections: string | undefined): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  if (entry.sections === 'all') return shownGuide(data as Guide, sections);
  const shown = shownPart(data, entry.sections) as Record<string, unknown>;
  return { ...shown, title: (data as Partial<Guide>).title };
}

/** The guide as an inline `<script type="application/json">`, safe inside HTML (no `<`, `>` or `&` left). */
function inlineJson(data: unknown): string {
  if (data === undefined) return '';
  // Text is written as it is, `<`, `>` and `&` escaped as JSON writes them in strings (where
  // alone valid JSON has them), so that the browser reads what the server read.
  const text = typeof data === 'string' ? scriptSafeJson(data) : serializeJsonLd(data as object);
  return `<script type="application/json">${text}</script>`;
}

/** The Occupation JSON-LD of a valid guide, as a script; nothing for a guide it cannot describe. */
function jsonLd(data: unknown, page: OccupationJsonLdOptions | undefined): string {
  if (typeof data !== 'object' || data === null) return '';
  let occupation;
  try {
    occupation = toOccupationJsonLd(data as Guide, page);
  } catch {
    // An invalid guide renders its error message; it states nothing about an occupation.
    return '';
  }
  return occupation ? `<script type="application/ld+json">${serializeJsonLd(occupation)}</script>` : '';
}

function scriptTag(script: PageOptions['script']): string {
  if (!script) return '';
  if ('src' in script) return `<script type="module" src="${escapeHtml(script.src)}"></script>\n`;
  // A module's text never needs "</script" in it; should it hold one, it is escaped so that
  // the HTML parser cannot end the element early ("<\/" means "</" in JavaScript strings).
  return `<script type="module">${script.inline.replace(/<\/(script)/gi, '<\\/$1')}</script>\n`;
}

/**
 * The stream `chunks` with `insert` written just before the last `closing` tag. Chunks go out as
 * they come, except a tail long enough to hold the closing tag.
 */
async function* beforeClosingTag(chunks: Iterable<unknown>, closing: string, insert: string): AsyncGenerator<string> {
  let tail = '';
  for await (const chunk of flatten(chunks)) {
    tail += chunk;
    if (tail.length > 16_384) {
      const keep = tail.length - 4096;
      yield tail.slice(0, keep);
      tail = tail.slice(keep);
    }
  }
  const at = tail.lastIndexOf(closing);
  if (at < 0) throw new Error(`the rendered HTML has no ${closing}`);
  yield tail.slice(0, at) + insert + tail.slice(at);
}

/** Lit's render result: strings, nested iterables and promises of either, in order. */
async function* flatten(chunks: Iterable<unknown>): AsyncGenerator<string> {
  for (const chunk of chunks) {
    const value: unknown = await chunk;
    if (typeof value === 'string') yield value;
    else yield* flatten(value as Iterable<unknown>);
  }
}

