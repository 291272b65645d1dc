import '../element/hydrate.js';
import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { formatAsOf } from '../chart/as-of.js';
import { formatPercent } from '../chart/format.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { headingTag } from '../element/heading.js';
import { WordsController } from '../element/words-controller.js';
import { wholeGuide } from '../contract/sections.js';
import type { Words } from '../i18n/messages.js';
import { enGuide } from '../i18n/en.js';
import { guideStyles } from './guide.styles.js';
import { guideReserved } from './guide.reserved.js';
import { guideSections, safeHttpUrl, type GuideSectionId } from './guide.sections.js';
import { OccupationController } from './structured-data.js';
import '../balance/balance.js';
import '../day/day.js';
import '../demand/demand.js';
import '../facts/facts.js';
import '../salary/salary.js';
import '../skills/skills.js';
import '../tiers/tiers.js';

/**
 * The whole career guide in one tag: every section of the guide in the order of the career-guide
 * page, with the chart elements for the figures, the text sections, and a table of contents.
 * The guide is fetched once and handed to the charts inside, which make no request of their own.
 * In the browser it also states the guide as schema.org `Occupation` JSON-LD in the page's head,
 * one per page (see `structured-data`).
 *
 * Keyboard: Tab goes through the contents (Enter jumps to a section and moves focus to its
 * heading), each chart (one stop each, keys as in its own element), the links and the FAQ
 * questions (Enter or Space opens and closes an answer).
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary A whole career guide: charts, text sections and a table of contents.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 *
 * @csspart article - The guide's article element.
 * @csspart toc - The table of contents.
 * @csspart section - Every section.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide with nothing to show.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-guide-max-width=56rem] - Widest the article grows.
 * @cssprop [--career-guide-gap=2rem] - Space between sections.
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=1rem] - Base font size.
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-accent=#1d4ed8] - Link and accent color.
 * @cssprop [--career-border=#d1d5db] - Rules and borders.
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 */
@customElement('career-guide')
export class CareerGuide extends GuideElement<GuideLayout, 'guide'> {
  static override styles: CSSResultGroup = [GuideElement.styles, guideStyles, guideReserved];

  /** What it shows, and so all it validates: the whole guide. */
  protected override readonly shows = wholeGuide;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { guide: enGuide });

  /** The browser lays the guide out: it draws once, at any width, on a server too. */
  protected override readonly followsWidth = false;
  protected override readonly printsSources = false;

  /** The level of the guide's title heading (1–6); sections are one level below, so the guide fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 2;

  /** Which sections to show, in order, separated by spaces or commas (e.g. `"salary tiers faq"`); default: all. */
  @property({ reflect: true }) sections: string | undefined;

  /** `off` keeps the guide's schema.org Occupation (JSON-LD) out of the page; by default the page's first guide adds it to the head. */
  @property({ attribute: 'structured-data', reflect: true }) structuredData: 'on' | 'off' | undefined;

  /** The guide's Occupation structured data in the page, stating the sections shown. */
  protected readonly occupation = new OccupationController(this, () => [this.structuredData === 'off' ? undefined : this.guide, this.sections]);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.restoreAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.restoreAfterPrint);
  }

  protected override hasSection(guide: Guide): boolean {
    return guide.title !== undefined || guide.summary !== undefined || guideSections(guide, this.sections).length > 0;
  }

  protected override emptyMessage(words: Words<'guide'>): string {
    return words.guide.empty;
  }

  /** The guide is text and elements, laid out by the browser: its layout is the guide in a language. */
  protected override layout(guide: Guide, { locale }: LayoutOptions<'guide'>): GuideLayout {
    return { guide, locale };
  }

  protected override renderChart({ guide, locale }: GuideLayout, words: Words<'guide'>): TemplateResult {
    const m = words.guide;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const ids = guideSections(guide, this.sections);
    return html`<article part="article" aria-labelledby=${guide.title ? 'guide-title' : nothing}>
      ${guide.title ? heading(level, html`<span lang=${this.guideLang}>${guide.title}</span>`, 'guide-title', 'guide-title') : nothing}
      ${guide.summary ? html`<p class="lead" lang=${this.guideLang}>${guide.summary}</p>` : nothing}
      ${ids.length > 1
        ? html`<nav class="toc" part="toc" aria-labelledby="toc-title">
            <p class="toc-title" id="toc-title">${m.contents}</p>
            <ol>
              ${ids.map((id) => html`<li><a href="#${id}" @click=${(event: Event) => this.jumpTo(event, id)}>${m.sections[id]}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${ids.map(
        (id) => html`<section part="section" aria-labelledby=${id}>
          ${heading(level + 1, html`${m.sections[id]}`, id, 'section-title')} ${this.renderContent(id, guide, level + 2, locale, m)}
        </section>`,
      )}
    </article>`;
  }

  private renderContent(id: GuideSectionId, guide: Guide, sub: number, locale: string, m: Words<'guide'>['guide']): unknown {
    // The guide's own text in its language; the headings around it are the element's words.
    const lang = this.guideLang;
    const paragraphs = (text: readonly string[] | undefined) => text?.map((paragraph) => html`<p lang=${lang}>${paragraph}</p>`) ?? nothing;
    const bullets = (items: readonly string[] | undefined) => (items?.length ? html`<ul lang=${lang}>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing);
    const link = (text: string, url: string | undefined) => html`<span lang=${lang}>${linkTo(text, url)}</span>`;
    const chart = (tag: TemplateResult) => html`<div class="chart">${tag}</div>`;
    switch (id) {
      case 'facts':
        return chart(html`<career-facts .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-facts>`);
      case 'demand':
        return chart(html`<career-demand .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-demand>`);
      case 'salary':
        return html`${chart(html`<career-salary .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-salary>`)}
        ${guide.salary?.topEarners?.note ? html`<p lang=${lang}>${guide.salary.topEarners.note}</p>` : nothing}`;
      case 'core-functions':
        return paragraphs(guide.coreFunctions);
      case 'responsibilities':
        return bullets(guide.responsibilities);
      case 'work-setting':
        return paragraphs(guide.workSetting);
      case 'tech-stack':
        return html`<ul class="chips" lang=${lang}>${guide.techStack?.map((tool) => html`<li>${tool}</li>`)}</ul>`;
      case 'qualifications': {
        const q = guide.qualifications;
        return html`${q?.education?.length ? html`${heading(sub, html`${m.education}`, undefined, 'subsection-title')}${paragraphs(q.education)}` : nothing}
          <div class="columns">
            ${q?.techSkills?.length ? html`<div>${heading(sub, html`${m.techSkills}`, undefined, 'subsection-title')}${bullets(q.techSkills)}</div>` : nothing}
            ${q?.softSkills?.length ? html`<div>${heading(sub, html`${m.softSkills}`, undefined, 'subsection-title')}${bullets(q.softSkills)}</div>` : nothing}
          </div>`;
      }
      case 'path':
        return paragraphs(guide.pathToRole);
      case 'required-education':
        return paragraphs(guide.requiredEducation);
      case 'tiers':
        return chart(html`<career-tiers .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-tiers>`);
      case 'global-outlook':
        return paragraphs(guide.globalOutlook);
      case 'job-market': {
        const j = guide.jobMarket;
        const part = (title: string, text: readonly string[] | undefined) =>
          text?.length ? html`${heading(sub, html`${title}`, undefined, 'subsection-title')}${paragraphs(text)}` : nothing;
        return html`${part(m.challenges, j?.challenges)}${part(m.growthPaths, j?.growthPaths)}${part(m.trends, j?.trends)}`;
      }
      case 'day':
        return chart(html`<career-day .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-day>`);
      case 'work-life':
        return chart(html`<career-balance .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing}></career-balance>`);
      case 'skills':
        // The skill map writes its own intro, and its level headings sit one below this section's.
        return chart(html`<career-skills .data=${guide} locale=${locale} theme=${this.theme} downloads=${this.downloads ?? nothing} heading-level=${Math.min(6, sub)}></career-skills>`);
      case 'pros-cons':
        return html`<div class="columns pros-cons">
          ${guide.prosCons?.pros?.length ? html`<div class="pros">${heading(sub, html`${m.pros}`, undefined, 'subsection-title')}${bullets(guide.prosCons.pros)}</div>` : nothing}
          ${guide.prosCons?.cons?.length ? html`<div class="cons">${heading(sub, html`${m.cons}`, undefined, 'subsection-title')}${bullets(guide.prosCons.cons)}</div>` : nothing}
        </div>`;
      case 'mistakes':
        return bullets(guide.mistakes);
      case 'advice':
        return bullets(guide.advice);
      case 'case-studies':
        return guide.caseStudies?.map(
          (study) => html`<div class="case">
            ${heading(sub, html`<span lang=${lang}>${study.title}</span>`, undefined, 'subsection-title')} ${paragraphs(study.story)}
            ${study.takeaway ? html`<p><strong>${m.takeaway}</strong> <span lang=${lang}>${study.takeaway}</span></p>` : nothing}
          </div>`,
        );
      case 'portfolio':
        return paragraphs(guide.portfolioTips);
      case 'outlook': {
        const o = guide.outlook;
        const source = o?.source;
        return html`<dl class="figures">
          ${o?.growthRate ? html`<dt>${m.growthRate}</dt><dd>${formatPercent(o.growthRate.value, locale)}</dd>` : nothing}
          ${o?.status ? html`<dt>${m.status}</dt><dd lang=${lang}>${o.status}</dd>` : nothing}
          ${source ? html`<dt>${m.source}</dt><dd>${link(source.name, source.url)}${o?.asOf ? html` (${m.asOf} ${formatAsOf(o.asOf, locale)})` : nothing}</dd>` : nothing}
        </dl>`;
      }
      case 'related-roles':
        return html`<ul>${guide.relatedRoles?.map((role) => html`<li>${link(role.title, role.url)}</li>`)}</ul>`;
      case 'faq':
        return guide.faq?.map(
          (entry) => html`<details>
            <summary lang=${lang}>${entry.question}</summary>
            <p lang=${lang}>${entry.answer}</p>
          </details>`,
        );
      case 'sources':
        return html`<ul>${guide.sources?.map((source) => html`<li>${link(source.title, source.url)}</li>`)}</ul>`;
    }
  }

  /**
   * In-page links cannot reach into a shadow root by fragment, so the table of contents scrolls
   * and moves focus itself; the href stays for "copy link" and for readers that show it.
   */
  private jumpTo(event: Event, id: GuideSectionId): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  private openedForPrint: HTMLDetailsElement[] = [];

  /** Printing shows every answer; the reader's open and closed ones come back afterwards. */
  private openForPrint = (): void => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const details of this.openedForPrint) details.open = true;
  };

  private restoreAfterPrint = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };
}

/** A heading of the given level (clamped to 1–6), as a real h1–h6 element. */
function heading(level: number, content: TemplateResult, id: string | undefined, className: string): TemplateResult {
  const tag = headingTag(level, 2);
  // A focus target for the table of contents, not a tab stop.
  return staticHtml`<${tag} id=${id ?? nothing} class=${className} tabindex=${id ? '-1' : nothing}>${content}</${tag}>`;
}

/** A link when the URL is http(s), else the text alone: data never chooses a scheme. */
function linkTo(text: string, url: string | undefined): TemplateResult {
  const href = safeHttpUrl(url);
  return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>` : html`${text}`;
}

/** What `<career-guide>` renders: the guide, in a language. */
interface GuideLayout {
  readonly guide: Guide;
  readonly locale: string;
  /**
   * None: the guide is rendered whole, never skipped off screen. Its height is too varied to
   * keep without drawing it, and the charts inside skip their own rendering. `never`, not
   * `undefined`: the shipped .d.ts must also satisfy `Partial<BlockHeight>` in a project with
   * `exactOptionalPropertyTypes`.
   */
  readonly blockHeight?: never;
}

declare global {
  interface HTMLElementTagNameMap {
    'career-guide': CareerGuide;
  }
}
