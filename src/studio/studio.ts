/**
 * The studio, dist/cdn/studio.html + studio.js: where a CMS editor goes from no data to a pasted
 * widget without writing JSON, in four steps that are always on the page: Start, Edit, Preview,
 * Publish (issue 18). It replaces the embed builder (dist/cdn/builder.html now redirects here),
 * and gives every code the builder gave: src/cdn/builder-snippets.ts writes them for both.
 *
 * Design decisions
 *
 * 1. The form comes from the published JSON Schema, not from studio code. The contract has one
 *    definition (src/contract/schema.ts); `npm run schema` writes data/career-guide.schema.json
 *    from it, and `npm run check-schema` fails when that file is stale. The studio imports that
 *    file and walks it (form-model.ts turns each node into a kind of field, form.ts draws it), so
 *    a field added to the contract appears here after `npm run schema`, with its description as
 *    help. The valibot schema objects are not walked: every browser build blanks their
 *    descriptions (scripts/strip-descriptions.ts), and their shapes are valibot's internals.
 *    Labels are the property names in words (`medianSalary` → "Median salary"): the contract's
 *    descriptions are complete (every field has one) but are sentences, good as help, not as
 *    labels. A `title` per field in the contract would give better labels and translations.
 * 2. The document is its text and the value it parses to (document.ts). Whatever the editor
 *    brings opens: text that is not JSON keeps every byte, shows its error, and waits in the JSON
 *    view while the form says why it cannot show it. Edits never mutate: the form writes a new
 *    value at a path (form-model.ts `withValueAt`) and so a new document, formatted; the JSON view
 *    writes new text. Undo and redo are a history of documents, with a run of keystrokes in one
 *    field as one step. Validation is the elements' own validator (`validateGuide`), so the form
 *    shows exactly the path and message a widget would show.
 * 3. Numbers are written as the editor's locale writes them ("100.000" in German), read with the
 *    separators `Intl.NumberFormat` gives for that locale (numbers.ts). What does not read as a
 *    number ("100k") goes into the document as the text it is, so the validator reports it at its
 *    path and nothing typed is lost; what the editor typed stays in the field while it still
 *    says the document's number.
 * 4. The page renders in the light DOM (the page's stylesheet, cdn/studio.css, styles it) with
 *    Lit's templates: text stays text, no inline style and no innerHTML, so it runs under the
 *    same strict CSP with Trusted Types as the elements promise.
 * 5. The draft is the document's text in localStorage, written once typing pauses and at once
 *    when the page is hidden or left, and read at start (draft.ts). Opening another document
 *    goes through the history, so the draft it replaces is one Undo away, and the page says so.
 *    Leaving with edits not downloaded or copied asks first.
 * 6. Key order: the form writes a property that was not there where the schema lists it, so a
 *    guide opened, changed in one field and downloaded differs from the original in that line
 *    alone (JSON.stringify with two spaces, the sample's own format).
 * 7. A keystroke costs what the form, the validator and the preview need, and no more, so that
 *    a 2 MB guide answers within a frame (the 2 MB test in test/studio.test.ts; BENCHMARKS.md).
 *    The text of a document the form made is written when first read (document.ts); Publish
 *    and the draft follow the document once typing pauses (`settled`), or at once when the
 *    editor reaches for Publish; the inline snippet carries only the parts of the guide its
 *    widget reads (publish.ts `guideForElement`); the JSON view and the closed sections are not
 *    drawn. Validation stays whole: the validator takes well under a millisecond on 2 MB.
 * 8. The script and iframe snippets load the guide from somewhere: the address the editor gives,
 *    or, while the document is the bundled sample exactly as opened, the sample by name (and so
 *    its rendered embed pages, which show with no script). The studio remembers where the
 *    document it last opened came from (`opened`), and compares documents by identity, so an
 *    undo back to it counts as unchanged. Opening from an address fills that address in; once
 *    the document differs from what was opened there, Publish says the file at the address does
 *    not have the changes yet.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import schemaJson from '../../data/career-guide.schema.json';
import { formatIssue, pathText, type GuideIssue } from '../contract/validate.js';
import { customElement } from '../element/define.js';
import { setBundledGuides } from '../data/config.js';
import {
  BUILDER_ELEMENTS,
  BUNDLED_GUIDES,
  LANGUAGES,
  THEMES,
  iframeSnippet,
  lookAttributes,
  parseGuideUrl,
  scriptSnippet,
  fixedHeight,
  type BuilderElement,
  type BuilderTheme,
  type EmbedOptions,
  type GuideChoice,
} from '../cdn/builder-snippets.js';
import { GUIDE_SECTIONS, guideHasSection, type GuideSectionId } from '../guide/guide.sections.js';
import type { Guide } from '../contract/schema.js';
import { CMS_HELP, renderHelpText } from '../cdn/cms-help.js';
import { CopyController, renderCodeBox } from '../cdn/copy.js';
import { renderGuideOptions } from '../cdn/guide-options.js';
import { loadElement } from '../cdn/elements.js';
import { blankDocument, documentFromText, documentFromValue, recordChange, redo, startHistory, undo, type History, type StudioDocument } from './document.js';
import { readDraft, saveDraft } from './draft.js';
import { renderField, type FormContext } from './form.js';
import { fieldId, fieldLabel, fieldModel, parentPathText, pathKeys, valueAt, withValueAt, type Path, type SchemaNode } from './form-model.js';
import { byteSize, guideFileName, guideFileText, guideForElement, inlineSnippet } from './publish.js';

const SCHEMA = schemaJson as SchemaNode;

// Here, in the entry, import.meta.url is this script's own URL; the guides and the schema sit beside it.
const BUNDLED_BASE = new URL('./guides/', import.meta.url).href;
setBundledGuides(BUNDLED_BASE);
/** Where a downloaded guide says its schema is: the copy served beside the studio. */
const SCHEMA_URL = new URL('./career-guide.schema.json', import.meta.url).href;

/** Header fields the studio writes itself: `$schema` goes into the downloaded file. */
const MANAGED_KEYS = new Set(['$schema']);
/** The pause in typing after which Publish and the draft catch up with the document. */
const TYPING_PAUSE_MS = 300;
/** How long opening a guide by its address may take, as long as an element waits for one. */
const FETCH_TIMEOUT_MS = 15_000;

/** What the preview and the snippets show, beside the guide. */
type Look = Omit<EmbedOptions, 'guide'>;
type Snippet = 'inline' | 'script' | 'iframe';

/** The attributes of the look that the preview may carry; any not in the look is removed. */
const LOOK_ATTRIBUTES = ['theme', 'locale', 'sections', 'heading-level'];

/** The preview's widths: a phone's, an article column's, or all the room there is. */
const PREVIEW_WIDTHS = [
  { id: 'phone', name: 'Phone (360 px)' },
  { id: 'column', name: 'Article column (700 px)' },
  { id: 'full', name: 'Full width' },
] as const;
type PreviewWidth = (typeof PREVIEW_WIDTHS)[number]['id'];

/** Locales for writing numbers besides the browser's own (the first choice): those the elements speak. */
const NUMBER_LOCALES = LANGUAGES.filter((language) => language.id !== '');

/**
 * The studio: Start (open a sample, pasted JSON, a file, an address, or nothing), Edit (the
 * generated form, the issue summary, the JSON view, undo and redo), Preview (the real element,
 * live, with its look) and Publish (the guide file and three snippets).
 */
@customElement('career-studio')
export class CareerStudio extends LitElement {
  @state() private history: History = startHistory(blankDocument());
  /**
   * The document as it was when typing last paused: what Publish shows and the draft keeps.
   * With a long guide, the snippet (the guide again, inside it) and the draft (the guide's text)
   * each cost more than a frame, and a keystroke must not wait for them. A change that is not
   * typing (opening, undo, adding an item) settles at once.
   */
  @state() private settled: StudioDocument = this.history.present;
  /** The locale numbers are typed in; '' for the browser's. */
  @state() private numberLocale = '';
  /** What the editor typed into number fields, by path (see form.ts). */
  @state() private typed: ReadonlyMap<string, string> = new Map();
  /** The top-level sections whose form is open. */
  @state() private openSections: ReadonlySet<string> = new Set();
  @state() private jsonOpen = false;
  @state() private pasted = '';
  @state() private sample: string = BUNDLED_GUIDES[0].id;
  /** The address field of Start, as typed. */
  @state() private urlText = '';
  /** Whether a file is being dragged over the file option. */
  @state() private dropping = false;
  /** What the last opening did, said in the Start step. */
  @state() private startMessage = '';
  /** Why the last opening failed, said as an alert; nothing changed then. */
  @state() private startProblem = '';
  /** The draft's state, said in the Edit step; a problem with storage is said as an alert. */
  @state() private draftMessage = '';
  @state() private draftProblem = '';
  /** What the preview and the snippets show: the element, its colors, language and, for the whole guide, heading level. */
  @state() private look: Look = { element: 'salary', theme: 'light', locale: '', sections: GUIDE_SECTIONS, headingLevel: 2 };
  @state() private previewWidth: PreviewWidth = 'column';
  /** Where the editor uploaded the guide, for the snippets that load it from there; opening an address fills it. */
  @state() private uploadedUrl = '';
  /** The document last opened from a place the snippets can load it from, and that place (design note 8). */
  @state() private opened: { readonly doc: StudioDocument; readonly from: GuideChoice } | undefined;
  @state() private downloadStatus = '';
  /** What is said of the field just typed in, once typing pauses: its message, or that it is fixed. */
  @state() private fieldAnnouncement = '';
  /** The messages last said of each field typed in, by path, so that each change is said once. */
  private readonly saidOfField = new Map<string, string>();

  /** The validator's issues of the present document, by path; made once per document. */
  private issuesByPath: ReadonlyMap<string, readonly GuideIssue[]> = new Map();
  private issuesOf: StudioDocument | undefined;
  /** The document the draft in storage holds. */
  private drafted: StudioDocument | undefined = this.history.present;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private preview: HTMLElement | undefined;
  private readonly copies = new CopyController(this, () => (this.unexported = false));
  /**
   * Whether the editor changed the guide since they last downloaded it or copied a snippet:
   * leaving the page then asks first (the draft keeps it anyway, but another browser will not).
   */
  private unexported = false;

  /** The folder of this page: the snippet loads everything from here. */
  private readonly base = new URL('./', location.href).href;

  private get document(): StudioDocument {
    return this.history.present;
  }

  private get locale(): string {
    return this.numberLocale || navigator.language || 'en-US';
  }

  /** Why the look shows nothing: the whole guide with no section chosen. */
  private get noSection(): string | undefined {
    return this.look.element === 'guide' && this.look.sections.length === 0 ? 'Choose at least one section to see the preview and get the snippets.' : undefined;
  }

  /** Light DOM: the page's stylesheet applies; the "loading" text in the markup goes. */
  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('pagehide', this.saveDraftNow);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    const draft = readDraft();
    if (!draft.ok) this.draftProblem = draft.problem;
    else if (draft.value) {
      this.history = startHistory(documentFromText(draft.value.text));
      this.settled = this.drafted = this.history.present;
      this.startMessage = `Your draft from ${this.time(draft.value.savedAt)} is back: carry on in Edit, or open something else.`;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('pagehide', this.saveDraftNow);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.saveDraftNow();
  }

  protected override willUpdate(): void {
    if (this.settled !== this.document && !this.history.lastChange) this.settled = this.document;
    if (this.settled !== this.drafted) this.saveDraft(this.settled);
    if (this.issuesOf !== this.document) {
      const byPath = new Map<string, GuideIssue[]>();
      for (const issue of this.document.issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue]);
      this.issuesByPath = byPath;
      this.issuesOf = this.document;
    }
  }

  override render(): TemplateResult {
    return html`
      <nav class="steps" aria-label="Steps">
        <ol>
          <li><a href="#step-start">Start</a></li>
          <li><a href="#step-edit">Edit</a></li>
          <li><a href="#step-preview">Preview</a></li>
          <li><a href="#step-publish">Publish</a></li>
        </ol>
      </nav>
      ${this.renderStart()}
      <div class="workbench">${this.renderEdit()} ${this.renderPreview()}</div>
      ${this.renderPublish()}
    `;
  }

  private renderStart(): TemplateResult {
    return html`<section class="step" id="step-start" tabindex="-1" aria-labelledby="start-title">
      <h2 id="start-title"><span class="step-number">1</span> Start</h2>
      <p class="hint">Open a guide to change, or start with nothing. What you had before stays one Undo away.</p>
      <p class="status" id="start-status" role="status">${this.startMessage}</p>
      <p class="field-error" id="start-problem" role="alert">${this.startProblem}</p>
      <div class="start-options">
        <div class="option">
          <h3>A sample guide</h3>
          <label for="start-sample">Sample</label>
          <select id="start-sample" @change=${(event: Event) => (this.sample = (event.target as HTMLSelectElement).value)}>
            ${BUNDLED_GUIDES.map((guide) => html`<option value=${guide.id} .selected=${live(this.sample === guide.id)}>${guide.title}</option>`)}
          </select>
          <button type="button" @click=${() => void this.openSample()}>Open the sample</button>
        </div>
        <div class="option">
          <h3>JSON you have</h3>
          <label for="start-paste">Paste the guide’s JSON</label>
          <textarea id="start-paste" rows="4" spellcheck="false" .value=${live(this.pasted)} @input=${(event: Event) => (this.pasted = (event.target as HTMLTextAreaElement).value)}></textarea>
          <button type="button" ?disabled=${this.pasted.trim() === ''} @click=${this.openPasted}>Open the pasted JSON</button>
        </div>
        <div
          class="option drop-zone ${this.dropping ? 'dropping' : ''}"
          @dragover=${this.onDragOver}
          @dragleave=${() => (this.dropping = false)}
          @drop=${(event: DragEvent) => void this.onDrop(event)}
        >
          <h3>A file</h3>
          <label for="start-file">Guide file (.json)</label>
          <p class="hint" id="start-file-hint">Choose it, or drop it here.</p>
          <input type="file" id="start-file" accept=".json,application/json" aria-describedby="start-file-hint" @change=${(event: Event) => void this.onFileChosen(event)} />
        </div>
        <div class="option">
          <h3>A guide on the web</h3>
          <label for="start-url">Address of the guide (URL)</label>
          <p class="hint" id="start-url-hint">Its server must let other sites read it (CORS).</p>
          <input
            type="url"
            id="start-url"
            inputmode="url"
            spellcheck="false"
            placeholder="https://example.org/guides/nurse.json"
            aria-describedby="start-url-hint"
            .value=${live(this.urlText)}
            @input=${(event: Event) => (this.urlText = (event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter') void this.openUrl();
            }}
          />
          <button type="button" ?disabled=${this.urlText.trim() === ''} @click=${() => void this.openUrl()}>Open the address</button>
        </div>
        <div class="option">
          <h3>Nothing yet</h3>
          <p class="hint">A guide with no sections, to fill in.</p>
          <button type="button" @click=${this.openBlank}>Start a blank guide</button>
        </div>
      </div>
    </section>`;
  }

  private renderEdit(): TemplateResult {
    const doc = this.document;
    // Bound as a value, not live: a click opens the details at once, its toggle event comes a
    // task later, and a render in between (Publish catching up after typing) must not close it.
    const jsonShown = this.jsonOpen || !doc.parsed;
    return html`<section class="step" id="step-edit" tabindex="-1" aria-labelledby="edit-title" @keydown=${this.onEditKeyDown}>
      <h2 id="edit-title"><span class="step-number">2</span> Edit</h2>
      <div class="toolbar">
        <button type="button" class="small" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${this.history.past.length === 0} @click=${() => (this.history = undo(this.history))}>Undo</button>
        <button type="button" class="small" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${this.history.future.length === 0} @click=${() => (this.history = redo(this.history))}>Redo</button>
        <label for="number-locale">Numbers written as in</label>
        <select id="number-locale" @change=${(event: Event) => this.changeNumberLocale((event.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(this.numberLocale === '')}>this browser (${navigator.language})</option>
          ${NUMBER_LOCALES.map((language) => html`<option value=${language.id} lang=${language.lang ?? nothing} .selected=${live(this.numberLocale === language.id)}>${language.name}</option>`)}
        </select>
      </div>
      ${this.draftProblem
        ? html`<p class="notice" role="alert">${this.draftProblem}</p>`
        : html`<p class="hint draft-status" id="draft-status">${this.draftMessage}</p>`}
      ${this.renderIssueSummary(doc)}
      <p class="visually-hidden" id="field-announcement" role="status">${this.fieldAnnouncement}</p>
      <form class="guide-form" novalidate aria-label="The guide" @submit=${(event: Event) => event.preventDefault()}>
        ${doc.parsed ? this.renderForm(doc.value) : html`<p class="notice">The text is not JSON yet, so the form cannot show it. Fix it in the JSON view below; nothing you brought is lost.</p>`}
      </form>
      <details class="json-view" .open=${jsonShown} @toggle=${(event: Event) => (this.jsonOpen = (event.target as HTMLDetailsElement).open)}>
        <summary>JSON view</summary>
        ${jsonShown
          ? // Drawn only while open: a long guide's text is megabytes, costly to hand a text box at every keystroke.
            html`<label for="json-text">The guide as JSON</label>
              <p class="hint" id="json-hint">The same document as the form: a change in either shows in the other.</p>
              <textarea
                id="json-text"
                rows="16"
                spellcheck="false"
                aria-describedby="json-hint json-error"
                aria-invalid=${doc.parsed ? 'false' : 'true'}
                .value=${live(doc.text)}
                @input=${(event: Event) => this.editText((event.target as HTMLTextAreaElement).value)}
              ></textarea>
              <p class="field-error" id="json-error">${doc.parsed ? '' : doc.issues.map(formatIssue).join(' ')}</p>`
          : nothing}
      </details>
    </section>`;
  }

  /** The problems of the document, each a link to its field; counted in a status line for screen readers. */
  private renderIssueSummary(doc: StudioDocument): TemplateResult {
    const count = doc.issues.length;
    const heading = count === 0 ? 'No problems: the guide is valid.' : `${count} ${count === 1 ? 'problem' : 'problems'} to fix`;
    return html`<div class="issue-summary ${count === 0 ? 'valid' : 'invalid'}" id="issue-summary" tabindex="-1" aria-labelledby="issues-title">
      <div role="status"><h3 id="issues-title">${heading}</h3></div>
      ${count === 0
        ? nothing
        : html`<ul>
            ${doc.issues.map(
              (issue) => html`<li><a href=${`#${fieldId(pathKeys(issue.path))}`} @click=${(event: Event) => void this.goToIssue(event, issue.path)}>${formatIssue(issue)}</a></li>`,
            )}
          </ul>`}
    </div>`;
  }

  private renderForm(value: unknown): TemplateResult {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return html`<p class="notice">A guide is a JSON object ({ … }); this document is not one. Fix it in the JSON view below.</p>`;
    }
    const context: FormContext = {
      value,
      issues: this.issuesByPath,
      locale: this.locale,
      typed: this.typed,
      edit: (path, next, typing) => this.editAt(path, next, typing),
      type: (path, text) => {
        const typed = new Map(this.typed);
        typed.set(pathText(path), text);
        this.typed = typed;
      },
    };
    const required = new Set(SCHEMA.required ?? []);
    const entries = Object.entries(SCHEMA.properties ?? {}).filter(([key]) => !MANAGED_KEYS.has(key));
    const isSection = (node: SchemaNode) => ['group', 'list'].includes(fieldModel(node).kind);
    const header = entries.filter(([, node]) => !isSection(node));
    const sections = entries.filter(([, node]) => isSection(node));
    return html`<fieldset class="group about">
        <legend>About the guide</legend>
        ${header.map(([key, node]) => renderField(context, node, [key], key, required.has(key)))}
      </fieldset>
      ${sections.map(([key, node]) => this.renderSection(context, key, node, value as Record<string, unknown>))}`;
  }

  /** A section of the guide, folded until opened: the form of a long guide draws only what is open. */
  private renderSection(context: FormContext, key: string, node: SchemaNode, guide: Record<string, unknown>): TemplateResult {
    const open = this.openSections.has(key);
    const problems = [...this.issuesByPath.keys()].filter((path) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)).length;
    const status = !(key in guide) ? 'not in this guide' : problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : '';
    // Not live, as the JSON view's: a render between a click and its toggle event must not undo it.
    return html`<details class="section" id=${`section-${key}`} .open=${open} @toggle=${(event: Event) => this.toggleSection(key, (event.target as HTMLDetailsElement).open)}>
      <summary><span class="section-name">${fieldLabel(key)}</span>${status ? html` <span class="section-status">(${status})</span>` : nothing}</summary>
      ${open ? renderField(context, node, [key], key, false) : nothing}
    </details>`;
  }

  private renderPreview(): TemplateResult {
    const look = this.look;
    return html`<section class="step" id="step-preview" tabindex="-1" aria-labelledby="preview-title">
      <h2 id="preview-title"><span class="step-number">3</span> Preview</h2>
      <div class="preview-controls">
        ${renderSelect('preview-element', 'Widget', BUILDER_ELEMENTS, look.element, (element) => this.setLook({ element: element as BuilderElement }))}
        ${renderSelect('preview-width', 'Width', PREVIEW_WIDTHS, this.previewWidth, (width) => (this.previewWidth = width as PreviewWidth))}
        ${renderSelect('preview-theme', 'Colors', THEMES, look.theme, (theme) => this.setLook({ theme: theme as BuilderTheme }))}
        ${renderSelect('preview-locale', 'Language of numbers and labels', LANGUAGES, look.locale, (locale) => this.setLook({ locale }))}
      </div>
      ${look.element === 'guide'
        ? renderGuideOptions({
            idPrefix: 'preview-',
            headingLevel: look.headingLevel,
            sections: new Set(look.sections),
            onHeadingLevel: (headingLevel) => this.setLook({ headingLevel }),
            onSections: (sections) => this.setLook({ sections: GUIDE_SECTIONS.filter((id) => sections.has(id)) }),
          })
        : nothing}
      <p class="hint">The real widget, drawn from the guide as it is now. The snippets in Publish show it this way.</p>
      <div class="stage width-${this.previewWidth}" id="preview" data-theme=${look.theme} tabindex="0" role="region" aria-label="Widget preview"></div>
    </section>`;
  }

  private renderPublish(): TemplateResult {
    const doc = this.settled;
    const count = doc.issues.length;
    const look = this.look;
    const noSection = this.noSection;
    const inline = inlineSnippet({ element: look.element, attributes: lookAttributes(look), guide: doc.parsed ? guideForElement(doc.value, look.element) : doc.text, base: this.base });
    const address = parseGuideUrl(this.uploadedUrl);
    const source = snippetSource(doc, this.opened, this.uploadedUrl.trim() === '' ? undefined : address);
    const loaded: EmbedOptions | undefined = source.guide && !noSection ? { ...look, guide: source.guide } : undefined;
    const guide = isGuideObject(doc.value) ? doc.value : undefined;
    const facts = { title: typeof guide?.title === 'string' ? guide.title : undefined, has: guide ? (id: GuideSectionId) => guideHasSection(guide, id) : undefined };
    // About to copy: the snippets catch up first, if typing has not paused yet.
    return html`<section class="step" id="step-publish" tabindex="-1" aria-labelledby="publish-title" @pointerdown=${this.settle} @focusin=${this.settle}>
      <h2 id="publish-title"><span class="step-number">4</span> Publish</h2>
      ${count > 0
        ? html`<p class="notice">The guide has ${count} ${count === 1 ? 'problem' : 'problems'}: <a href="#issue-summary">fix them in Edit</a> first, or readers see an error in place of the widget.</p>`
        : nothing}
      <div class="publish-options">
        <div class="option">
          <h3 id="download-title">The guide file</h3>
          <p class="hint">Formatted JSON that names its schema, for your site or a colleague. Upload it to use the snippets by address.</p>
          <button type="button" id="download" @click=${this.download}>Download the guide (${guideFileName(this.document.value)})</button>
          <p class="status" role="status">${this.downloadStatus}</p>
        </div>
        ${noSection
          ? html`<p class="notice option">${noSection}</p>`
          : this.renderSnippet(
              'inline',
              'Snippet with the guide inside',
              'For a “Custom HTML” block in a CMS that keeps scripts. The parts of the guide this widget shows travel in the snippet: no upload needed.',
              inline,
            )}
      </div>
      <div class="field uploaded">
        <label for="uploaded-url">Address of your uploaded guide (URL)</label>
        <p class="hint" id="uploaded-url-hint">Upload the downloaded file to your site, then give its address for the two snippets that load it from there.</p>
        <input
          type="url"
          id="uploaded-url"
          inputmode="url"
          spellcheck="false"
          placeholder="https://example.org/guides/nurse.json"
          aria-describedby="uploaded-url-hint uploaded-url-error uploaded-url-stale"
          aria-invalid=${this.uploadedUrl !== '' && 'problem' in address ? 'true' : 'false'}
          .value=${live(this.uploadedUrl)}
          @input=${(event: Event) => (this.uploadedUrl = (event.target as HTMLInputElement).value)}
        />
        <p class="field-error" id="uploaded-url-error">${this.uploadedUrl !== '' && 'problem' in address ? address.problem : ''}</p>
        <p class="notice" id="uploaded-url-stale" ?hidden=${!source.stale}>${source.stale}</p>
      </div>
      ${loaded
        ? html`${source.unchanged ? html`<p class="hint" id="snippet-source">${source.unchanged}</p>` : nothing}
            <div class="publish-options">
              ${this.renderSnippet('script', 'Script snippet', 'For a CMS that keeps scripts: the widget loads the guide.', scriptSnippet(loaded, this.base))}
              ${this.renderSnippet(
                'iframe',
                'Iframe snippet',
                `For a CMS that removes scripts: the widget in a frame ${fixedHeight(loaded, facts.has)} pixels tall, sized to fit where its script line survives.`,
                iframeSnippet(loaded, this.base, facts),
              )}
            </div>`
        : nothing}
      <p class="notice" id="strip-warning">
        Many CMSes remove <code>&lt;script&gt;</code> from posts: WordPress for most authors, Drupal in formats such as Basic HTML. If
        the widget does not show once you paste a script snippet, use the iframe snippet.
      </p>
      <details class="cms-help">
        <summary>Where each CMS takes the snippets</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">CMS</th>
              <th scope="col">Where the snippet goes</th>
            </tr>
          </thead>
          <tbody>
            ${CMS_HELP.map((row) => html`<tr><th scope="row">${row.cms}</th><td>${renderHelpText(row.where)}</td></tr>`)}
          </tbody>
        </table>
      </details>
    </section>`;
  }

  private renderSnippet(which: Snippet, title: string, hint: string, code: string): TemplateResult {
    return renderCodeBox({ id: which, title, hint: `${hint} Size: ${byteSize(code)}.`, code, copyLabel: `Copy the ${title.toLowerCase()}`, copies: this.copies, className: 'option snippet' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncPreview();
    if (this.settled !== this.document) {
      clearTimeout(this.pauseTimer);
      this.pauseTimer = setTimeout(this.settle, TYPING_PAUSE_MS);
    }
  }

  /** Draws the chosen element from the document: its value, or its text when that is not JSON (the element says why). */
  private syncPreview(): void {
    const stage = this.querySelector<HTMLElement>('#preview');
    if (!stage) return;
    const noSection = this.noSection;
    if (noSection) {
      // The message in place of the widget; choosing a section brings a new one.
      this.preview = undefined;
      if (stage.textContent !== noSection) stage.textContent = noSection;
      return;
    }
    const tag = `career-${this.look.element}`;
    if (this.preview?.localName !== tag) {
      this.preview = document.createElement(tag);
      stage.replaceChildren(this.preview);
      void loadElement(tag);
    }
    // Exactly the snippets' attributes, so the preview shows what they will.
    const wanted = new Map(lookAttributes(this.look));
    for (const name of LOOK_ATTRIBUTES) {
      const value = wanted.get(name);
      if (value === undefined) this.preview.removeAttribute(name);
      else if (this.preview.getAttribute(name) !== value) this.preview.setAttribute(name, value);
    }
    const doc = this.document;
    const data = doc.parsed ? doc.value : doc.text;
    const preview = this.preview as HTMLElement & { data?: unknown };
    if (preview.data !== data) preview.data = data;
  }

  /** Publish and the draft catch up with the document now, and the field typed in says how it is. */
  private readonly settle = (): void => {
    clearTimeout(this.pauseTimer);
    if (this.settled === this.document) return;
    this.settled = this.document;
    this.announceField();
  };

  /**
   * Says the message of the field (or the JSON view) typed in last, when it changed: a field's
   * own message is in its description, which a screen reader reads only on arriving at it, so
   * an editor who types "100k" would not hear what is wrong until they left and came back.
   */
  private announceField(): void {
    const key = this.history.lastChange?.key;
    if (key === undefined) return;
    const doc = this.document;
    const issues = key === 'json' ? (doc.parsed ? [] : doc.issues) : (this.issuesByPath.get(key) ?? []);
    const said = issues.map(formatIssue).join(' ');
    if (said === (this.saidOfField.get(key) ?? '')) return;
    this.saidOfField.set(key, said);
    this.fieldAnnouncement = said || `${key === 'json' ? 'The JSON' : key}: fixed.`;
  }

  /**
   * Keeps `doc` as the draft: its text in storage, written when typing pauses (a long guide's
   * text is megabytes, too much to write at every keystroke) and at once when the page is hidden
   * or left.
   */
  private saveDraft(doc: StudioDocument): void {
    if (doc === this.drafted) return;
    this.drafted = doc;
    const saved = saveDraft(doc.text);
    if (saved.ok) {
      this.draftProblem = '';
      this.draftMessage = `Draft kept in this browser at ${this.time(saved.value.savedAt)}.`;
    } else {
      this.draftProblem = saved.problem;
    }
  }

  /** The page is going: the draft takes the document as it is, typing paused or not. */
  private readonly saveDraftNow = (): void => {
    this.saveDraft(this.document);
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.saveDraftNow();
  };

  private time(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  }

  /** A new present document; `key` joins a run of keystrokes in one place into one step of undo. */
  private change(doc: StudioDocument, key?: string): void {
    this.history = recordChange(this.history, doc, key);
  }

  private editAt(path: Path, value: unknown, typing: boolean): void {
    // A keystroke that leaves the value as it was ("100.000" → "100.000 ") changes nothing.
    if (!this.document.parsed || Object.is(valueAt(this.document.value, path), value)) return;
    this.unexported = true;
    this.change(documentFromValue(withValueAt(this.document.value, path, value, SCHEMA)), typing ? pathText(path) : undefined);
  }

  /**
   * Ctrl+Z and Ctrl+Shift+Z (⌘ on a Mac; Ctrl+Y too) anywhere in Edit step through the studio's
   * history, in place of a field's own undo: every edit is in the history, and a field's own undo
   * would change its text behind the document's back.
   */
  private onEditKeyDown(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const wantsRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (key !== 'z' && !wantsRedo) return;
    event.preventDefault();
    this.history = wantsRedo ? redo(this.history) : undo(this.history);
  }

  private editText(text: string): void {
    this.unexported = true;
    this.change(documentFromText(text), 'json');
  }

  /** Asks before the page goes while there are changes the editor has not taken away. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unexported) return;
    event.preventDefault();
    // Older engines ask only when returnValue is set.
    event.returnValue = '';
  };

  /**
   * Opens a document from Start: through the history, so what was there before is one Undo away.
   * `from` is where the snippets can load it from while it stays unchanged (design note 8); the
   * address field takes an opened address, and forgets one that was another guide's.
   */
  private open(doc: StudioDocument, what: string, from?: GuideChoice): void {
    const before = this.document;
    this.change(doc);
    // The present document: the one there before when `doc` says the same (the history keeps it).
    this.opened = from && { doc: this.document, from };
    this.uploadedUrl = from?.kind === 'url' ? from.url : '';
    this.typed = new Map();
    const replaced = before.text !== blankDocument().text && before.text !== doc.text;
    const problems = doc.issues.length;
    this.startProblem = '';
    this.startMessage =
      `Opened ${what}` +
      (doc.parsed ? (problems > 0 ? `, with ${problems} ${problems === 1 ? 'problem' : 'problems'} to fix.` : '.') : ': it is not JSON yet; the JSON view shows why.') +
      (replaced ? ' The guide you had before is one Undo away.' : '');
  }

  private async openSample(): Promise<void> {
    const guide = BUNDLED_GUIDES.find((entry) => entry.id === this.sample) ?? BUNDLED_GUIDES[0];
    try {
      const response = await fetch(new URL(`${guide.id}.json`, BUNDLED_BASE));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.open(documentFromText(await response.text()), `the sample “${guide.title}”`, { kind: 'bundled', id: guide.id });
    } catch (error) {
      this.startProblem = `The sample could not be loaded (${error instanceof Error ? error.message : 'unknown error'}). Nothing changed.`;
    }
  }

  private openPasted(): void {
    this.open(documentFromText(this.pasted), 'the pasted JSON');
    // The document has it now (and the draft, and undo): a long text left in the box would be
    // laid out and compared at every keystroke after.
    this.pasted = '';
  }

  private async onFileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.openFile(file);
    // The same file again is a change too.
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    // Accepting the drop: without this the browser opens the file in place of the studio.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dropping = true;
  }

  private async onDrop(event: DragEvent): Promise<void> {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.dropping = false;
    await this.openFile(file);
  }

  private async openFile(file: File): Promise<void> {
    const name = `“${file.name.slice(0, 80)}”`;
    try {
      this.open(documentFromText(await file.text()), name);
    } catch {
      this.startProblem = `The file ${name} could not be read. Nothing changed.`;
    }
  }

  /** Opens the guide at the address typed in Start, as the text its server sends. */
  private async openUrl(): Promise<void> {
    const parsed = parseGuideUrl(this.urlText);
    if ('problem' in parsed) {
      this.startProblem = parsed.problem;
      return;
    }
    try {
      const response = await fetch(parsed.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' }, credentials: 'omit' });
      if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
      this.open(documentFromText(await response.text()), `the guide at ${parsed.url}`, { kind: 'url', url: parsed.url });
    } catch (error) {
      const reason =
        error instanceof Error && error.message.startsWith('the server')
          ? error.message
          : 'the network failed, or its server does not let other sites read it (CORS)';
      this.startProblem = `The guide at ${parsed.url} could not be opened: ${reason}. Nothing changed.`;
    }
  }

  private openBlank(): void {
    this.open(blankDocument(), 'a blank guide');
  }

  private changeNumberLocale(locale: string): void {
    this.numberLocale = locale;
    // What was typed was read in the old locale: the fields show their numbers in the new one.
    this.typed = new Map();
  }

  private toggleSection(key: string, open: boolean): void {
    if (this.openSections.has(key) === open) return;
    const next = new Set(this.openSections);
    if (open) next.add(key);
    else next.delete(key);
    this.openSections = next;
  }

  /** Follows a link of the summary: opens the field's section, then focuses the field (or its nearest drawn parent). */
  private async goToIssue(event: Event, path: string): Promise<void> {
    event.preventDefault();
    const section = pathKeys(path)[0];
    if (typeof section === 'string' && this.querySelector(`#section-${CSS.escape(section)}`)) this.toggleSection(section, true);
    if (path === '' || !this.document.parsed) this.jsonOpen = true;
    await this.updateComplete;
    for (let at: string | undefined = path; at !== undefined; at = parentPathText(at)) {
      const target = at === '' ? this.querySelector<HTMLElement>('#json-text') : document.getElementById(fieldId(pathKeys(at)));
      if (target) {
        target.focus();
        target.scrollIntoView({ block: 'center' });
        return;
      }
    }
  }

  private download(): void {
    const doc = this.document;
    // A document that is not JSON is saved as the text it is: the file is never less than the editor has.
    const text = doc.parsed ? guideFileText(doc.value, SCHEMA_URL) : doc.text;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = guideFileName(doc.value);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.downloadStatus = `Downloaded ${link.download}.`;
    this.unexported = false;
  }

  private setLook(change: Partial<Look>): void {
    this.look = { ...this.look, ...change };
  }
}

/** What the script and iframe snippets load, and what Publish says of it (design note 8). */
interface SnippetSource {
  /** The guide they load: undefined while there is no address and no unchanged sample. */
  readonly guide: GuideChoice | undefined;
  /** Said above them when they load the guide just as it was opened; else ''. */
  readonly unchanged: string;
  /** Said at the address when the guide was opened from there and changed since; else ''. */
  readonly stale: string;
}

/**
 * Where the script and iframe snippets load the guide from: the address the editor gives (opening
 * an address fills it in; undefined while the field is empty), else the bundled sample while `doc`
 * is that sample as opened. An address that is not one gives no snippets: its field says why.
 */
function snippetSource(doc: StudioDocument, opened: { readonly doc: StudioDocument; readonly from: GuideChoice } | undefined, address: ReturnType<typeof parseGuideUrl> | undefined): SnippetSource {
  const unchanged = opened?.doc === doc;
  if (address && 'problem' in address) return { guide: undefined, unchanged: '', stale: '' };
  if (address) {
    const openedHere = opened?.from.kind === 'url' && opened.from.url === address.url;
    return {
      guide: { kind: 'url', url: address.url },
      unchanged: openedHere && unchanged ? 'The guide is the one at this address, unchanged: these snippets load it from there.' : '',
      stale: openedHere && !unchanged ? 'The guide at this address does not have your changes yet: upload the downloaded file there.' : '',
    };
  }
  if (unchanged && opened.from.kind === 'bundled') return { guide: opened.from, unchanged: 'The guide is the bundled sample, unchanged: these snippets load it from here.', stale: '' };
  return { guide: undefined, unchanged: '', stale: '' };
}

/** Whether a value is an object a section check can read (not necessarily a valid guide). */
function isGuideObject(value: unknown): value is Guide {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/** One of the preview's choices: a labelled select of `options`, the one whose id is `value` selected. */
function renderSelect(
  id: string,
  label: string,
  options: readonly { readonly id: string; readonly name: string; readonly lang?: string | undefined }[],
  value: string | undefined,
  onChange: (id: string) => void,
): TemplateResult {
  return html`<div class="control">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${options.map((option) => html`<option value=${option.id} lang=${option.lang ?? nothing} .selected=${live(value === option.id)}>${option.name}</option>`)}
    </select>
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-studio': CareerStudio;
  }
}
