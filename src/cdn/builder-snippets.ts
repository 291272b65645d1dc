/**
 * The snippets that load a guide, pure: the choices an editor makes, the attributes of the
 * element they describe, the script and iframe snippets and the iframe's fixed height. Named
 * after the embed builder they were written for; the studio (src/studio/studio.ts), which
 * replaced it, draws them. No DOM here.
 */
import { GUIDE_SECTIONS, type GuideSectionId } from '../guide/guide.sections.js';
import { ELEMENTS, type ChartName, type ElementName } from '../registry.js';
import { RENDERED_EMBED, renderedEmbedPath } from './embed-pages.js';
import { escapeHtml } from '../data/html.js';

/** An element an editor can embed, by its short name: every element. */
export type BuilderElement = ElementName;

/** The elements an editor can embed, with the names and one-line descriptions the form shows. */
export const BUILDER_ELEMENTS: readonly { readonly id: BuilderElement; readonly name: string; readonly description: string }[] = ELEMENTS.map((element) => ({
  id: element.name,
  name: element.title,
  description: element.description,
}));

/** The guides that ship beside the scripts, named by id (`career="…"`). */
export const BUNDLED_GUIDES = [{ id: 'operations-engineer', title: 'Operations Engineer' }] as const;

export const THEMES = [
  { id: 'light', name: 'Light' },
  { id: 'dark', name: 'Dark' },
  { id: 'auto', name: 'Automatic' },
] as const;

export type BuilderTheme = (typeof THEMES)[number]['id'];

/** The languages offered; the empty value leaves the language to the page the code lands in. */
export const LANGUAGES = [
  { id: '', name: 'Page default', lang: undefined },
  { id: 'en-US', name: 'English (en-US)', lang: 'en' },
  { id: 'de-DE', name: 'Deutsch (de-DE)', lang: 'de' },
  { id: 'fr-FR', name: 'Français (fr-FR)', lang: 'fr' },
  { id: 'es-ES', name: 'Español (es-ES)', lang: 'es' },
] as const;

export type GuideChoice = { readonly kind: 'bundled'; readonly id: string } | { readonly kind: 'url'; readonly url: string };

/** Everything an embed code says. */
export interface EmbedOptions {
  readonly element: BuilderElement;
  readonly guide: GuideChoice;
  readonly theme: BuilderTheme;
  /** A BCP 47 tag, or '' for the page's language. */
  readonly locale: string;
  /** Whole guide only: the sections to show, in any order; all of them (or none) means every section. */
  readonly sections: readonly GuideSectionId[];
  /** Whole guide only: the level of the guide's title heading, 1–6. */
  readonly headingLevel: number;
}

const MAX_URL_LENGTH = 2000;

/**
 * The guide URL an editor typed, when it is a full http(s) address; else a sentence saying what
 * is wrong. The URL comes back normalized (`new URL().href`), so what the codes carry is what a
 * browser would fetch.
 */
export function parseGuideUrl(input: string): { readonly url: string } | { readonly problem: string } {
  const text = input.trim();
  if (text === '') return { problem: 'Enter the web address of your guide’s JSON file.' };
  if (text.length > MAX_URL_LENGTH) return { problem: `This address is too long (at most ${MAX_URL_LENGTH} characters).` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'This is not a full web address. Enter one that starts with https://, for example https://example.org/guides/nurse.json.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `Only web addresses that start with https:// or http:// work here, not ${url.protocol}.` };
  }
  if (url.username !== '' || url.password !== '') return { problem: 'Remove the user name and password from the address: the code is public.' };
  return { url: url.href };
}

/** The human name of an element. */
export function elementName(element: BuilderElement): string {
  return BUILDER_ELEMENTS.find((entry) => entry.id === element)?.name ?? element;
}

/** The sections attribute: the chosen ones in page order, or undefined when every section is chosen. */
function sectionsValue(options: Omit<EmbedOptions, 'guide'>): string | undefined {
  const chosen = new Set(options.sections);
  const ordered = GUIDE_SECTIONS.filter((id) => chosen.has(id));
  return ordered.length === 0 || ordered.length === GUIDE_SECTIONS.length ? undefined : ordered.join(' ');
}

function headingLevel(options: Omit<EmbedOptions, 'guide'>): string {
  return String(Math.min(6, Math.max(1, Math.round(options.headingLevel) || 2)));
}

/**
 * The element's attributes, in the order the codes write them: the guide (`career` or `src`),
 * `theme`, `locale`, then for the whole guide `sections` and `heading-level`. The preview sets
 * exactly these, so it shows what the code will.
 */
export function elementAttributes(options: EmbedOptions): [name: string, value: string][] {
  return [options.guide.kind === 'bundled' ? ['career', options.guide.id] : ['src', options.guide.url], ...lookAttributes(options)];
}

/**
 * The attributes after the guide's: `theme`, `locale`, then for the whole guide `sections` and
 * `heading-level`. The studio's preview and its snippet with the guide inside carry these alone.
 */
export function lookAttributes(options: Omit<EmbedOptions, 'guide'>): [name: string, value: string][] {
  const attributes: [string, string][] = [];
  attributes.push(['theme', options.theme]);
  if (options.locale) attributes.push(['locale', options.locale]);
  if (options.element === 'guide') {
    const sections = sectionsValue(options);
    if (sections !== undefined) attributes.push(['sections', sections]);
    attributes.push(['heading-level', headingLevel(options)]);
  }
  return attributes;
}


/** The code for pages that run scripts: the autoloader, then the element with its attributes. */
export function scriptSnippet(options: EmbedOptions, base: string): string {
  const tag = `career-${options.element}`;
  const attributes = elementAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<script type="module" src="${escapeHtml(new URL('autoload.js', base).href)}"></script>\n<${tag}${attributes}></${tag}>`;
}

/**
 * Whether these options are those a rendered embed page shows (src/cdn/embed-pages.js): a
 * bundled guide, in the rendered theme and language, and for the whole guide every section at
 * the rendered heading level.
 */
export function isRenderedEmbed(options: EmbedOptions): boolean {
  if (options.guide.kind !== 'bundled' || options.theme !== RENDERED_EMBED.theme) return false;
  if (!(RENDERED_EMBED.locales as readonly string[]).includes(options.locale)) return false;
  return options.element !== 'guide' || (sectionsValue(options) === undefined && headingLevel(options) === String(RENDERED_EMBED.headingLevel));
}

/**
 * The embed's URL for these options: the rendered page when there is one, which shows with no
 * script, else the embed page that renders from URL parameters (see src/cdn/embed.ts). Both
 * take `id` for the height messages.
 */
export function embedUrl(options: EmbedOptions, base: string): string {
  if (options.guide.kind === 'bundled' && isRenderedEmbed(options)) {
    return `${new URL(renderedEmbedPath(options.guide.id, options.element), base).href}?${new URLSearchParams({ id: options.element })}`;
  }
  const params = new URLSearchParams();
  params.set('element', options.element);
  if (options.guide.kind === 'bundled') params.set('guide', options.guide.id);
  else params.set('src', options.guide.url);
  params.set('theme', options.theme);
  if (options.locale) params.set('locale', options.locale);
  if (options.element === 'guide') {
    const sections = sectionsValue(options);
    if (sections !== undefined) params.set('sections', sections);
    params.set('heading-level', headingLevel(options));
  }
  params.set('id', options.element);
  return `${new URL('embed.html', base).href}?${params}`;
}

const MAX_TITLE_LENGTH = 100;

/** The iframe's accessible name: "Salary — Operations Engineer". */
export function iframeTitle(options: EmbedOptions, guideTitle: string | undefined): string {
  const title = guideTitle?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH) || 'Career guide';
  return `${elementName(options.element)} — ${title}`;
}

/** What the studio knows about the guide, from the document it holds. */
export interface GuideFacts {
  /** The guide's title. */
  readonly title?: string | undefined;
  /** Which sections it has. */
  readonly has?: ((id: GuideSectionId) => boolean) | undefined;
}

/**
 * The code for pages that strip scripts: an iframe of the embed at a fixed height that reads
 * well alone, and the optional host script that sizes it to its content.
 */
export function iframeSnippet(options: EmbedOptions, base: string, guide: GuideFacts = {}): string {
  const src = escapeHtml(embedUrl(options, base));
  const title = escapeHtml(iframeTitle(options, guide.title));
  const frame = `<iframe data-career-embed src="${src}" title="${title}" loading="lazy" style="width:100%;height:${fixedHeight(options, guide.has)}px;border:0"></iframe>`;
  return `${frame}\n<script type="module" src="${escapeHtml(new URL('embed-host.js', base).href)}"></script>`;
}

/*
 * Fixed heights for the iframe code, in CSS pixels, measured, not guessed: each element rendered
 * by dist/cdn/embed.html?element=…&guide=operations-engineer (the bundled guide, light theme,
 * en-US) in headless Chromium through puppeteer-core, viewport 700px wide; the figure is the embed
 * document's height (`documentElement.getBoundingClientRect().height`, which is what the embed
 * reports to the host script) once the element's state was `ready` and layout had settled.
 * The whole guide was measured one section at a time (`sections=<id>`): its title and summary
 * alone are 271px, and each section adds the figure below; the table of contents, shown from two
 * sections on, was fitted from runs with 2, 3, 5, 10 and all 23 sections of the sample
 * (129, 153, 183, 248, 450px) as 104 + 15px per entry. `fixedHeight` adds 5% and rounds up to
 * 10px, so a slightly longer guide or language still fits; narrower columns grow taller, which
 * the host script absorbs (without it, the iframe scrolls).
 * Salary, tiers and day (alone and in the guide) then grew by the line of their "show as table"
 * button: 2.75em at the charts' 14px, 38.5px, added to what was measured. Salary (alone and in
 * the guide) was measured again when it gained its notes and its title the occupation (issue 17).
 * The charts alone, and the rendered pages below, were measured again by
 * scripts/measure-embeds.mjs after issue 17's cues, reflow and font scaling; every section of
 * the guide by `scripts/measure-embeds.mjs --sections` after issue 19's download row.
 */
export const MEASURED_HEIGHTS: Readonly<Record<ChartName, number>> = {
  salary: 358,
  tiers: 567,
  skills: 1178,
  demand: 266,
  facts: 224,
  day: 472,
  balance: 393,
};

/*
 * The rendered embed pages (isRenderedEmbed) measured the same way, with JavaScript off: each
 * dist/cdn/embed/operations-engineer/<element>.html in a viewport 700px wide, the document's
 * height. A rendered chart shows the server form that fits its box (SERVER_WIDTHS in
 * src/chart/layout.ts), not a layout at the box's own width as the dynamic embed draws, so these
 * heights are their own. Hydrated, the page keeps its forms and so its height.
 */
export const RENDERED_HEIGHTS: Readonly<Record<ElementName, number>> = {
  salary: 358,
  tiers: 631,
  skills: 1271,
  demand: 344,
  facts: 362,
  day: 768,
  balance: 435,
  guide: 14652,
};

/** The whole guide's title and summary, without sections. */
export const GUIDE_HEADER_HEIGHT = 271;

/** What each section adds to the whole guide. `related-roles` and `sources` are estimates: the sample has neither. */
export const GUIDE_SECTION_HEIGHTS: Readonly<Record<GuideSectionId, number>> = {
  facts: 294,
  demand: 336,
  salary: 494,
  'core-functions': 603,
  responsibilities: 628,
  'work-setting': 440,
  'tech-stack': 223,
  qualifications: 1221,
  path: 657,
  'required-education': 543,
  tiers: 637,
  'global-outlook': 568,
  'job-market': 885,
  day: 542,
  'work-life': 463,
  skills: 1248,
  'pros-cons': 544,
  mistakes: 390,
  advice: 316,
  'case-studies': 1028,
  portfolio: 479,
  outlook: 161,
  'related-roles': 200,
  faq: 513,
  sources: 200,
};

/** The table of contents for `count` sections (none for one). */
function tocHeight(count: number): number {
  return count > 1 ? 104 + 15 * count : 0;
}

/**
 * The expected height of the embed for these options, before headroom. `has` says which sections
 * the guide has, once it is known (the studio has the document); a section the guide lacks is
 * not shown, so it takes no room.
 */
export function measuredHeight(options: EmbedOptions, has: (id: GuideSectionId) => boolean = () => true): number {
  if (isRenderedEmbed(options)) return RENDERED_HEIGHTS[options.element];
  if (options.element !== 'guide') return MEASURED_HEIGHTS[options.element];
  const chosen = new Set(options.sections);
  const ids = (chosen.size === 0 ? [...GUIDE_SECTIONS] : GUIDE_SECTIONS.filter((id) => chosen.has(id))).filter(has);
  return GUIDE_HEADER_HEIGHT + tocHeight(ids.length) + ids.reduce((sum, id) => sum + GUIDE_SECTION_HEIGHTS[id], 0);
}

/** The iframe's fixed height: the measured height plus 5%, rounded up to 10px. */
export function fixedHeight(options: EmbedOptions, has?: (id: GuideSectionId) => boolean): number {
  return Math.ceil((measuredHeight(options, has) * 1.05) / 10) * 10;
}
