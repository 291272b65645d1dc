import { expect } from '@open-wc/testing';
import { dayLayout } from '../src/day/day.layout.js';
import { salaryLayout } from '../src/salary/salary.layout.js';
import { tiersLayout } from '../src/tiers/tiers.layout.js';
import { de } from '../src/i18n/de.js';
import { en, type Messages } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { sampleGuide } from './support/guides.js';

/**
 * Ranges in accessible text (accessible names, summaries, the tables) say "to" in the reader's
 * language: a screen reader may read an en dash as nothing, and "$70,000 $130,000" is two
 * figures, not a range. What is drawn may keep the dash.
 */
const languages: [string, Messages, string][] = [
  ['en-US', en, ' to '],
  ['de-DE', de, ' bis '],
  ['fr-FR', fr, ' à '],
  ['es-ES', es, ' a '],
];
const DASH = /[\d$€]\s?[–-]\s?[\d$€]/u;

describe('ranges in accessible text say "to"', () => {
  for (const [locale, messages, to] of languages) {
    describe(locale, () => {
      const guide = sampleGuide();
      const options = { width: 720, locale, messages };

      it('salary: the range’s name and its table row', () => {
        const layout = salaryLayout(guide.salary!, options);
        const range = layout.marks.find((mark) => mark.kind === 'range')!;
        const row = layout.table[0]!.value;
        for (const spoken of [range.ariaLabel, row, layout.summary]) {
          expect(spoken, spoken).not.to.match(DASH);
        }
        expect(range.ariaLabel).to.include(to);
        expect(row).to.include(to);
      });

      it('tiers: every tier’s name, the summary and the table’s years', () => {
        const layout = tiersLayout(guide.tiers!, { ...options, salary: guide.salary });
        const closed = layout.marks.filter((mark) => mark.years.max !== null && mark.years.max !== mark.years.min);
        expect(closed.length).to.be.greaterThan(0);
        for (const mark of closed) expect(mark.ariaLabel).to.include(to).and.not.match(DASH);
        for (const row of layout.table) expect(row.years).not.to.match(DASH);
        expect(layout.summary).not.to.match(DASH);
        // What is drawn keeps its dash.
        expect(closed[0]!.yearsText).to.match(DASH);
      });

      it('day: every block’s name, the summary and the table’s times', () => {
        const layout = dayLayout(guide.day!.blocks, options);
        for (const mark of layout.marks) expect(mark.ariaLabel).to.include(to).and.not.match(DASH);
        for (const row of layout.table) expect(row.time).to.include(to).and.not.match(DASH);
        expect(layout.summary).not.to.match(DASH);
      });
    });
  }
});
