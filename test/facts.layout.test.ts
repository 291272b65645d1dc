import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import { en } from '../src/i18n/en.js';
import {
  FOUR_ACROSS_FROM,
  TWO_ACROSS_FROM,
  factsColumns,
  factsLayout,
  factsTileHeight,
  headlineFacts,
  type FactsInput,
} from '../src/facts/facts.layout.js';
import { sampleGuide } from './support/guides.js';

const messages = en;
const sample = (): FactsInput => sampleGuide();
const layoutAt = (width: number, guide: FactsInput = sample(), locale = 'en-US') => factsLayout(guide, { width, locale, messages });
const TILE = factsTileHeight();

describe('facts layout', () => {
  it('keeps the usual tile height for the figure, label and two lines of notes', () => {
    // border 1 + padding 12, twice; figure 42; label 4 + 18; notes 4 + 2 × 16.
    expect(TILE).to.equal(126);
  });

  describe('grid at each width', () => {
    // width, columns, rows, gap, tile width, row height, figure size, word size: the largest
    // sizes at which every figure and every word fits its tile by the shared estimate, which errs
    // wide; at 300px "Growing faster than average" takes three lines, and its row is taller.
    const cases: [number, number, number, number, number, number, number, number][] = [
      [1000, 4, 1, 12, 241, TILE, 28, 16],
      [720, 4, 1, 12, 171, TILE, 25, 14],
      [FOUR_ACROSS_FROM, 4, 1, 12, 161, TILE, 23, 13],
      [FOUR_ACROSS_FROM - 1, 2, 2, 12, 333.5, TILE, 28, 16],
      [NARROW_BELOW, 2, 2, 12, 254, TILE, 28, 16],
      [NARROW_BELOW - 1, 2, 2, 10, 254.5, TILE, 24, 16],
      [340, 2, 2, 10, 165, TILE, 24, 14],
      [TWO_ACROSS_FROM, 2, 2, 10, 145, TILE + 39, 22, 13],
      [TWO_ACROSS_FROM - 1, 1, 4, 10, 299, TILE, 24, 16],
      [240, 1, 4, 10, 240, TILE, 24, 16],
    ];
    for (const [width, columns, rows, gap, tileWidth, rowHeight, numberSize, wordSize] of cases) {
      it(`${width}px: ${columns} across, ${rows} row(s) ${rowHeight}px tall`, () => {
        const layout = layoutAt(width);
        expect(layout.columns).to.equal(columns);
        expect(layout.rows).to.equal(rows);
        expect(layout.gap).to.equal(gap);
        expect(layout.tileWidth).to.equal(tileWidth);
        expect(layout.rowHeight).to.equal(rowHeight);
        expect(layout.height).to.equal(rows * rowHeight + (rows - 1) * gap);
        expect(layout.metrics.numberSize).to.equal(numberSize);
        expect(layout.metrics.wordSize).to.equal(wordSize);
        expect(layout.narrow).to.equal(width < NARROW_BELOW);
      });
    }

    it('fills the grid row by row, in tile order', () => {
      expect(layoutAt(340).tiles.map((tile) => [tile.row, tile.column])).to.deep.equal([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]);
      expect(layoutAt(720).tiles.map((tile) => [tile.row, tile.column])).to.deep.equal([
        [0, 0],
        [0, 1],
        [0, 2],
        [0, 3],
      ]);
    });

    it('never has more columns than tiles', () => {
      expect(factsColumns(1000, 2)).to.equal(2);
      expect(factsColumns(1000, 1)).to.equal(1);
      expect(factsColumns(340, 1)).to.equal(1);
      expect(factsColumns(1000, 0)).to.equal(1);
    });
  });

  describe('the sample guide', () => {
    const layout = layoutAt(720);

    it('shows the four facts in order, each as printed', () => {
      expect(layout.tiles.map((tile) => tile.id)).to.deep.equal(['growthRate', 'medianSalary', 'remoteFriendly', 'outlookStatus']);
      expect(layout.tiles.map((tile) => tile.value)).to.deep.equal(['9%', '$100,000', 'Remote-friendly', 'Growing faster than average']);
      expect(layout.tiles.map((tile) => tile.label)).to.deep.equal(['growth rate', 'median salary', 'work arrangement', 'outlook']);
      expect(layout.tiles.map((tile) => tile.kind)).to.deep.equal(['number', 'number', 'word', 'word']);
    });

    it('qualifies the salary by its period and credits the outlook to its source', () => {
      expect(layout.tiles.map((tile) => tile.detail)).to.deep.equal([undefined, 'per year', undefined, undefined]);
      expect(layout.tiles.map((tile) => tile.source)).to.deep.equal([undefined, undefined, undefined, 'Source: U.S. Bureau of Labor Statistics']);
    });

    it('marks remote work with a glyph beside the word, not instead of it', () => {
      expect(layout.tiles.map((tile) => tile.glyph)).to.deep.equal([undefined, undefined, 'remote', undefined]);
    });

    it('labels each tile with its term', () => {
      expect(layout.tiles.map((tile) => tile.label)).to.deep.equal(['growth rate', 'median salary', 'work arrangement', 'outlook']);
    });

    it('summarises what the tiles are, leaving their figures to them', () => {
      expect(layout.title).to.equal('Key facts');
      expect(layout.subtitle).to.equal('Operations Engineer');
      expect(layout.summary).to.equal('Headline facts: growth rate, median salary, work arrangement, outlook.');
    });
  });

  describe('fallbacks and missing facts', () => {
    it('takes the median salary from the salary section and the growth rate from the outlook', () => {
      const guide = sample();
      guide.facts = undefined;
      const layout = layoutAt(720, guide);
      expect(layout.tiles.map((tile) => tile.id)).to.deep.equal(['growthRate', 'medianSalary', 'outlookStatus']);
      expect(layout.tiles[0]!.value).to.equal('9%');
      expect(layout.tiles[0]!.source).to.equal('Source: U.S. Bureau of Labor Statistics');
      expect(layout.tiles[1]!.value).to.equal('$100,000');
      expect(layout.tiles[1]!.detail).to.equal('per year');
      expect(layout.columns).to.equal(3);
      expect(layout.tileWidth).to.equal((720 - 2 * 12) / 3);
    });

    it('prefers the facts section to the fallbacks', () => {
      const guide = sample();
      guide.facts = { growthRate: { value: 12.5, unit: 'percent' }, medianSalary: { amount: 95_500, currency: 'USD' } };
      const layout = layoutAt(720, guide);
      expect(layout.tiles[0]!.value).to.equal('12.5%');
      expect(layout.tiles[0]!.source).to.equal(undefined);
      expect(layout.tiles[1]!.value).to.equal('$95,500');
      expect(layout.tiles[1]!.detail).to.equal(undefined);
    });

    it('writes on-site work as a word with its own glyph', () => {
      const layout = layoutAt(720, { facts: { remoteFriendly: false } });
      expect(layout.tiles).to.have.length(1);
      expect(layout.tiles[0]).to.deep.include({ value: 'On-site', glyph: 'on-site', label: 'work arrangement' });
      expect(layout.columns).to.equal(1);
      expect(layout.height).to.equal(TILE);
      expect(layout.summary).to.equal('Headline facts: work arrangement.');
    });

    it('credits each fact to its own section, with the as-of date in the reader’s language', () => {
      const guide: FactsInput = {
        facts: { growthRate: { value: 4, unit: 'percent' }, source: { name: 'Jobs Office' }, asOf: '2024' },
        salary: { country: 'GB', currency: 'GBP', period: 'hour', range: { min: 12, max: 30, basis: 'typical' }, median: 18.5, source: { name: 'ONS' }, asOf: '2024-04' },
      };
      expect(layoutAt(720, guide, 'en-GB').tiles.map((tile) => [tile.value, tile.detail, tile.source])).to.deep.equal([
        ['4%', undefined, 'Source: Jobs Office, 2024'],
        ['£18.50', 'per hour', 'Source: ONS, April 2024'],
      ]);
      expect(layoutAt(720, guide, 'de-DE').tiles[1]!.source).to.equal('Source: ONS, April 2024');
      expect(layoutAt(720, guide, 'fr-FR').tiles[1]!.source).to.equal('Source: ONS, avril 2024');
    });

    it('has no facts when no section gives one', () => {
      expect(headlineFacts({})).to.deep.equal([]);
      expect(headlineFacts({ facts: { source: { name: 'Nobody' } }, outlook: { source: { name: 'Nobody' } } })).to.deep.equal([]);
      expect(headlineFacts({ salary: { country: 'US', currency: 'USD', period: 'year', range: { min: 1, max: 2, basis: 'typical' } } })).to.deep.equal([]);
    });
  });

  describe('long values', () => {
    it('makes every row taller when a word value needs more than two lines', () => {
      const guide = sample();
      guide.outlook = { status: 'Growing much faster than the average for all occupations in most regions' };
      const layout = layoutAt(720, guide);
      expect(layout.rowHeight).to.be.greaterThan(TILE);
      expect(layout.height).to.equal(layout.rowHeight);
    });

    it('makes room for a period and a long source together', () => {
      const guide = sample();
      guide.facts = { ...guide.facts, source: { name: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics' } };
      expect(layoutAt(340, guide).rowHeight).to.be.greaterThan(TILE);
    });

    it('shrinks the figures, all alike, so the longest fits its tile', () => {
      const guide = sample();
      guide.facts = { ...guide.facts, medianSalary: { amount: 1_234_567_890, currency: 'JPY' } };
      const layout = layoutAt(340, guide);
      expect(layout.tiles[1]!.value).to.equal('¥1,234,567,890');
      expect(layout.metrics.numberSize).to.equal(18);
      expect(layout.rowHeight).to.equal(TILE);
    });
  });

  it('formats in the given locale', () => {
    const layout = layoutAt(720, sample(), 'de-DE');
    expect(layout.tiles[0]!.value).to.equal('9\u00a0%');
    expect(layout.tiles[1]!.value).to.equal('100.000\u00a0$');
  });
});
