/**
 * The embed builder, dist/cdn/builder.html + builder.js: a page where an editor chooses a guide,
 * an element and its options, sees the real element live, and copies an embed code (script or
 * iframe) for their CMS. No coding, no network beyond this folder and the chosen guide.
 *
 * `<career-embed-builder>` renders into the light DOM, so the page's own stylesheet
 * (cdn/builder.css) styles it and the page works under the same strict CSP as the embed:
 * Lit's templates (text stays text), no inline style, no innerHTML with data.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { customElement } from '../element/define.js';
import { live } from 'lit/directives/live.js';
import type { Guide } from '../contract/schema.js';
import { setBundledGuides } from '../data/config.js';
import { loadGuide } from '../data/load.js';
import { GUIDE_SECTIONS, guideHasSection, type GuideSectionId } from '../guide/guide.sections.js';
import { CopyController, renderCodeBox } from './copy.js';
import { renderGuideOptions } from './guide-options.js';
import { loadElement } from './elements.js';
import {
  BUILDER_ELEMENTS,
  BUNDLED_GUIDES,
  LANGUAGES,
  THEMES,
  elementAttributes,
  fixedHeight,
  iframeSnippet,
  parseGuideUrl,
  scriptSnippet,
  type BuilderElement,
  type BuilderTheme,
  type EmbedOptions,
  type GuideChoice,
} from './builder-snippets.js';

// Here, in the entry, import.meta.url is this script's own URL; the guides sit beside it.
const BUNDLED_BASE = new URL('./guides/', import.meta.url).href;
setBundledGuides(BUNDLED_BASE);

/** Attributes the preview may carry; any not in the current options is removed. */
const PREVIEW_ATTRIBUTES = ['career', 'src', 'theme', 'locale', 'sections', 'heading-level'];
/** How long typing in the URL field waits before the preview fetches. */
const TYPING_PAUSE_MS = 600;
const MAX_REMEMBERED_GUIDES = 20;

type Snippet = 'script' | 'iframe';

/**
 * The embed builder: a form (guide, element, look and language, whole-guide options), a live
 * preview of the real element, and the script and iframe codes with copy buttons.
 */
@customElement('career-embed-builder')
export class CareerEmbedBuilder extends LitElement {
  /** A bundled guide's id, or `url` for the editor's own guide. */
  @state() private guideKind: string = BUNDLED_GUIDES[0].id;
  /** The URL field as typed. */
  @state() private urlText = '';
  /** The URL field as last committed (after a pause in typing, on change or Enter). */
  @state() private committedUrl = '';
  /** Whether the URL field was committed at least once: its error shows only then. */
  @state() private urlTouched = false;
  @state() private element: BuilderElement = 'salary';
  @state() private theme: BuilderTheme = 'light';
  @state() private locale = '';
  @state() private sections: ReadonlySet<GuideSectionId> = new Set(GUIDE_SECTIONS);
  @state() private headingLevel = 2;

  /** Guides the preview loaded, by absolute URL: their titles and sections feed the iframe code. */
  @state() private loadedGuides = new Map<string, Guide>();

  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly copies = new CopyController(this);
  private preview: HTMLElement | undefined;

  /** The folder of this page: the codes load everything from here. */
  private readonly base = new URL('./', location.href).href;

  /** Light DOM: the page's stylesheet applies; the "loading" text in the markup goes. */
  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren();
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  /** The chosen guide, or what is wrong with the URL given for it. */
  private get guideChoice(): GuideChoice | { readonly problem: string } {
    if (this.guideKind !== 'url') return { kind: 'bundled', id: this.guideKind };
    const parsed = parseGuideUrl(this.committedUrl);
    return 'url' in parsed ? { kind: 'url', url: parsed.url } : parsed;
  }

  /** The options the codes describe, or the first problem that keeps the form from making them. */
  private get options(): { readonly options: EmbedOptions } | { readonly problem: string } {
    const guide = this.guideChoice;
    if ('problem' in guide) return { problem: 'Enter a valid address for your guide to see the preview and get the codes.' };
    if (this.element === 'guide' && this.sections.size === 0) return { problem: 'Choose at least one section of the guide to see the preview and get the codes.' };
    const options: EmbedOptions = {
      element: this.element,
      guide,
      theme: this.theme,
      locale: this.locale,
      sections: GUIDE_SECTIONS.filter((id) => this.sections.has(id)),
      headingLevel: this.headingLevel,
    };
    return { options };
  }

  /** The chosen guide as the preview loaded it, when it did. */
  private loadedGuide(guide: GuideChoice): Guide | undefined {
    const url = guide.kind === 'url' ? guide.url : new URL(`${guide.id}.json`, BUNDLED_BASE).href;
    return this.loadedGuides.get(url);
  }

  override render(): TemplateResult {
    const result = this.options;
    return html`
      <form class="builder-form" novalidate aria-labelledby="form-title" @submit=${this.onSubmit} @keyup=${this.onKeyUp}>
        <h2 id="form-title" class="visually-hidden">Options</h2>
        ${this.renderGuideChoice()} ${this.renderElementChoice()} ${this.renderLook()} ${this.element === 'guide' ? this.renderGuideOptions() : nothing}
      </form>
      <div class="builder-output">
        <section class="panel" aria-labelledby="preview-title">
          <h2 id="preview-title">Live preview</h2>
          <p class="hint">The real widget with your options, as readers will see it.</p>
          <div class="stage" id="preview" data-theme=${this.theme} tabindex="0" role="region" aria-label="Widget preview" @career-load=${this.onPreviewLoad}></div>
        </section>
        <section class="panel" aria-labelledby="code-title">
          <h2 id="code-title">Embed code</h2>
          ${'problem' in result ? html`<p class="notice">${result.problem}</p>` : this.renderSnippets(result.options)}
        </section>
      </div>
    `;
  }

  private renderGuideChoice(): TemplateResult {
    const guide = this.guideChoice;
    const error = this.guideKind === 'url' && this.urlTouched && 'problem' in guide ? guide.problem : '';
    return html`<fieldset class="group">
      <legend>Guide</legend>
      <div class="choices">
        ${BUNDLED_GUIDES.map(
          (bundled) => html`<div class="choice">
            <input type="radio" name="guide" id="guide-${bundled.id}" value=${bundled.id} .checked=${live(this.guideKind === bundled.id)} @change=${this.onGuideKind} />
            <label for="guide-${bundled.id}">${bundled.title} <span class="hint">sample guide, hosted with the widgets</span></label>
          </div>`,
        )}
        <div class="choice">
          <input type="radio" name="guide" id="guide-url" value="url" .checked=${live(this.guideKind === 'url')} @change=${this.onGuideKind} />
          <label for="guide-url">My own guide <span class="hint">a link to its JSON file</span></label>
        </div>
      </div>
      ${this.guideKind === 'url'
        ? html`<div class="field">
            <label for="guide-url-input">Address of your guide (URL)</label>
            <p class="hint" id="guide-url-hint">A full address starting with https://. The server must let other sites read the file (CORS).</p>
            <input
              type="url"
              id="guide-url-input"
              name="guide-url"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              placeholder="https://example.org/guides/nurse.json"
              aria-describedby="guide-url-hint guide-url-error"
              aria-invalid=${error ? 'true' : 'false'}
              .value=${live(this.urlText)}
              @input=${this.onUrlInput}
              @change=${this.onUrlChange}
            />
            <p class="field-error" id="guide-url-error" aria-live="polite">${error}</p>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderElementChoice(): TemplateResult {
    return html`<fieldset class="group">
      <legend>Widget</legend>
      <div class="cards">
        ${BUILDER_ELEMENTS.map(
          (entry) => html`<div class="card">
            <input type="radio" name="element" id="element-${entry.id}" value=${entry.id} .checked=${live(this.element === entry.id)} @change=${this.onElement} />
            <label for="element-${entry.id}"><span class="card-name">${entry.name}</span> <span class="card-description">${entry.description}</span></label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderLook(): TemplateResult {
    return html`<fieldset class="group">
      <legend>Look and language</legend>
      <fieldset class="subgroup">
        <legend>Colors</legend>
        <div class="choices inline">
          ${THEMES.map(
            (theme) => html`<div class="choice">
              <input type="radio" name="theme" id="theme-${theme.id}" value=${theme.id} aria-describedby=${theme.id === 'auto' ? 'theme-hint' : nothing} .checked=${live(this.theme === theme.id)} @change=${this.onTheme} />
              <label for="theme-${theme.id}">${theme.name}</label>
            </div>`,
          )}
        </div>
        <p class="hint" id="theme-hint">Automatic follows each reader’s light or dark system setting.</p>
      </fieldset>
      <div class="field">
        <label for="locale">Language of numbers and labels</label>
        <select id="locale" name="locale" aria-describedby="locale-hint" @change=${this.onLocale}>
          ${LANGUAGES.map((language) => html`<option value=${language.id} lang=${language.lang ?? nothing} .selected=${live(this.locale === language.id)}>${language.name}</option>`)}
        </select>
        <p class="hint" id="locale-hint">“Page default” follows the language of the page the code is placed in.</p>
      </div>
    </fieldset>`;
  }

  private renderGuideOptions(): TemplateResult {
    return renderGuideOptions({
      idPrefix: '',
      headingLevel: this.headingLevel,
      sections: this.sections,
      onHeadingLevel: (level) => (this.headingLevel = level),
      onSections: (sections) => (this.sections = sections),
    });
  }

  private renderSnippets(options: EmbedOptions): TemplateResult {
    const choice = options.guide;
    const guide = this.loadedGuide(choice);
    const facts = {
      title: guide?.title ?? (choice.kind === 'bundled' ? BUNDLED_GUIDES.find((entry) => entry.id === choice.id)?.title : undefined),
      has: guide ? (id: GuideSectionId) => guideHasSection(guide, id) : undefined,
    };
    const height = fixedHeight(options, facts.has);
    return html`${this.renderSnippet(
      'script',
      'Script code',
      'For editors that allow scripts, such as a “Custom HTML” or “HTML embed” block. Paste it where the widget should appear.',
      scriptSnippet(options, this.base),
    )}
    ${this.renderSnippet(
      'iframe',
      'Iframe code',
      `For editors that remove scripts. The iframe is ${height} pixels tall; where the second line survives, it fits its content exactly.`,
      iframeSnippet(options, this.base, facts),
    )}`;
  }

  private renderSnippet(which: Snippet, title: string, hint: string, code: string): TemplateResult {
    return renderCodeBox({ id: which, title, hint, code, copyLabel: `Copy ${title.toLowerCase()}`, copies: this.copies });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncPreview();
  }

  /** Makes the preview element match the options: the same tag and exactly the code's attributes. */
  private syncPreview(): void {
    const stage = this.querySelector<HTMLElement>('#preview');
    if (!stage) return;
    const result = this.options;
    if ('problem' in result) {
      this.preview = undefined;
      const message = document.createElement('p');
      message.className = 'notice';
      message.textContent = result.problem;
      if (stage.textContent !== result.problem) stage.replaceChildren(message);
      return;
    }
    const { options } = result;
    const tag = `career-${options.element}`;
    if (this.preview?.localName !== tag) {
      this.preview = document.createElement(tag);
      stage.replaceChildren(this.preview);
      void loadElement(tag);
    }
    const preview = this.preview;
    const wanted = new Map(elementAttributes(options));
    for (const name of PREVIEW_ATTRIBUTES) {
      const value = wanted.get(name);
      if (value === undefined) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
  }

  private onPreviewLoad(event: Event): void {
    const { detail } = event as CustomEvent<{ guide: Guide; source: string; url: string | undefined }>;
    // The whole guide's charts report the guide handed to them (source "data"); only the fetch counts.
    if (detail.source !== 'src' || detail.url === undefined) return;
    const url = detail.url;
    // A chart's guide holds only its own sections; the codes want the title and, for the whole
    // guide, every section. The request is shared, so this reads the JSON the preview loaded.
    loadGuide(url).then(
      (guide) => {
        if (this.loadedGuides.get(url) === guide) return;
        const next = new Map(this.loadedGuides);
        next.set(url, guide);
        while (next.size > MAX_REMEMBERED_GUIDES) next.delete(next.keys().next().value as string);
        this.loadedGuides = next;
      },
      // Other sections may be invalid where the chart's are not: the codes then do without the title.
      () => {},
    );
  }

  private onSubmit(event: Event): void {
    // Nothing to send anywhere: Enter in the URL field applies it.
    event.preventDefault();
    if (this.guideKind === 'url') this.commitUrl();
  }

  /**
   * Arrow keys move focus within a radio group, and WebKit then leaves the radio without
   * :focus-visible, so a keyboard user lost sight of the focus there: the page marks such a
   * radio itself (cdn/builder.css draws the same ring for the mark) until it loses focus.
   */
  private onKeyUp(event: KeyboardEvent): void {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !event.key.startsWith('Arrow') || radio.matches(':focus-visible')) return;
    radio.dataset.focusVisible = '';
    radio.addEventListener('blur', () => delete radio.dataset.focusVisible, { once: true });
  }

  private onGuideKind(event: Event): void {
    this.guideKind = (event.target as HTMLInputElement).value;
  }

  private onUrlInput(event: Event): void {
    this.urlText = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commitUrl(), TYPING_PAUSE_MS);
  }

  private onUrlChange(event: Event): void {
    this.urlText = (event.target as HTMLInputElement).value;
    this.commitUrl();
  }

  private commitUrl(): void {
    clearTimeout(this.typingTimer);
    this.committedUrl = this.urlText;
    this.urlTouched = true;
  }

  private onElement(event: Event): void {
    this.element = (event.target as HTMLInputElement).value as BuilderElement;
  }

  private onTheme(event: Event): void {
    this.theme = (event.target as HTMLInputElement).value as BuilderTheme;
  }

  private onLocale(event: Event): void {
    this.locale = (event.target as HTMLSelectElement).value;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'career-embed-builder': CareerEmbedBuilder;
  }
}
