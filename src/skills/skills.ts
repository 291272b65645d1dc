import '../element/hydrate.js';
import { html, nothing, svg, type CSSResultGroup, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { customElement } from '../element/define.js';
import type { Guide } from '../contract/schema.js';
import { placeAt } from '../element/cssom-style.js';
import { GuideElement, type LayoutOptions } from '../element/guide-element.js';
import { headingTag } from '../element/heading.js';
import { guidePart, skillMapSection } from '../contract/sections.js';
import { renderFigure } from '../element/figure.js';
import { MarksController } from '../element/marks-controller.js';
import { WordsController } from '../element/words-controller.js';
import type { Words } from '../i18n/messages.js';
import { enSkills } from '../i18n/en.js';
import { skillsStyles } from './skills.styles.js';
import { skillsReserved } from './skills.reserved.js';
import {
  skillsHighlight,
  skillsLayout,
  type LevelNode,
  type SkillsHighlight,
  type SkillsLayout,
} from './skills.layout.js';

/**
 * The skill map of a role: its levels in order, from foundational to advanced, each with its
 * skills, and curves from every skill to the level it leads to. Columns when the container is
 * wide, levels stacked when it is narrow. The text is a real ordered list of levels with
 * headings and lists of skills, so screen readers and keyboards get the structure, not a picture.
 *
 * Keyboard: Tab reaches the map as one stop; the arrows move through the levels and their skills
 * in reading order, Home and End jump to the first and last, Enter or Space selects one: its path
 * stays traced, its words underlined and its readout shown, and it is `aria-current`, until Escape
 * or another selection. The map stays a headed list rather than a listbox, so that the levels
 * remain headings. While it traces nothing, the readout line says how to trace a path.
 *
 * The guide comes from the `data` property, else the `src` or `career` attribute, else a
 * `<script type="application/json">` child holding the guide's JSON (which server-rendered
 * HTML carries, see `career-widgets/ssr`).
 *
 * @summary The skill map: levels in order with their skills, linked level to level by curves.
 *
 * @fires career-load - The guide was loaded and validated; `detail.guide`, `detail.source`, `detail.empty`.
 * @fires career-error - The guide could not be loaded or is invalid; `detail.kind`, `detail.message`, `detail.issues`.
 * @fires career-select - A reader selected a level or a skill (click, Enter or Space); `detail.kind` is `skill-level` or `skill`, `detail.value` the level's index (0 for the first).
 *
 * @csspart figure - The map with its caption.
 * @csspart chart - The box that holds the map's text and curves.
 * @csspart links - The SVG drawing of the curves (decorative).
 * @csspart level - One level: its heading, summary and skills.
 * @csspart level-heading - A level's heading, with its number badge.
 * @csspart badge - The circled number of a level.
 * @csspart skill - One skill's box.
 * @csspart downloads-toggle - The "Download" button under the chart (`aria-expanded`), which shows the download choices and hides them again; absent with `downloads="off"`.
 * @csspart download-choices - The download choices: the figures as CSV or copied; and what copying came to.
 * @csspart placeholder - The space reserved while the guide loads.
 * @csspart empty - The message for a guide without a skill map.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The retry button shown for network errors.
 *
 * @cssprop [--career-font=system-ui] - Font family.
 * @cssprop [--career-font-size=0.875rem] - Base font size (the map's own text is set in px to match its layout).
 * @cssprop [--career-ink=#1f2937] - Text color.
 * @cssprop [--career-muted=#4b5563] - Secondary text color, and the curves.
 * @cssprop [--career-surface=#ffffff] - Background color.
 * @cssprop [--career-border=#d1d5db] - Border color of skill boxes and state boxes.
 * @cssprop [--career-accent=#1d4ed8] - Badges and the traced path.
 * @cssprop [--career-accent-ink=#ffffff] - Text on accent color (the traced level's badge, buttons).
 * @cssprop [--career-focus=#1d4ed8] - Focus ring color.
 * @cssprop [--career-error=#b91c1c] - Error text and border color.
 * @cssprop [--career-skeleton=#eef0f3] - Placeholder shapes while loading.
 * @cssprop [--career-radius=6px] - Corner radius of boxes and buttons.
 * @cssprop [--career-content-visibility=auto] - `visible` draws the chart even while it is off screen, where the browser otherwise skips its style, layout and paint.
 */
@customElement('career-skills')
export class CareerSkills extends GuideElement<SkillsLayout, 'skills'> {
  static override styles: CSSResultGroup = [GuideElement.styles, skillsStyles, skillsReserved];

  /** What it shows, and so all it validates: the header and this section. */
  protected override readonly shows = guidePart(skillMapSection);

  /** The level of the levels' headings (2–6), so the map fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 3;

  protected override readonly hasFigures = true;

  protected override readonly words = new WordsController(this, () => this.resolvedLocale, { skills: enSkills });

  private readonly marks = new MarksController(this, {
    count: () => this.drawnLayout?.marks.length ?? 0,
    activate: (index) => {
      const mark = this.drawnLayout?.marks[index];
      if (mark) this.select({ kind: mark.kind === 'level' ? 'skill-level' : 'skill', id: mark.id, label: mark.label, value: mark.level });
    },
    rtl: () => this.page.rightToLeft,
  });

  protected override hasSection(guide: Guide): boolean {
    return (guide.skillMap?.levels.length ?? 0) > 0;
  }

  protected override emptyMessage(words: Words<'skills'>): string {
    return words.skills.empty;
  }

  protected override layout(guide: Guide, options: LayoutOptions<'skills'>): SkillsLayout {
    return skillsLayout(guide.skillMap!, options);
  }

  protected override renderChart(layout: SkillsLayout, words: Words<'skills'>, ids: string): unknown {
    const pinned = this.marks.pinned;
    const lit = skillsHighlight(layout, pinned);
    return renderFigure({
      title: layout.title,
      summary: layout.summary,
      keys: words.keyboardHint,
      readout: pinned === undefined ? '' : (layout.marks[pinned]?.readout ?? ''),
      cue: words.cue,
      readoutLines: layout.readoutLines,
      captionLines: layout.captionLines,
      downloads: this.downloadsMenu(words, layout.width),
      ids,
      chart: html`<div
        class="map ${layout.narrow ? 'is-narrow' : 'is-wide'} ${pinned === undefined ? '' : 'is-tracing'}"
        part="chart"
        style=${placeAt({ height: layout.height })}
      >
        ${svg`<svg class="links" part="links" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
          ${layout.links.map((link, i) => svg`<path class="link ${lit.links.has(i) ? 'is-on' : ''}" d=${link.path}></path>`)}
          ${layout.links.map((link, i) => svg`<circle class="port ${lit.links.has(i) ? 'is-on' : ''}" cx=${link.port.x} cy=${link.port.y} r="3"></circle>`)}
        </svg>`}
        ${layout.intro ? html`<p class="intro" lang=${this.guideLang} style=${placeAt(layout.intro.box)}>${layout.intro.text}</p>` : nothing}
        <ol class="levels" aria-labelledby="title${ids}" aria-describedby="hint${ids}" ${this.marks.container()}>
          ${layout.levels.map((level) => this.renderLevel(level, lit))}
        </ol>
      </div>`,
    });
  }

  private renderLevel(level: LevelNode, lit: SkillsHighlight): TemplateResult {
    const showing = this.marks.pinned === level.mark;
    const heading = this.heading(
      html`<span class="badge" part="badge" aria-hidden="true">${level.number}</span><span class="visually-hidden">${level.position}: </span
        ><span class="title" lang=${this.guideLang}>${level.title}</span>`,
      level.mark,
    );
    // Heading and summary flow in the header block, so the summary follows the title however
    // many lines the browser gives it (never more than the layout estimated).
    return html`<li class="level ${lit.levels.has(level.index) && !showing ? 'is-linked' : ''}" part="level">
      <div class="level-head" style=${placeAt(level.header)}>
        ${heading}
        ${level.summary ? html`<p class="level-summary" lang=${this.guideLang}>${level.summary}</p>` : nothing}
        ${level.buildsOn ? html`<p class="visually-hidden">${level.buildsOn}</p>` : nothing}
      </div>
      ${level.skills.length
        ? html`<ul class="skills" lang=${this.guideLang}>
            ${level.skills.map(
              (skill) =>
                html`<li
                  class="skill mark ${this.pinnedClass(skill.mark)}"
                  part="skill"
                  tabindex=${this.marks.tabindex(skill.mark)}
                  aria-current=${this.current(skill.mark)}
                  data-mark=${skill.mark}
                  style=${placeAt(skill.box)}
                >${skill.label}</li>`,
            )}
          </ul>`
        : nothing}
    </li>`;
  }

  /** A level's heading as a real h2–h6, focusable as one of the map's marks (mark `index`). */
  private heading(content: TemplateResult, index: number): TemplateResult {
    const tag = headingTag(this.headingLevel, 3, 2);
    return staticHtml`<${tag} class="level-heading mark ${this.pinnedClass(index)}" part="level-heading" tabindex=${this.marks.tabindex(index)} aria-current=${this.current(index)} data-mark=${index}>${content}</${tag}>`;
  }

  /** `is-showing` for the mark whose path is traced: the hovered or focused one, else the selected one. */
  private pinnedClass(index: number): string {
    return index === this.marks.pinned ? 'is-showing' : '';
  }

  /**
   * The selected mark's state: `aria-current`, which headings and list items may carry, where a
   * listbox's options would carry `aria-selected`.
   */
  private current(index: number): 'true' | typeof nothing {
    return index === this.marks.selected ? 'true' : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-skills': CareerSkills;
  }
}
