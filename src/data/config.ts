/**
 * Page-wide defaults, settable without code: a base URL so that `career="operations-engineer"`
 * names a guide, a default language, a default theme and whether charts offer downloads. From
 * markup,
 *
 *   <meta name="career-widgets" content="guides=/guides/; locale=de-DE; theme=auto; downloads=off">
 *
 * or `data-career-guides`, `data-career-locale`, `data-career-theme`, `data-career-downloads` on
 * the script tag that loads the widgets; from JavaScript,
 * `configureWidgets({ guides, locale, theme, downloads })`, which wins.
 * An element's own attributes win over all of these.
 */

/** What a page can set for every element on it. */
export interface WidgetDefaults {
  /** Base URL of guide files: `career="x"` loads `<guides>x.json`. */
  readonly guides?: string | undefined;
  /** Language for numbers and words when an element has no `locale`. */
  readonly locale?: string | undefined;
  /** Theme when an element has no `theme`: `light`, `dark` or `auto`. */
  readonly theme?: 'light' | 'dark' | 'auto' | undefined;
  /** Whether charts without a `downloads` attribute offer their figures and image for download: `on` (the default) or `off`. */
  readonly downloads?: 'on' | 'off' | undefined;
}

let fromScript: WidgetDefaults = {};
let bundled: string | undefined;
const THEMES = new Set(['light', 'dark', 'auto']);
const SWITCHES = new Set(['on', 'off']);

/** Sets page-wide defaults from JavaScript; they win over the page's markup. */
export function configureWidgets(defaults: WidgetDefaults): void {
  fromScript = { ...fromScript, ...defaults };
}

/** Where the drop-in build's own guides are; set by the CDN entry points, not by pages. */
export function setBundledGuides(url: string): void {
  bundled = url;
}

/** The defaults in force: JavaScript, then the meta element, then script attributes, then the bundle's. */
export function widgetDefaults(): WidgetDefaults {
  const fromMarkup = readMarkup();
  const pick = <K extends keyof WidgetDefaults>(key: K) => fromScript[key] ?? fromMarkup[key];
  const theme = pick('theme');
  const downloads = pick('downloads');
  return {
    guides: pick('guides') ?? bundled,
    locale: pick('locale'),
    theme: theme && THEMES.has(theme) ? theme : undefined,
    downloads: downloads && SWITCHES.has(downloads) ? downloads : undefined,
  };
}

/** The URL of the guide named `career`, or why there is none. */
export function careerGuideUrl(career: string): { url: string } | { problem: string } {
  // An id, not a path: nothing the attribute says can leave the guides folder.
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(career)) {
    return { problem: 'the career attribute must be a guide id of lower-case letters, digits and hyphens' };
  }
  const base = widgetDefaults().guides;
  if (!base) {
    return { problem: `career="${career}" needs a base URL for guides: add <meta name="career-widgets" content="guides=/your/guides/">` };
  }
  try {
    const folder = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
    return { url: new URL(`${career}.json`, folder).href };
  } catch {
    return { problem: 'the guides base URL is not a valid URL' };
  }
}

function readMarkup(): WidgetDefaults {
  const found: Record<string, string> = {};
  const meta = document.querySelector<HTMLMetaElement>('meta[name="career-widgets"]');
  for (const pair of (meta?.content ?? '').split(';')) {
    const [key, ...rest] = pair.split('=');
    const name = key?.trim();
    const value = rest.join('=').trim();
    if (name && value) found[name] = value;
  }
  const script = document.querySelector<HTMLScriptElement>('script[data-career-guides], script[data-career-locale], script[data-career-theme], script[data-career-downloads]');
  return {
    guides: found.guides ?? script?.dataset.careerGuides,
    locale: found.locale ?? script?.dataset.careerLocale,
    theme: (found.theme ?? script?.dataset.careerTheme) as WidgetDefaults['theme'],
    downloads: (found.downloads ?? script?.dataset.careerDownloads) as WidgetDefaults['downloads'],
  };
}
