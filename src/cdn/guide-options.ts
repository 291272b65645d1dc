/**
 * The whole guide's options, as the studio's preview offers them: the heading level
 * of its title and the sections to show, with "select all" and "clear all".
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { GUIDE_SECTIONS, type GuideSectionId } from '../guide/guide.sections.js';
import { enGuide } from '../i18n/en.js';

/** What the options show, and where a choice goes. */
export interface GuideOptions {
  /** Before each control's id, so that a page can hold other controls named like these. */
  readonly idPrefix: string;
  readonly headingLevel: number;
  readonly sections: ReadonlySet<GuideSectionId>;
  onHeadingLevel(level: number): void;
  onSections(sections: ReadonlySet<GuideSectionId>): void;
}

/** Draws the whole guide's options as a fieldset. */
export function renderGuideOptions(options: GuideOptions): TemplateResult {
  // The guide's words alone: the page carries no other element's.
  const names = enGuide.sections;
  const id = (name: string) => `${options.idPrefix}${name}`;
  const toggle = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next = new Set(options.sections);
    if (input.checked) next.add(input.value as GuideSectionId);
    else next.delete(input.value as GuideSectionId);
    options.onSections(next);
  };
  return html`<fieldset class="group">
    <legend>Whole guide</legend>
    <div class="field">
      <label for=${id('heading-level')}>Heading level of the guide’s title</label>
      <select
        id=${id('heading-level')}
        name="heading-level"
        aria-describedby=${id('heading-level-hint')}
        @change=${(event: Event) => options.onHeadingLevel(Number((event.target as HTMLSelectElement).value) || 2)}
      >
        ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} .selected=${live(options.headingLevel === level)}>Level ${level} (h${level})</option>`)}
      </select>
      <p class="hint" id=${id('heading-level-hint')}>Sections get the level below. Choose level 2 when your post already has its own title.</p>
    </div>
    <fieldset class="subgroup">
      <legend>Sections to show</legend>
      <div class="tools">
        <button type="button" class="small" @click=${() => options.onSections(new Set(GUIDE_SECTIONS))}>Select all</button>
        <button type="button" class="small" @click=${() => options.onSections(new Set())}>Clear all</button>
      </div>
      <ul class="checks">
        ${GUIDE_SECTIONS.map(
          (section) => html`<li>
            <input type="checkbox" name="sections" id=${id(`section-${section}`)} value=${section} .checked=${live(options.sections.has(section))} @change=${toggle} />
            <label for=${id(`section-${section}`)}>${names[section]}</label>
          </li>`,
        )}
      </ul>
      <p class="field-error" aria-live="polite">${options.sections.size === 0 ? 'Choose at least one section.' : ''}</p>
    </fieldset>
  </fieldset>`;
}
