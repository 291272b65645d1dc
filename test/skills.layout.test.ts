import { expect } from '@open-wc/testing';
import { NARROW_BELOW } from '../src/chart/layout.js';
import type { SkillMap } from '../src/contract/schema.js';
import { textWidth } from '../src/chart/text.js';
import { en } from '../src/i18n/en.js';
import {
  BADGE,
  HEADING_MIN,
  INDENT,
  MIN_COLUMN,
  SKILL_PAD,
  TEXT,
  isNarrow,
  skillsHighlight,
  skillsLayout,
  type Box,
  type SkillsLayout,
} from '../src/skills/skills.layout.js';
import { sampleGuide } from './support/guides.js';

const messages = en;
const sample = (): SkillMap => sampleGuide().skillMap!;
const layoutAt = (width: number, section = sample(), locale = 'en-US') => skillsLayout(section, { width, locale, messages });

const bottom = (box: Box) => box.y + box.height;
const right = (box: Box) => box.x + box.width;
const overlaps = (a: Box, b: Box) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
/** The numbers of an SVG path, in order. */
const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** Checks that hold for every layout: nothing overlaps, nothing leaves the chart, no text is lost. */
function expectSound(layout: SkillsLayout): void {
  const boxes = layout.levels.flatMap((level) => [level.header, ...level.skills.map((skill) => skill.box)]);
  for (const [i, a] of boxes.entries()) {
    expect(a.x, 'left edge').to.be.at.least(0);
    expect(right(a), 'right edge').to.be.at.most(layout.width + 1e-9);
    expect(bottom(a), 'bottom edge').to.be.at.most(layout.height + 1e-9);
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).to.equal(false);
  }
  for (const level of layout.levels) {
    for (const skill of level.skills) {
      // Every character is on some line: wrapped, never dropped.
      expect(skill.lines.join('').replace(/\s+/g, '')).to.equal(skill.label.replace(/\s+/g, ''));
      expect(skill.lines.length * TEXT.skill.line + 2 * SKILL_PAD.y).to.be.at.most(skill.box.height);
      for (const line of skill.lines) expect(textWidth(line, TEXT.skill.size)).to.be.at.most(skill.box.width - 2 * SKILL_PAD.x);
    }
  }
}

describe('skills layout', () => {
  describe('wide (1000px): one column per level', () => {
    const layout = layoutAt(1000);
    const column = (1000 - 2 * 48) / 3;

    it('puts the levels in columns, left to right, in order', () => {
      expect(layout.narrow).to.equal(false);
      expect(layout.levels.map((level) => level.title)).to.deep.equal(['Foundational Skills', 'Intermediate Technical Expertise', 'Advanced & Leadership Skills']);
      layout.levels.forEach((level, i) => {
        expect(level.header.x).to.be.closeTo(i * (column + 48), 1e-9);
        expect(level.header.width).to.be.closeTo(column, 1e-9);
        expect(level.header.y).to.equal(layout.intro!.box.height + 16);
      });
      expect(right(layout.levels[2]!.header)).to.be.closeTo(1000, 1e-9);
    });

    it('lines the skills up row by row across the columns, in boxes of one height', () => {
      const [first, second, third] = layout.levels;
      first!.skills.forEach((skill, k) => {
        expect(second!.skills[k]!.box.y).to.equal(skill.box.y);
        expect(third!.skills[k]!.box.y).to.equal(skill.box.y);
      });
      const heights = new Set(layout.levels.flatMap((level) => level.skills.map((skill) => skill.box.height)));
      expect([...heights]).to.deep.equal([2 * TEXT.skill.line + 2 * SKILL_PAD.y]);
      expect(first!.skills[1]!.box.y - first!.skills[0]!.box.y).to.equal(46 + 8);
      // Skills start below the tallest header.
      const headers = Math.max(...layout.levels.map((level) => bottom(level.header)));
      expect(first!.skills[0]!.box.y).to.equal(headers + 12);
      expect(layout.height).to.equal(bottom(first!.skills[4]!.box));
    });

    it('wraps long skill names onto two lines and short ones not at all', () => {
      const sre = layout.levels[2]!.skills[0]!;
      expect(sre.label).to.equal('Site Reliability Engineering (SLOs, SLIs, Error Budgets)');
      expect(sre.lines).to.have.length(2);
      expect(layout.levels[0]!.skills[4]!.lines).to.deep.equal(['Version Control with Git']);
      expectSound(layout);
    });

    it('places the number badge on the first line of each title', () => {
      for (const level of layout.levels) {
        expect(level.badge).to.deep.equal({ cx: level.header.x + BADGE / 2, cy: level.header.y + TEXT.title.line / 2, r: BADGE / 2 });
        // Whole lines, and a one-line title at least the 24px of a pointer target.
        expect([HEADING_MIN, 2 * TEXT.title.line, 3 * TEXT.title.line]).to.include(level.heading.height);
      }
      expect(layout.levels.map((level) => level.number)).to.deep.equal(['1', '2', '3']);
      expect(layout.levels[1]!.summaryBox!.x).to.equal(layout.levels[1]!.header.x + INDENT);
    });

    it('links every skill but the last level’s to the next level’s badge, with horizontal curves', () => {
      expect(layout.links).to.have.length(10);
      expect(layout.links.map((link) => `${link.from.level}.${link.from.skill}>${link.to}`)).to.deep.equal([
        '0.0>1', '0.1>1', '0.2>1', '0.3>1', '0.4>1',
        '1.0>2', '1.1>2', '1.2>2', '1.3>2', '1.4>2',
      ]);
      for (const link of layout.links) {
        const box = layout.levels[link.from.level]!.skills[link.from.skill]!.box;
        const badge = layout.levels[link.to]!.badge;
        expect(link.port).to.deep.equal({ x: right(box), y: box.y + box.height / 2 });
        // linkHorizontal: M source C (mid, source.y) (mid, target.y) target.
        const [x0, y0, c1x, c1y, c2x, c2y, x1, y1] = numbers(link.path);
        expect(link.path).to.match(/^M[^C]+C/);
        expect([x0, y0]).to.deep.equal([round(right(box)), round(box.y + box.height / 2)]);
        expect([x1, y1]).to.deep.equal([round(badge.cx - badge.r), round(badge.cy)]);
        expect(c1x).to.equal(c2x);
        expect([c1y, c2y]).to.deep.equal([y0, y1]);
        // The curve stays in the gap between the columns.
        expect(c1x).to.be.greaterThan(x0!).and.lessThan(x1!);
      }
    });

    it('says what the map holds in one sentence', () => {
      expect(layout.title).to.equal('Skill map');
      // The headings say the titles and the lists the skills: the summary says how many, and how the levels relate.
      expect(layout.summary).to.equal('A skill map in 3 levels with 15 skills, each level building on the one before.');
      expect(layout.intro!.text).to.match(/^This map outlines the core competencies/);
    });

    it('lists the marks in reading order: each level, then its skills', () => {
      expect(layout.marks).to.have.length(18);
      expect(layout.marks.slice(0, 7).map((mark) => `${mark.kind}:${mark.id}`)).to.deep.equal([
        'level:foundational',
        'skill:foundational-1',
        'skill:foundational-2',
        'skill:foundational-3',
        'skill:foundational-4',
        'skill:foundational-5',
        'level:intermediate',
      ]);
      layout.levels.forEach((level) => {
        expect(layout.marks[level.mark]!.label).to.equal(level.title);
        level.skills.forEach((skill) => expect(layout.marks[skill.mark]).to.deep.include({ kind: 'skill', label: skill.label, level: level.index }));
      });
    });

    it('words the progression from level to level', () => {
      expect(layout.levels.map((level) => level.position)).to.deep.equal(['Level 1 of 3', 'Level 2 of 3', 'Level 3 of 3']);
      expect(layout.levels.map((level) => level.buildsOn)).to.deep.equal([undefined, 'Builds on Foundational Skills.', 'Builds on Intermediate Technical Expertise.']);
      expect(layout.marks[6]!.readout).to.equal('Level 2 of 3: 5 skills. Builds on Foundational Skills.');
      expect(layout.marks[7]!.readout).to.equal('In Intermediate Technical Expertise. Leads to Advanced & Leadership Skills.');
      expect(layout.marks[13]!.readout).to.equal('In Advanced & Leadership Skills, the last level.');
    });
  });

  describe('narrow (340px): levels stacked top to bottom', () => {
    const layout = layoutAt(340);

    it('stacks the levels, each below the last skill of the one before', () => {
      expect(layout.narrow).to.equal(true);
      for (let i = 1; i < layout.levels.length; i += 1) {
        const previous = layout.levels[i - 1]!;
        expect(layout.levels[i]!.header.y).to.equal(bottom(previous.skills.at(-1)!.box) + 32);
      }
      for (const level of layout.levels) {
        expect(level.header.x).to.equal(0);
        for (const skill of level.skills) expect(skill.box).to.deep.include({ x: INDENT, width: 340 - INDENT });
      }
      expect(layout.height).to.equal(bottom(layout.levels[2]!.skills[4]!.box));
      expectSound(layout);
    });

    it('keeps each level’s summary right under its own title', () => {
      for (const level of layout.levels) {
        expect(level.summaryBox!.y).to.equal(bottom(level.heading) + 4);
        expect(level.skills[0]!.box.y).to.equal(bottom(level.header) + 12);
      }
    });

    it('runs vertical curves down the gutter into the top of the next badge', () => {
      expect(layout.links).to.have.length(10);
      for (const link of layout.links) {
        const box = layout.levels[link.from.level]!.skills[link.from.skill]!.box;
        const badge = layout.levels[link.to]!.badge;
        const y = round(box.y + box.height / 2);
        expect(link.port).to.deep.equal({ x: 23, y: box.y + box.height / 2 });
        // A stub from the box to the port, then linkVertical: M source C (source.x, mid) (target.x, mid) target.
        expect(link.path.startsWith(`M${INDENT},${y}H23M23,${y}C`)).to.equal(true);
        const [, , , x0, y0, c1x, c1y, c2x, c2y, x1, y1] = numbers(link.path);
        expect([x0, y0]).to.deep.equal([23, y]);
        expect([x1, y1]).to.deep.equal([round(badge.cx), round(badge.cy - badge.r)]);
        expect([c1x, c2x]).to.deep.equal([x0, x1]);
        expect(c1y).to.equal(c2y);
        expect(x1).to.be.lessThan(INDENT);
      }
    });
  });

  it('stacks below 520px, and when columns would be narrower than 200px', () => {
    expect(layoutAt(NARROW_BELOW - 1).narrow).to.equal(true);
    expect(isNarrow(NARROW_BELOW, 1)).to.equal(false);
    expect(isNarrow(600, 3)).to.equal(true); // (600 - 96) / 3 = 168
    expect(isNarrow(600, 2)).to.equal(false); // (600 - 48) / 2 = 276
    expect(isNarrow(3 * MIN_COLUMN + 2 * 48, 3)).to.equal(false);
    expect(isNarrow(3 * MIN_COLUMN + 2 * 48 - 1, 3)).to.equal(true);
  });

  describe('what is traced when a mark is focused or hovered', () => {
    const layout = layoutAt(1000);
    const traced = (index: number | undefined) => {
      const lit = skillsHighlight(layout, index);
      return { links: [...lit.links].sort((a, b) => a - b), levels: [...lit.levels].sort() };
    };
    const cases: [string, number | undefined, number[], number[]][] = [
      ['nothing', undefined, [], []],
      ['a first-level skill: its curve to level 2', 2, [1], [0, 1]],
      ['the first level: the curves out of it', 0, [0, 1, 2, 3, 4], [0, 1]],
      ['the middle level: the curves into it and out of it', 6, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2]],
      ['the last level: the curves into it', 12, [5, 6, 7, 8, 9], [1, 2]],
      ['a last-level skill: no curve, its own level', 17, [], [2]],
    ];
    for (const [name, index, links, levels] of cases) {
      it(name, () => expect(traced(index)).to.deep.equal({ links, levels }));
    }
  });

  it('writes the level numbers in the locale’s digits', () => {
    const layout = layoutAt(1000, sample(), 'ar-EG');
    expect(layout.levels.map((level) => level.number)).to.deep.equal(['١', '٢', '٣']);
    expect(layout.levels[1]!.position).to.equal('Level ٢ of ٣');
    expect(layout.summary).to.equal('A skill map in ٣ levels with ١٥ skills, each level building on the one before.');
  });

  describe('edge cases', () => {
    it('one level of one skill: no curves, singular words', () => {
      const layout = layoutAt(800, { levels: [{ title: 'Basics', skills: ['Typing'] }] });
      expect(layout.narrow).to.equal(false);
      expect(layout.links).to.deep.equal([]);
      expect(layout.levels[0]!.header.width).to.equal(800);
      expect(layout.levels[0]!.id).to.equal('level-1');
      expect(layout.marks.map((mark) => mark.id)).to.deep.equal(['level-1', 'level-1-1']);
      expect(layout.summary).to.equal('A skill map in 1 level with 1 skill.');
      expect(layout.intro).to.equal(undefined);
      expect(layout.levels[0]!.header.y).to.equal(0);
      expect(layout.levels[0]!.summaryBox).to.equal(undefined);
      expect(layout.levels[0]!.header.height).to.equal(HEADING_MIN);
      expectSound(layout);
    });

    it('a level without skills: a heading alone, no curves out of it', () => {
      const section: SkillMap = { levels: [{ title: 'Start', skills: [] }, { title: 'Then', skills: ['A', 'B'] }] };
      for (const width of [320, 900]) {
        const layout = layoutAt(width, section);
        expect(layout.links).to.have.length(0);
        expect(layout.levels[0]!.skills).to.deep.equal([]);
        expect(layout.summary).to.equal('A skill map in 2 levels with 2 skills, each level building on the one before.');
        expect(layout.marks.map((mark) => mark.kind)).to.deep.equal(['level', 'level', 'skill', 'skill']);
        expectSound(layout);
      }
    });

    it('a very long skill name grows every box, and is never cut short', () => {
      const long = 'Designing, operating and continuously improving globally distributed, multi-region, highly available infrastructure platforms';
      const section = sample();
      section.levels[0]!.skills[0] = long;
      for (const width of [300, 1000]) {
        const layout = layoutAt(width, section);
        const lines = layout.levels[0]!.skills[0]!.lines;
        expect(lines.length).to.be.greaterThan(2);
        const heights = new Set(layout.levels.flatMap((level) => level.skills.map((skill) => skill.box.height)));
        expect([...heights]).to.deep.equal([lines.length * TEXT.skill.line + 2 * SKILL_PAD.y]);
        expectSound(layout);
      }
    });

    it('a word longer than a line is cut rather than overflowing', () => {
      const layout = layoutAt(300, { levels: [{ title: 'X', skills: ['Supercalifragilisticexpialidocious-infrastructure-automation-frameworks'] }] });
      expect(layout.levels[0]!.skills[0]!.lines.length).to.be.greaterThan(1);
      expectSound(layout);
    });

    it('levels of different lengths: the map is as tall as the longest column', () => {
      const section: SkillMap = { levels: [{ title: 'A', skills: ['a'] }, { title: 'B', skills: ['b', 'c', 'd'] }] };
      const layout = layoutAt(900, section);
      expect(layout.height).to.equal(bottom(layout.levels[1]!.skills[2]!.box));
      expect(layout.links).to.have.length(1);
    });
  });
});

/** d3-path writes at most three decimals. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

describe('skills layout, right to left: the curves mirrored (x → width − x); the boxes stay logical', () => {
  for (const width of [1000, 360]) {
    it(`mirrors every link and port at ${width}px`, () => {
      const ltr = skillsLayout(sampleGuide().skillMap!, { width, locale: 'en-US', messages });
      const rtl = skillsLayout(sampleGuide().skillMap!, { width, locale: 'en-US', messages, rtl: true });
      const first = (path: string) => Number(/^M(-?[\d.e-]+)/.exec(path)![1]);
      rtl.links.forEach((link, i) => {
        const before = ltr.links[i]!;
        expect(link.port).to.deep.equal({ ...before.port, x: width - before.port.x });
        expect(first(link.path)).to.be.closeTo(width - first(before.path), 1e-3);
      });
      // HTML is placed from the inline start, which the page's direction mirrors.
      expect(rtl.levels.map((level) => level.header)).to.deep.equal(ltr.levels.map((level) => level.header));
    });
  }
});
