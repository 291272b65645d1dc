import { LitElement, adoptStyles, html, isServer, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { shallowArrayEquals } from '@lit/task';
import type { Guide } from '../contract/schema.js';
import type { GuidePart } from '../contract/sections.js';
import { widgetDefaults } from '../data/config.js';
import { languageOf, type Words, type WordsSection } from '../i18n/messages.js';
import { SERVER_WIDTHS, chartScale, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { serverFormStyles, sharedStyles } from '../styles/shared.styles.js';
import { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent, type CareerSelectDetail } from './events.js';
import { canonicalLocale } from './locale.js';
import { PageController } from './page-controller.js';
import { SourceController, type GuideState } from './source-controller.js';
import { WidthController } from './resize-controller.js';
import type { WordsController } from './words-controller.js';
import { renderEmpty, renderError, renderPlaceholder } from './states.js';
import { cssomStyle } from './cssom-style.js';
import { writeClipboard } from './clipboard.js';
import { textWidth } from '../chart/text.js';
import type { DownloadKind, DownloadsMenu, TableToggle } from './figure.js';
import type { ExportSource } from '../export/export.js';

export type { GuideState } from './source-controller.js';

/** The color themes an element takes. */
export type Theme = 'light' | 'dark' | 'auto';

export type { LayoutOptions } from '../chart/layout.js';

/**
 * The base of every career element. It holds the public attributes and properties, and asks a
 * controller for each fact an element depends on: where the guide comes from and whether it is
 * valid (SourceController), the page's defaults, language, direction and dark mode
 * (PageController), the width (WidthController) and the words (WordsController, made by each
 * element with the sections it reads). It renders the loading, empty and error states and fires
 * `career-load` and `career-error` once per outcome.
 *
 * An element says what it shows (`shows`, `hasSection`), how to lay it out — a pure function of
 * the guide and `LayoutOptions`, memoized here and shared between elements that show the same
 * guide the same way — and how to render that layout (`renderChart`). Nothing here reads the DOM
 * in the constructor, `willUpdate()` or `render()`, so an element renders on a server too.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 */
export abstract class GuideElement<L extends Partial<BlockHeight> = object, S extends WordsSection = never> extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles, serverFormStyles];

  // Typed `unknown` on purpose: a page hands over data nobody has checked, and the element is
  // where it is checked. A narrower type would only move an unchecked `as Guide` into users'
  // code. The manifest and the JSX types say what to pass: `Guide | string`.
  /** The guide, a `Guide` object or its JSON text; anything else is reported as invalid with `career-error`. Takes precedence over `src` and inline JSON; replace it, do not mutate it. */
  @property({ attribute: false }) data: unknown;

  /** URL of a guide JSON file, relative to the page. One request per URL is shared by every element. */
  @property({ reflect: true }) src: string | undefined;

  /** A guide by id, e.g. `operations-engineer`, loaded from the page's guides base URL (see `configureWidgets`). */
  @property({ reflect: true }) career: string | undefined;

  /** Language for numbers and words (BCP 47); default: the page's default, else the closest `lang` around the element. */
  @property({ reflect: true }) locale: string | undefined;

  /** Color theme: `light`, `dark`, or `auto` to follow the reader's system setting; default: the page's default, else light. */
  @property({ reflect: true }) theme: Theme | undefined;

  /**
   * No effect: accepted so that pages which set it keep working. Every chart is drawn as soon as
   * its guide, language and width are known, wherever it stands on the page, so that all its
   * words are in the DOM for find-in-page and assistive technology; the browser skips the
   * rendering of charts off screen instead (`content-visibility: auto`).
   * @deprecated Has no effect; remove it.
   */
  @property() loading: 'lazy' | 'eager' | undefined;

  /**
   * Whether the chart offers a "Download" button (beside "Show as table" where it has one;
   * `<career-guide>` passes it to its charts): the figures as CSV or copied, the drawing as SVG
   * or PNG. `on` or `off`; default: the page's default (`downloads=off` in the
   * `career-widgets` meta element, or `configureWidgets({ downloads: 'off' })`), else on. The
   * code that makes the files loads on first use.
   */
  @property({ reflect: true }) downloads: 'on' | 'off' | undefined;

  /** Whether the reader opened the chart's table; kept across re-renders and new data. */
  @state() private tableShown = false;
  /** Whether the reader opened the download choices, and what the last one came to. */
  @state() private downloadsShown = false;
  @state() private downloadNote = '';

  /** The sections this element shows: the header and its own. All it validates. */
  protected abstract readonly shows: GuidePart;
  /** The element's words; each element makes it with the English sections it reads. */
  protected abstract readonly words: WordsController<S>;
  /** Set by charts that draw a table of exact figures: the placeholder then draws the line of its button. */
  protected readonly hasTable: boolean = false;
  /**
   * Set by charts whose figures download (CSV, copy): they draw the line of the "Download" button
   * where downloads are on, beside "Show as table" or, in a chart whose figures are all written
   * out, alone.
   */
  protected readonly hasFigures: boolean = false;
  /** Whether the layout depends on the width; false for the guide, which the browser lays out. */
  protected readonly followsWidth: boolean = true;
  /**
   * Whether the addresses of the sources of its figures print under the chart; false for the
   * guide, whose own sections print theirs as links, and whose charts print their own.
   */
  protected readonly printsSources: boolean = true;

  /** The page's defaults, language, direction and dark mode. */
  protected readonly page = new PageController(this, () => this.theme === 'auto');
  /** The guide and its state. */
  protected readonly source = new SourceController(this, () => this.shows);
  /** The container's width. */
  protected readonly size: WidthController = new WidthController(this, () => this.renderRoot.querySelector('.sizer'));

  /** The language of the element's words: its locale's, or English where it has none of them. */
  private wordsLang = 'en';
  /**
   * The `lang` for elements that hold the guide's own text (titles, descriptions), or `nothing`
   * when the guide is in the language of the element's words. Decided before each render.
   */
  protected guideLang: string | typeof nothing = nothing;
  /** The guide last shown, and what the live region says: empty until new data replaces it. */
  private shownGuide: Guide | undefined;
  private announce = false;
  /** Whether another element composes this one (the charts in <career-guide>): it announces for them. */
  private composed = false;
  private updateNote = '';
  /** How much the drawing is enlarged for the reader's text size, and the width it is laid out at (decided in willUpdate). */
  private scaled: ReturnType<typeof chartScale> = { scale: 1, layoutWidth: 0 };
  /** Whether the chart can be drawn in this update (decided in willUpdate). */
  private drawable = false;
  /** Whether this update draws the server's forms (decided in willUpdate, before `drawable`). */
  private formsDrawn = false;
  /** The layout last rendered, for the handlers of its marks. */
  protected drawnLayout: L | undefined;
  /**
   * Whether the element came with a server-rendered shadow root and still shows what the server
   * rendered; the inputs it was rendered from, once known.
   */
  private serverRendered = false;
  private serverInputs: readonly unknown[] | undefined;
  private lastReported: unknown;
  private localeInputs: readonly unknown[] = [];
  private localeTag = 'en';

  /** Whether `guide` has this element's section (else the element shows its empty state). */
  protected abstract hasSection(guide: Guide): boolean;
  /** The layout of this element's section of `guide`: a pure function, called once per change of its inputs. */
  protected abstract layout(guide: Guide, options: LayoutOptions<S>): L;
  /**
   * Renders a layout in `words`: what the element shows when it is ready. Every id it writes
   * ends with `ids` (empty, or a server form's width; see `renderForms`).
   */
  protected abstract renderChart(layout: L, words: Words<S>, ids: string): unknown;
  /** The sentence for a guide without this element's section. */
  protected abstract emptyMessage(words: Words<S>): string;

  /** What the element is showing now. */
  get state(): GuideState {
    return this.source.state;
  }

  /** The guide being shown, when there is one. */
  get guide(): Guide | undefined {
    const current = this.source.state;
    return current.status === 'ready' ? current.guide : undefined;
  }

  /** The language in use: the `locale` attribute, else the page's default, else the language around the element. */
  protected get resolvedLocale(): string {
    const inputs = [this.locale, this.page.defaults.locale, this.page.language];
    if (!shallowArrayEquals(inputs, this.localeInputs)) {
      this.localeInputs = inputs;
      this.localeTag = canonicalLocale(this.locale, this.page.defaults.locale, this.page.language);
    }
    return this.localeTag;
  }

  /** Loads the guide again, after a network error say. */
  retry(): void {
    this.source.retry();
  }

  override connectedCallback(): void {
    // A declarative shadow root from a server, there before Lit makes one: hydrate it.
    if (!isServer && !this.hasUpdated && this.shadowRoot) {
      this.serverRendered = true;
      this.source.preferInline();
      // Lit hydrates with the server's <style> elements, which a strict style-src refuses:
      // the element's sheets are adopted too (through the CSSOM, which such a page allows).
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    super.connectedCallback();
    if (!isServer) this.composed = (this.getRootNode() as Partial<ShadowRoot>).host instanceof GuideElement;
    // The page's default theme, unless the element has its own; the host attribute carries it
    // to the stylesheet.
    this.theme ??= widgetDefaults().theme ?? 'light';
  }

  /**
   * A server-rendered element hydrates its first render, which must then be what the server
   * rendered: it waits for its words (a language loads on first use) and, inside
   * <career-guide>, for the guide its parent hands it, keeping the server's HTML meanwhile.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.serverRendered && !this.hasUpdated && (!this.words.ready() || this.source.state.status === 'idle')) return false;
    return super.shouldUpdate(changed);
  }

  /**
   * A server-rendered element already shows its HTML: it hydrates in a task of its own, so that
   * a page of charts does not take them over in one long task that holds up the reader's input.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.serverRendered && !this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    await super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    if (isServer) this.page.readServerAttributes();
    // The guide is text the browser lays out, at the reader's size already: only charts scale.
    if (this.followsWidth) this.scaled = chartScale(this.size.width, this.size.fontSize);
    this.formsDrawn = this.decideForms();
    this.drawable = this.decideDrawable();
    this.decideLanguages();
    // New data after the first guide is announced; the first guide is not news.
    const guide = this.guide;
    if (guide && guide !== this.shownGuide) {
      this.announce = this.shownGuide !== undefined && !this.composed;
      this.shownGuide = guide;
    }
  }

  /** Also waits for the language's words, so that `await element.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = this.words.loaded; loading; loading = this.words.loaded) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    this.report();
  }

  /**
   * What the element shows, in `.content`, after the sizer that the width controller measures
   * (inside, so that the browser skips it along with the rest). The box's class says how it is
   * sized (see the shared styles): `is-waiting`, the placeholder, as tall as its sheet reserves
   * at this width; `is-drawn`, a chart, which the browser skips off screen at the height its
   * layout says (exact for any guide, set through the CSSOM, which a strict style-src allows);
   * `is-unmeasured`, in the browser before the width is known, which is never painted.
   */
  override render(): unknown {
    const words = this.words.current;
    const { template, drawn, waiting, forms } = this.renderState(this.source.state);
    if (this.announce && words && (drawn || forms)) {
      this.announce = false;
      this.updateNote = words.updated((drawn as { title?: string } | undefined)?.title ?? this.guide?.title ?? '');
    }
    const { scale, layoutWidth } = this.scaled;
    // Written even when 1: a chart inside <career-guide> must not inherit another element's.
    // The width it is laid out at, for print (see the shared styles).
    const sizes = {
      '--_scale': `${scale}`,
      ...(drawn?.blockHeight === undefined ? {} : { '--_drawn': `${drawn.blockHeight * scale}px`, '--_width': `${layoutWidth}px` }),
    };
    // The live region is there from the first render, empty, so that its later words are read.
    return html`<div class="content ${this.contentClass(drawn, waiting, forms)}" lang=${this.wordsLang} style=${cssomStyle(sizes)}><div class="sizer" aria-hidden="true"></div>${template}${this.renderSourceAddresses(words, drawn || forms)}<p class="visually-hidden" role="status">${this.updateNote}</p></div>`;
  }

  /**
   * The addresses of the sources of the chart's figures, for paper only (issue 19): on screen a
   * chart names its sources, and a printed page cannot be clicked. Every `source` with a `url`
   * in the sections the element reads, once each; its guide holds those sections alone.
   */
  private renderSourceAddresses(words: Words<S> | undefined, shown: unknown): unknown {
    if (!this.printsSources || !words || !shown || !this.guide) return nothing;
    const sources = new Map<string, string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) {
          const source = inner as { name?: unknown; url?: unknown };
          if (key === 'source' && typeof source.url === 'string' && typeof source.name === 'string') sources.set(source.url, source.name);
          else visit(inner);
        }
      }
    };
    visit(this.guide);
    if (sources.size === 0) return nothing;
    return html`<div class="source-addresses">${[...sources].map(([url, name]) => html`<p>${words.sourceAt(name, url)}</p>`)}</div>`;
  }

  /**
   * The languages of the two kinds of text an element holds: its own words, in its locale's
   * language or English where it has none of them; and the guide's text, whose `lang` is written
   * only where it differs. A guide without `lang` is taken to be in the language of the page
   * around the element (unknown on a server, where its text then takes the element's language).
   */
  private decideLanguages(): void {
    const words = this.words.current;
    const locale = this.resolvedLocale;
    this.wordsLang = words && (words !== this.words.english || languageOf(locale) === 'en') ? locale : 'en';
    const guideLang = this.guide?.lang ?? this.page.language;
    this.guideLang = guideLang && languageOf(guideLang) !== languageOf(this.wordsLang) ? guideLang : nothing;
  }

  /**
   * The classes of `.content`: how it is sized, and `no-button-row` for a chart whose only button
   * would be Download, with downloads off: its sheet then reserves no line for the row.
   */
  private contentClass(drawn: L | undefined, waiting: true | undefined, forms: true | undefined): string {
    return `${this.sizing(drawn, waiting, forms)}${this.hasFigures && !this.hasButtonRow() ? ' no-button-row' : ''}`;
  }

  /** Whether the chart ends with a row of buttons: "Show as table", "Download" or both. */
  private hasButtonRow(): boolean {
    return this.hasTable || this.offersDownloads();
  }

  /** How `.content` is sized: by its drawn layout, by the server's forms, by its placeholder's sheet, or not yet at all. */
  private sizing(drawn: L | undefined, waiting: true | undefined, forms: true | undefined): string {
    if (forms) return 'is-forms';
    if (drawn?.blockHeight !== undefined) return 'is-drawn';
    if (!waiting) return '';
    // A server never knows the width: its placeholder takes its height from CSS by width.
    return this.size.width === 0 && !isServer ? 'is-unmeasured' : 'is-waiting';
  }

  /** Dispatches `career-select` for a mark the reader activated. */
  protected select(detail: CareerSelectDetail): void {
    this.emit(new CareerSelectEvent(detail));
  }

  /** The "show as table" button's state and words, for `renderFigure`. */
  protected tableToggle(words: Words<S>): TableToggle {
    return { open: this.tableShown, label: words.showTable, toggle: this.toggleTable };
  }

  /**
   * The "Download" button's state and words, for `renderFigure`, in a chart laid out `width` px
   * wide (each server form its own, so that hydrating changes nothing); none when downloads are
   * off here.
   */
  protected downloadsMenu(words: Words<S>, width: number): DownloadsMenu | undefined {
    if (!this.offersDownloads()) return undefined;
    // The row's buttons at the designed text size: their words, paddings, borders, chevrons, the
    // glyph and the gap. Without room for every word, the Download button shows its glyph.
    const row = (this.hasTable ? textWidth(words.showTable, 14) : 0) + textWidth(words.downloads.menu, 14) + 100;
    return {
      open: this.downloadsShown,
      words: words.downloads,
      compact: row > width,
      note: this.downloadNote,
      toggle: this.toggleDownloads,
      choose: this.chooseDownload,
    };
  }

  /** Whether the chart offers its downloads: it has figures, and neither the element nor the page turned them off. */
  private offersDownloads(): boolean {
    return this.hasFigures && (this.downloads ?? this.page.defaults.downloads) !== 'off';
  }

  /** What the export code reads to make a download: the guide, the layout drawn and its words. */
  private exportSource(event: Event): ExportSource | undefined {
    const { guide, drawnLayout } = this;
    const words = this.words.current;
    if (!guide || !drawnLayout || !words) return undefined;
    // The figure of the button pressed: a server-rendered element holds one per width.
    const figure = (event.currentTarget as Element).closest('figure') ?? undefined;
    return { element: this.localName.slice('career-'.length), host: this, figure, guide, layout: drawnLayout, words, locale: this.resolvedLocale };
  }

  /** What the element shows in `current`: the placeholder while it waits, else the chart with its layout, or a message. */
  private renderState(current: GuideState): { template: unknown; drawn?: L; waiting?: true; forms?: true } {
    const words = this.words.current;
    if (!words) return this.placeholder(this.words.english, true);
    switch (current.status) {
      case 'idle':
      case 'loading':
        return this.placeholder(words, current.status === 'loading');
      case 'error':
        return { template: renderError(current.error, words, this.retryLoad) };
      case 'ready':
        if (!this.hasSection(current.guide)) return { template: renderEmpty(this.emptyMessage(words)) };
        if (this.formsDrawn) return { template: this.renderForms(current.guide, words), forms: true };
        if (!this.drawable) return this.placeholder(words, false);
        this.drawnLayout = this.currentLayout(current.guide, words, this.scaled.layoutWidth);
        return { template: this.renderChart(this.drawnLayout, words, ''), drawn: this.drawnLayout };
    }
  }

  /**
   * Whether to draw the server's forms rather than one drawing at the measured width: on a
   * server, which never knows the width, and in the browser while a server-rendered element
   * shows what the server rendered (the same guide, language and direction), so that hydrating
   * re-creates nothing and moves nothing.
   */
  private decideForms(): boolean {
    if (!this.followsWidth) return false;
    if (isServer) return true;
    if (!this.serverRendered) return false;
    // Larger text than the server drew for: the chart is drawn again, at the reader's size.
    const inputs = [...this.source.input, this.resolvedLocale, this.page.rightToLeft, this.scaled.scale];
    this.serverInputs ??= inputs;
    if (!shallowArrayEquals(inputs, this.serverInputs)) this.serverRendered = false;
    return this.serverRendered;
  }

  /**
   * The chart drawn at each of `SERVER_WIDTHS`, each in a box that the shared styles show only
   * where the container is at least that wide and narrower than the next: the HTML reads well at
   * any width with no script. Ids end with the form's width, so that each form's references
   * stay inside it.
   */
  private renderForms(guide: Guide, words: Words<S>): TemplateResult {
    const layouts = SERVER_WIDTHS.map((width) => this.currentLayout(guide, words, width));
    // The marks' handlers read the marks, which every form has alike.
    this.drawnLayout = layouts[0];
    return html`${layouts.map((layout, index) => html`<div class="form form-${SERVER_WIDTHS[index]}">${this.renderChart(layout, words, `-${SERVER_WIDTHS[index]}`)}</div>`)}`;
  }

  /**
   * The layout for `guide` at the current width, language and direction: computed once per change
   * of those, and shared by every element of the same kind showing the same guide the same way
   * (a page that repeats a chart, or <career-guide> beside the same charts).
   */
  private currentLayout(guide: Guide, words: Words<S>, width: number): L {
    const options: LayoutOptions<S> = { width, locale: this.resolvedLocale, messages: words, rtl: this.page.rightToLeft };
    return sharedLayout(guide, [this.localName, options.width, options.locale, options.messages, options.rtl], () => this.layout(guide, options));
  }

  /**
   * Whether the chart can be drawn now: its words are at hand and its width is known (measured
   * before the first frame). Nothing waits for the reader to scroll: a chart off screen is drawn
   * too, with all its words, and the browser skips its rendering. Decided once per update.
   */
  private decideDrawable(): boolean {
    // A server draws at once, and a server-rendered element draws what the server drew.
    if (isServer || this.serverRendered) return true;
    return !(this.followsWidth && this.size.width === 0) && this.words.current !== undefined;
  }

  // One call site for dispatchEvent: the manifest analyzer would list each `new X(...)` dispatched
  // here as an event of its own, beside the ones documented with @fires.
  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /** The placeholder: its height comes from the element's generated sheet, by its width, with no script. */
  private placeholder(words: Words<S>, busy: boolean): { template: TemplateResult; waiting: true } {
    return { template: renderPlaceholder(words, { busy, buttonRow: this.hasButtonRow() }), waiting: true };
  }

  private readonly retryLoad = (): void => this.retry();

  private readonly toggleTable = (): void => {
    this.tableShown = !this.tableShown;
  };

  private readonly toggleDownloads = (): void => {
    this.downloadsShown = !this.downloadsShown;
    this.downloadNote = '';
  };

  /**
   * Makes the download the reader chose. The code that makes files is a module of its own,
   * loaded here on first use, so that no chart pays for it up front (the one-file drop-in
   * carries it inline).
   */
  private readonly chooseDownload = (event: Event): void => {
    const kind = (event.currentTarget as HTMLElement).dataset.download as DownloadKind;
    const source = this.exportSource(event);
    if (!source) return;
    this.downloadNote = '';
    const exporting = import('../export/export.js');
    // Copying starts in the click itself, with the promise of the text (see writeClipboard).
    const copying = kind === 'copy' ? writeClipboard(exporting.then(({ copiedText }) => copiedText(source))) : undefined;
    // A refusal can come before the export code that reports it: handled there, not unhandled here.
    copying?.catch(() => undefined);
    void exporting
      .then(({ exportChart }) => exportChart(kind, source, copying))
      .then(
        (note) => (this.downloadNote = note),
        () => (this.downloadNote = source.words.downloads.failed),
      );
  };

  /** Fires career-load or career-error once per outcome. */
  private report(): void {
    const current = this.source.state;
    if (current.status === 'ready') {
      if (this.lastReported === current.guide) return;
      this.lastReported = current.guide;
      this.emit(new CareerLoadEvent({ guide: current.guide, source: current.source, url: current.url, empty: !this.hasSection(current.guide) }));
    } else if (current.status === 'error') {
      const { error } = current;
      if (this.lastReported === error) return;
      this.lastReported = error;
      this.emit(
        new CareerErrorEvent({
          kind: error.kind,
          message: error.message,
          issues: error.issues,
          status: error.status,
          url: error.url,
          retryable: error.retryable,
        }),
      );
    }
  }
}

/**
 * Layouts by guide object. Layouts are pure functions of their inputs and never changed once
 * made, so elements showing the same guide the same way keep one copy. A few per guide are kept
 * (widths change as a page is resized); the guide's going frees them.
 */
const layouts = new WeakMap<object, { readonly inputs: readonly unknown[]; readonly layout: unknown }[]>();
const LAYOUTS_PER_GUIDE = 16;

function sharedLayout<L>(guide: object, inputs: readonly unknown[], compute: () => L): L {
  let entries = layouts.get(guide);
  if (!entries) layouts.set(guide, (entries = []));
  const known = entries.find((entry) => shallowArrayEquals(entry.inputs, inputs));
  if (known) return known.layout as L;
  const layout = compute();
  entries.push({ inputs, layout });
  if (entries.length > LAYOUTS_PER_GUIDE) entries.shift();
  return layout;
}
