import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import type { Guide } from '../contract/schema.js';
import { parseJson, type GuideResult } from '../contract/validate.js';
import { validatePart, type GuidePart } from '../contract/sections.js';
import { GuideError } from '../data/errors.js';
import { loadGuidePart, resolveGuideUrl } from '../data/load.js';
import { careerGuideUrl, widgetDefaults } from '../data/config.js';
import { loadedMessages, loadMessages, type Messages } from '../i18n/messages.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { CareerErrorEvent, CareerLoadEvent, CareerSelectEvent, type CareerSelectDetail, type GuideSource } from './events.js';
import { canonicalLocale, inheritedLanguage, isRightToLeft } from './locale.js';
import { onPageThemeChange, pageIsDark } from './host-theme.js';
import { WidthController } from './resize-controller.js';
import { cssomStyle } from './cssom-style.js';
import { takeTurn } from './draw-queue.js';
import type { TableToggle } from './figure.js';

/** What an element is showing. */
export type GuideState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly guide: Guide; readonly source: GuideSource }
  | { readonly status: 'error'; readonly error: GuideError; readonly source: GuideSource };

/** The color themes an element takes. */
export type Theme = 'light' | 'dark' | 'auto';

const MAX_SHOWN_ISSUES = 5;

/**
 * The base of every career element: where the guide comes from (the `data` property, the `src`
 * attribute, an inline JSON script, in that order of precedence), the loading, empty, error
 * and ready states, the `career-load` and `career-error` events, language and width.
 * A subclass says which section it shows and how to draw it.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 */
export abstract class GuideElement extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles];

  /** The guide as an object (or JSON text). Takes precedence over `src` and inline JSON; replace it, do not mutate it. */
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
   * When to draw: `lazy` waits until the element comes within about a screen's height of the
   * viewport (the guide still loads, and the placeholder keeps the chart's size, so nothing jumps)
   * and takes its turn with the other charts drawn at the same time, a few per task; `eager` draws
   * at once. Printing draws every chart.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** The text of an inline `<script type="application/json">` child. */
  @state() private inlineText: string | undefined;

  /** Whether the reader opened the chart's table; kept across re-renders and new data. */
  @state() private tableShown = false;

  /** Set by charts that draw a table of exact figures: the placeholder then reserves the line of its button. */
  protected readonly hasTable: boolean = false;

  /** The resolved language in use, set before every render. */
  protected resolvedLocale = 'en';
  /** The words for `resolvedLocale`. */
  protected messages: Messages = loadedMessages('en')!;
  /** The language being fetched, while the element waits for its words (see `loadMessages`). */
  private wordsLoading: Promise<unknown> | undefined;
  /** Whether the element reads right to left (its computed `direction`), set before every render. */
  protected rightToLeft = false;
  /** The container's width, measured by a ResizeObserver. */
  protected readonly size = new WidthController(this, () => this.renderRoot.querySelector('.sizer'));
  /** The "show as table" button's state and words, for `renderTable`. */
  protected get tableToggle(): TableToggle {
    return { open: this.tableShown, label: this.messages.showTable, toggle: this.toggleTable };
  }

  private layoutInputs: readonly unknown[] = [];
  /** Whether the chart can be drawn in this update (decideDrawable). */
  private drawable = false;
  /** Whether the chart has been drawn once: later drawings do not wait for a turn. */
  private drawn = false;
  // Kept between renders so each outcome is one object: events fire once per outcome.
  private dataState: GuideState = { status: 'idle' };
  private inlineState: GuideState = { status: 'idle' };
  private lastReported: unknown;
  private connection = new AbortController();
  private childObserver: MutationObserver | undefined;
  private stopFollowingPage: (() => void) | undefined;

  // Arguments are strings so the task reruns only when they change: the URL to load, and why
  // there is none when `career` names nothing loadable.
  private readonly loadTask = new Task(this, {
    task: ([url, problem], { signal }) => {
      if (problem !== undefined) return Promise.reject(new GuideError('no-source', problem));
      return url === undefined ? Promise.resolve(undefined) : loadGuidePart(url, this.shows, AbortSignal.any([signal, this.connection.signal]));
    },
    args: () => (this.data === undefined ? this.guideTarget : [undefined, undefined]),
  });

  /** The URL to load (`src`, else the one `career` names), or the reason `career` names none. */
  private get guideTarget(): [url: string | undefined, problem: string | undefined] {
    if (this.src != null) return [this.src, undefined];
    if (!this.career) return [undefined, undefined];
    const named = careerGuideUrl(this.career);
    return 'url' in named ? [named.url, undefined] : [undefined, named.problem];
  }

  /** The URL of the guide being loaded or shown, when it comes from the network. */
  private get guideUrl(): string | undefined {
    return this.guideTarget[0];
  }

  /**
   * The header and the sections this element shows: all it validates, and all its guide holds.
   * Other sections may be malformed without turning the element into an error.
   */
  protected abstract readonly shows: GuidePart;
  /** Whether the guide has this element's section (else the element shows its empty state). */
  protected abstract hasSection(guide: Guide): boolean;
  /** Draws the section. Called only when `hasSection` holds and the width is known. */
  protected abstract renderSection(guide: Guide): unknown;
  /** The sentence for a guide without this element's section. */
  protected abstract emptyMessage(messages: Messages): string;
  /** The height the ready chart will most likely have at `width`, reserved while loading: a pure function of the width and the element's words (kept per width). */
  protected abstract placeholderHeight(width: number): number;

  /** What the element is showing now. */
  get state(): GuideState {
    if (this.data !== undefined) return this.dataState;
    // A URL to load, or the reason there is none: the load tells (pending and initial: loading).
    if (this.guideTarget.some((part) => part !== undefined)) {
      return (
        this.loadTask.render({
          complete: (guide): GuideState => (guide ? { status: 'ready', guide, source: 'src' } : { status: 'loading' }),
          // An abort is ours (the element left the page); it reloads when it comes back.
          error: (error): GuideState => (isAbort(error) ? { status: 'loading' } : { status: 'error', error: unexpected(error), source: 'src' }),
        }) ?? { status: 'loading' }
      );
    }
    if (this.inlineText !== undefined) return this.inlineState;
    return { status: 'idle' };
  }

  /** The guide being shown, when there is one. */
  get guide(): Guide | undefined {
    const current = this.state;
    return current.status === 'ready' ? current.guide : undefined;
  }

  /** Loads the guide again, after a network error say. */
  retry(): void {
    void this.loadTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's default theme, unless the element has its own; the host attribute carries it
    // to the stylesheet.
    this.theme ??= widgetDefaults().theme ?? 'light';
    this.stopFollowingPage = onPageThemeChange(() => this.requestUpdate());
    if (this.connection.signal.aborted) {
      this.connection = new AbortController();
      // A load cut short by leaving the page starts again.
      if (this.loadTask.status === TaskStatus.PENDING || (this.loadTask.status === TaskStatus.ERROR && isAbort(this.loadTask.error))) void this.loadTask.run();
    }
    this.readInlineJson();
    this.childObserver = new MutationObserver(() => this.readInlineJson());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingPage?.();
    this.stopFollowingPage = undefined;
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    // Moving an element (remove then insert in one task) must not cancel its request.
    queueMicrotask(() => {
      if (!this.isConnected) this.connection.abort();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.dataState = toState(this.data, this.shows, 'data');
    if ((changed as Map<PropertyKey, unknown>).has('inlineText')) this.inlineState = toState(this.inlineText, this.shows, 'inline');
    this.resolvedLocale = canonicalLocale(this.locale, widgetDefaults().locale, inheritedLanguage(this));
    // With theme="auto", a dark host page turns the dark palette on (data-page-dark on the host).
    this.toggleAttribute('data-page-dark', this.theme === 'auto' && pageIsDark(this));
    // Read on every update, so a re-render after the page's direction changed mirrors the chart;
    // a change of an ancestor's `dir` alone does not cause one (nothing observes ancestors).
    this.rightToLeft = isRightToLeft(this);
    const words = loadedMessages(this.resolvedLocale);
    if (words) {
      this.messages = words;
      this.wordsLoading = undefined;
    } else {
      const locale = this.resolvedLocale;
      // Until its words arrive the element keeps its placeholder, rather than flashing English.
      this.wordsLoading = loadMessages(locale).then(() => {
        if (this.resolvedLocale === locale) this.requestUpdate();
      });
    }
    this.drawable = this.decideDrawable();
  }

  /** Also waits for the language's words, so that `await element.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.wordsLoading) {
      await this.wordsLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    if (this.drawable && this.state.status === 'ready') this.drawn = true;
    this.report();
  }

  override render(): unknown {
    return html`<div class="sizer" aria-hidden="true"></div>${this.renderState()}`;
  }

  private renderState(): unknown {
    const current = this.state;
    switch (current.status) {
      case 'idle':
      case 'loading':
        return this.renderPlaceholder(current.status === 'loading');
      case 'error':
        return this.renderError(current.error);
      case 'ready':
        if (this.wordsLoading) return this.renderPlaceholder(true);
        if (!this.hasSection(current.guide)) return this.renderEmpty();
        if (!this.drawable) return this.renderPlaceholder(false);
        return this.renderSection(current.guide);
    }
  }

  /**
   * Whether the chart can be drawn now: its width is known, it is near the viewport or eager, and
   * its first drawing has had its turn (see draw-queue.ts). Decided once per update, in willUpdate.
   */
  private decideDrawable(): boolean {
    if (this.size.width === 0 || !(this.size.near || this.loading === 'eager') || this.wordsLoading) return false;
    const current = this.state;
    // Only a lazy chart's first drawing queues: states, empty sections and redraws cost little,
    // and an eager chart was asked for at once.
    if (this.drawn || this.loading === 'eager' || current.status !== 'ready' || !this.hasSection(current.guide)) return true;
    return takeTurn(this);
  }

  /** What every layout function takes besides its section: the width, the language, the words, the direction. */
  protected get layoutOptions(): { width: number; locale: string; messages: Messages; rtl: boolean } {
    return { width: this.size.width, locale: this.resolvedLocale, messages: this.messages, rtl: this.rightToLeft };
  }

  /**
   * Lays the chart out again, only when the width, the language, the direction or one of the
   * given data `inputs` changed since last time, and only once the chart can be drawn (its width
   * known, near the viewport): layout is computed once per change, never per render, and not at
   * all for a chart nobody scrolled to. `compute` makes the layout, `use` keeps it. Elements of the
   * same kind drawing the same guide the same way share one layout (see `sharedLayout`). Call it
   * from willUpdate.
   */
  protected relayout<L>(inputs: readonly unknown[], compute: () => L, use: (layout: L) => void): void {
    if (!this.drawable) return;
    const all = [this.localName, ...inputs, this.size.width, this.resolvedLocale, this.rightToLeft];
    if (sameInputs(all, this.layoutInputs)) return;
    this.layoutInputs = all;
    use(sharedLayout(this.guide, all, compute));
  }

  /** Dispatches `career-select` for a mark the reader activated. */
  protected select(detail: CareerSelectDetail): void {
    this.emit(new CareerSelectEvent(detail));
  }

  // One call site for dispatchEvent: the manifest analyzer would list each `new X(...)` dispatched
  // here as an event of its own, beside the ones documented with @fires.
  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  /**
   * The ready layout's outline: a caption line, the chart's height, a readout line and, for a
   * chart with a table, the line of its "show as table" button. Same
   * structure and sizes as the chart, so the page does not move when the guide arrives. The
   * height goes through the CSSOM (cssomStyle), which a strict style-src allows; a style
   * attribute, which styleMap writes on first render, would not be.
   */
  private renderPlaceholder(busy: boolean): TemplateResult {
    const height = reservedHeight(this.localName, this.messages, this.size.width || 600, (width) => this.placeholderHeight(width));
    return html`<div class="placeholder" part="placeholder" aria-busy=${String(busy)}>
      <div class="caption"><span class="skeleton-text"></span></div>
      <div class="skeleton-chart" ${cssomStyle({ height: `${height}px` })}></div>
      <p class="readout"></p>
      ${this.hasTable ? html`<div class="table-toggle"></div>` : nothing}
      ${busy ? html`<span class="visually-hidden" role="status">${this.messages.loading}</span>` : nothing}
    </div>`;
  }

  private readonly toggleTable = (): void => {
    this.tableShown = !this.tableShown;
  };

  private renderEmpty(): TemplateResult {
    return html`<div class="state empty" part="empty"><p>${this.emptyMessage(this.messages)}</p></div>`;
  }

  private renderError(error: GuideError): TemplateResult {
    const issues = error.issues.filter((issue) => issue.code !== 'too_many_issues');
    const shown = issues.slice(0, MAX_SHOWN_ISSUES);
    const hidden = error.issues.length - shown.length;
    const where = error.url ? html` <span class="where">(${error.url})</span>` : nothing;
    return html`<div class="state error" part="error" role="alert">
      <p class="message">${this.messages.errorTitle}</p>
      <p>${error.message}${error.issues.length > 0 ? nothing : where}</p>
      ${shown.length > 1
        ? html`<ul>
            ${shown.map((issue) => html`<li><code>${issue.path || '(document)'}</code>: ${issue.message}</li>`)}
            ${hidden > 0 ? html`<li>${this.messages.moreIssues(hidden)}</li>` : nothing}
          </ul>`
        : nothing}
      ${error.retryable ? html`<button type="button" part="retry" @click=${this.retry}>${this.messages.retry}</button>` : nothing}
    </div>`;
  }

  private readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineText = script?.textContent ?? undefined;
  }

  /** Fires career-load or career-error once per outcome. */
  private report(): void {
    const current = this.state;
    if (current.status === 'ready') {
      if (this.lastReported === current.guide) return;
      this.lastReported = current.guide;
      const url = current.source === 'src' && this.guideUrl ? resolveGuideUrl(this.guideUrl) : undefined;
      this.emit(new CareerLoadEvent({ guide: current.guide, source: current.source, url, empty: !this.hasSection(current.guide) }));
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
 * Layouts by guide object. A page that repeats a chart on one guide (or <career-guide> beside
 * the same charts) computes each layout once and keeps one copy of it, not one per element:
 * layouts are pure functions of their inputs and never changed once made. A few per guide are
 * kept (widths change as a page is resized); the guide's going frees them.
 */
const layouts = new WeakMap<object, { readonly inputs: readonly unknown[]; readonly layout: unknown }[]>();
const LAYOUTS_PER_GUIDE = 16;

function sharedLayout<L>(guide: object | undefined, inputs: readonly unknown[], compute: () => L): L {
  if (!guide) return compute();
  let entries = layouts.get(guide);
  if (!entries) layouts.set(guide, (entries = []));
  const known = entries.find((entry) => sameInputs(entry.inputs, inputs));
  if (known) return known.layout as L;
  const layout = compute();
  entries.push({ inputs, layout });
  if (entries.length > LAYOUTS_PER_GUIDE) entries.shift();
  return layout;
}

/**
 * Reserved heights by element kind, words and width. Several are found by laying out a typical
 * guide's text (the skill map's took a third of the time of 100 skill maps): once per width,
 * not once per placeholder. A few dozen widths are kept per language.
 */
const reservedHeights = new WeakMap<Messages, Map<string, number>>();

function reservedHeight(kind: string, messages: Messages, width: number, compute: (width: number) => number): number {
  let heights = reservedHeights.get(messages);
  if (!heights) reservedHeights.set(messages, (heights = new Map()));
  const key = `${kind} ${width}`;
  let height = heights.get(key);
  if (height === undefined) {
    height = compute(width);
    if (heights.size >= 64) heights.clear();
    heights.set(key, height);
  }
  return height;
}

/** Same inputs, one by one (Object.is, as Lit compares properties). */
const sameInputs: (a: readonly unknown[], b: readonly unknown[]) => boolean = shallowArrayEquals;

/** What `input` (the guide, or its JSON text) from `source` shows: idle when there is none. */
function toState(input: unknown, part: GuidePart, source: GuideSource): GuideState {
  if (input === undefined) return { status: 'idle' };
  const result = toResult(input, part);
  return result.ok ? { status: 'ready', guide: result.guide, source } : { status: 'error', error: GuideError.fromIssues(result.issues), source };
}

/** The part of `data` that `part` reads, validated: `data` is the guide, or its JSON text. */
function toResult(data: unknown, part: GuidePart): GuideResult {
  try {
    if (typeof data !== 'string') return validatePart(data, part);
    const parsed = parseJson(data);
    return parsed.ok ? validatePart(parsed.value, part) : parsed;
  } catch {
    // Validation never throws on JSON; a host object with throwing getters still must not crash us.
    return { ok: false, issues: [{ path: '', code: 'invalid_type', message: 'the data could not be read' }] };
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A GuideError as it is; one GuideError per other error, so that its career-error event fires once. */
const wrapped = new WeakMap<object, GuideError>();

function unexpected(error: unknown): GuideError {
  if (error instanceof GuideError) return error;
  const key = typeof error === 'object' && error !== null ? error : undefined;
  let guideError = key && wrapped.get(key);
  if (!guideError) {
    guideError = new GuideError('network', error instanceof Error ? error.message.slice(0, 200) : 'the guide could not be loaded');
    if (key) wrapped.set(key, guideError);
  }
  return guideError;
}
