/**
 * Reflow, at the layout level: at every width from a 32px reader's font in a 320px column (a
 * layout width of 160) up to a wide desktop column, every chart places its text with no box
 * over another, nothing outside the chart or its card, no ellipsis, no word cut that would fit
 * on a line, and a readout tall enough for its longest line and for its instructions (the cue).
 * Boxes by the layouts' own estimate (labelBox), which errs wide; the browser's real text is
 * checked by test/reflow.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { Guide } from '../src/contract/schema.js';
import type { Box, Label } from '../src/chart/geometry.js';
import { labelBox, textWidth, wrapText } from '../src/chart/text.js';
import { FRAME_TEXT } from '../src/chart/frame.js';
import type { Tick } from '../src/chart/ticks.js';
import { en, type Messages } from '../src/i18n/en.js';
import { de } from '../src/i18n/de.js';
import { salaryLayout } from '../src/salary/salary.layout.js';
import { tiersLayout } from '../src/tiers/tiers.layout.js';
import { dayLayout } from '../src/day/day.layout.js';
import { skillsLayout, INDENT, SKILL_PAD, TEXT as SKILL_TEXT } from '../src/skills/skills.layout.js';
import { demandLayout, TEXT as DEMAND_TEXT } from '../src/demand/demand.layout.js';
import { factsLayout } from '../src/facts/facts.layout.js';
import { balanceLayout } from '../src/balance/balance.layout.js';
import { brokenWords, ellipsized, outside, overlapping, type PlacedText, type WrappedText } from './support/placed-text.js';
import { sampleGuide } from './support/guides.js';

/** Layout widths: 160 is a 320px column at a 32px browser font (laid out at width / scale). */
const WIDTHS = [160, 200, 240, 280, 320, 360, 400, 520, 720, 960];

const load = async (url: string) => (await (await fetch(url)).json()) as Guide;
const GUIDES: { name: string; guide: Guide; locale: string; messages: Messages }[] = [
  { name: 'the bundled guide', guide: sampleGuide(), locale: 'en-US', messages: en },
  { name: 'the bundled guide in German', guide: sampleGuide(), locale: 'de-DE', messages: de },
  { name: 'the technical writer guide', guide: await load('/examples/eleventy/guides/technical-writer.json'), locale: 'en-US', messages: en },
  { name: 'a salary with its provenance', guide: await load('/test/fixtures/guides/salary-provenance.json'), locale: 'en-US', messages: en },
];

/** What a chart places, for the checks. */
interface Placed {
  /** Texts that must not overlap one another, each within `bounds`. */
  readonly texts: readonly PlacedText[];
  readonly bounds: Box;
  /** Texts the layout broke into lines. */
  readonly wrapped: readonly WrappedText[];
  /** Texts that must each stay within their own box (a card, a skill). */
  readonly boxed?: readonly { readonly what: string; readonly texts: readonly PlacedText[]; readonly box: Box }[];
  /** The readout: lines kept, and what it may show. */
  readonly readout?: { readonly lines: number; readonly texts: readonly string[] };
}

const placed = (what: string, label: Label, size: number, bold = false): PlacedText => ({ what, text: label.text, box: labelBox(label, size, bold) });
/** A block of `lines` lines from `top`, `line` px apart, `width` wide at `x`. */
const block = (what: string, text: string, box: Box): PlacedText => ({ what, text, box });
/** Tick labels of a horizontal axis at baseline `y`, or of a vertical one at `x` (each at its tick + 4). */
const horizontalTicks = (ticks: readonly Tick[], y: number) => ticks.map((tick) => placed('tick', { text: tick.label, x: tick.position, y, anchor: tick.anchor }, 12));
const verticalTicks = (ticks: readonly Tick[], x: number) => ticks.map((tick) => placed('tick', { text: tick.label, x, y: tick.position + 4, anchor: tick.anchor }, 12));
/** The lines a layout drew for `source`, grouped back. */
const linesOf = (labels: readonly (Label & { kind?: string })[], kind: string) => labels.filter((label) => label.kind === kind).map((label) => label.text);

const CHARTS: Record<string, (guide: Guide, width: number, locale: string, messages: Messages) => Placed | undefined> = {
  salary(guide, width, locale, messages) {
    if (!guide.salary) return undefined;
    const layout = salaryLayout(guide.salary, { width, locale, messages, occupation: guide.title });
    const texts = [
      ...layout.marks.flatMap((mark) => [...mark.labelLines.map((line) => placed(`${mark.id}'s name`, line, 14, true)), ...mark.valueLines.map((line) => placed(`${mark.id}'s amount`, line, 14, true))]),
      ...(layout.median ? [placed('median', layout.median.label, 12, true)] : []),
      ...horizontalTicks(layout.ticks, layout.axisY + 14),
    ];
    return {
      texts,
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: layout.marks.flatMap((mark) => [
        { what: `${mark.id}'s name`, source: mark.label.text, lines: mark.labelLines.map((line) => line.text), room: width, size: 14, bold: true },
        { what: `${mark.id}'s amount`, source: mark.value.text, lines: mark.valueLines.map((line) => line.text), room: width, size: 14, bold: true },
      ]),
      readout: { lines: layout.readoutLines, texts: [...layout.marks.map((mark) => mark.exact), messages.cue] },
    };
  },
  tiers(guide, width, locale, messages) {
    if (!guide.tiers?.length) return undefined;
    const layout = tiersLayout(guide.tiers, { width, locale, messages, salary: guide.salary });
    const size = (kind: string) => (kind === 'title' ? 14 : 12);
    const bold = (kind: string) => kind === 'title' || kind.startsWith('years');
    const room = layout.narrow ? width - layout.marks[0]!.labels[0]!.x : layout.axisTitle[0]!.x;
    return {
      texts: [
        ...layout.marks.flatMap((mark) => mark.labels.map((label) => placed(`${mark.id}'s ${label.kind}`, label, size(label.kind), bold(label.kind)))),
        ...layout.axisTitle.map((line) => placed('axis title', line, 12)),
        ...(layout.narrow ? verticalTicks(layout.ticks, layout.tickLabelAt) : horizontalTicks(layout.ticks, layout.tickLabelAt)),
      ],
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: layout.marks.flatMap((mark) => [
        { what: `${mark.id}'s title`, source: mark.title, lines: linesOf(mark.labels, 'title'), room, size: 14, bold: true },
        layout.narrow
          ? { what: `${mark.id}'s years and pay`, source: mark.meta, lines: linesOf(mark.labels, 'meta'), room, size: 12 }
          : { what: `${mark.id}'s pay`, source: mark.salaryText ?? '', lines: linesOf(mark.labels, 'salary'), room, size: 12 },
      ]),
      readout: { lines: layout.readoutLines, texts: [...layout.marks.map((mark) => mark.exact), layout.hint] },
    };
  },
  day(guide, width, locale, messages) {
    if (!guide.day?.blocks.length) return undefined;
    const layout = dayLayout(guide.day.blocks, { width, locale, messages });
    const size = { label: 14, time: 12, focus: 13 } as const;
    return {
      texts: [
        ...layout.marks.flatMap((mark) => mark.labels.map((label) => placed(`${mark.label}'s ${label.kind}`, label, size[label.kind], label.kind === 'label'))),
        ...(layout.narrow ? verticalTicks(layout.ticks, layout.tickLabelAt) : horizontalTicks(layout.ticks, layout.tickLabelAt)),
      ],
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: layout.marks.flatMap((mark) => {
        const room = layout.narrow ? width - mark.labels[0]!.x : mark.bar.width - 24;
        return [
          { what: `${mark.label}'s name`, source: mark.label, lines: linesOf(mark.labels, 'label'), room, size: 14, bold: true },
          { what: `${mark.label}'s hours`, source: mark.timeText, lines: linesOf(mark.labels, 'time'), room, size: 12 },
          { what: `${mark.label}'s focus`, source: mark.focus ?? '', lines: linesOf(mark.labels, 'focus'), room, size: 13 },
        ];
      }),
      // Each block's words within its bar (wide) or its band (narrow).
      boxed: layout.marks.map((mark) => ({
        what: `${mark.label}'s block`,
        texts: mark.labels.map((label) => placed(`${mark.label}'s ${label.kind}`, label, size[label.kind], label.kind === 'label')),
        box: layout.narrow ? { ...mark.focusRing, x: mark.bar.x, width: width - mark.bar.x } : mark.bar,
      })),
      readout: { lines: layout.readoutLines, texts: [...layout.marks.map((mark) => mark.exact), messages.cue] },
    };
  },
  skills(guide, width, locale, messages) {
    if (!guide.skillMap?.levels.length) return undefined;
    const layout = skillsLayout(guide.skillMap, { width, locale, messages });
    const boxes: PlacedText[] = [
      ...(layout.intro ? [block('intro', layout.intro.text, layout.intro.box)] : []),
      ...layout.levels.flatMap((level) => [block(`level ${level.number}'s heading`, level.title, level.header), ...level.skills.map((skill) => block('skill', skill.label, skill.box))]),
    ];
    return {
      texts: boxes,
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: layout.levels.flatMap((level) =>
        level.skills.map((skill) => ({ what: 'skill', source: skill.label, lines: skill.lines, room: skill.box.width - 2 * SKILL_PAD.x, size: SKILL_TEXT.skill.size })),
      ),
      // Each box as tall and as wide as the lines it holds.
      boxed: [
        ...layout.levels.flatMap((level) =>
          level.skills.map((skill) => ({
            what: 'skill box',
            box: skill.box,
            texts: skill.lines.map((line, i) =>
              block('skill line', line, { x: skill.box.x + SKILL_PAD.x, y: skill.box.y + SKILL_PAD.y + i * SKILL_TEXT.skill.line, width: textWidth(line, SKILL_TEXT.skill.size), height: SKILL_TEXT.skill.line }),
            ),
          })),
        ),
        ...layout.levels.map((level) => {
          const room = level.header.width - INDENT;
          const title = wrapText(level.title, room, SKILL_TEXT.title.size, { bold: true }).length * SKILL_TEXT.title.line;
          const summary = level.summary ? 4 + wrapText(level.summary, room, SKILL_TEXT.summary.size).length * SKILL_TEXT.summary.line : 0;
          return { what: `level ${level.number}'s heading`, box: level.header, texts: [block('heading and summary', level.title, { ...level.header, height: title + summary })] };
        }),
      ],
      readout: { lines: layout.readoutLines, texts: [...layout.marks.map((mark) => mark.readout), messages.cue] },
    };
  },
  demand(guide, width, locale, messages) {
    if (!guide.demand) return undefined;
    const layout = demandLayout({ demand: guide.demand, outlook: guide.outlook, facts: guide.facts }, { width, locale, messages });
    const { gauge, growth, note } = layout;
    const lines = (text: string | undefined, room: number, style: { size: number; line: number }, bold = false) => (text ? wrapText(text, room, style.size, { bold }).length * style.line : 0);
    const word = textWidth(layout.word, DEMAND_TEXT.word.size, true);
    return {
      texts: [
        block('gauge', layout.word, gauge.box),
        ...(growth ? [block('growth', growth.value, growth.box)] : []),
        ...(note ? [block('note', note.text, note.box)] : []),
      ],
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: [],
      boxed: [
        {
          what: 'gauge',
          box: gauge.box,
          texts: [
            ...gauge.ends.map((end) => placed('end', { ...end, x: end.x + gauge.box.x, y: end.y + gauge.box.y }, DEMAND_TEXT.end.size)),
            block('level', layout.word, { x: gauge.box.x + (gauge.box.width - word) / 2, y: gauge.box.y + gauge.height, width: word, height: DEMAND_TEXT.word.line }),
          ],
        },
        ...(growth
          ? [
              {
                what: 'growth',
                box: growth.box,
                texts: [
                  block('growth', growth.value, {
                    ...growth.box,
                    height:
                      DEMAND_TEXT.value.line +
                      lines(growth.label, growth.box.width, DEMAND_TEXT.label) +
                      lines(growth.status, growth.box.width, DEMAND_TEXT.label) +
                      (growth.source ? 4 + lines(growth.source, growth.box.width, DEMAND_TEXT.source) : 0),
                  }),
                ],
              },
            ]
          : []),
        ...(note ? [{ what: 'note', box: note.box, texts: [block('note', note.text, { ...note.box, height: lines(note.text, note.box.width, DEMAND_TEXT.note) })] }] : []),
      ],
    };
  },
  facts(guide, width, locale, messages) {
    const layout = factsLayout(guide, { width, locale, messages });
    if (layout.tiles.length === 0) return undefined;
    const { metrics: m } = layout;
    const inner = layout.tileWidth - 2 * (m.border + m.padX);
    const lines = (text: string | undefined, size: number, line: number, bold = false) => (text ? wrapText(text, inner, size, { bold }).length * line : 0);
    return {
      texts: [],
      bounds: { x: 0, y: 0, width, height: layout.height },
      wrapped: [],
      // Each tile's words, as wide as its widest word and as tall as its lines, within the tile's padding.
      boxed: layout.tiles.map((tile) => {
        const box = {
          x: tile.column * (layout.tileWidth + layout.gap) + m.border + m.padX,
          y: tile.row * (layout.rowHeight + layout.gap) + m.border + m.padY,
          width: inner,
          height: layout.rowHeight - 2 * (m.border + m.padY),
        };
        const size = tile.kind === 'number' ? m.numberSize : m.wordSize;
        const valueHeight = tile.kind === 'number' ? m.numberLine : (tile.glyph ? m.glyph + m.glyphGap : 0) + lines(tile.value, m.wordSize, m.wordLine, true);
        const height =
          Math.max(m.valueHeight, valueHeight) +
          m.labelGap +
          lines(tile.label, m.labelSize, m.labelLine) +
          (tile.detail ? m.metaGap + lines(tile.detail, m.metaSize, m.metaLine) : 0) +
          (tile.source ? m.metaGap + lines(tile.source, m.metaSize, m.metaLine) : 0);
        const widest = Math.max(...tile.value.split(' ').map((word) => textWidth(word, size, true)));
        return { what: `the ${tile.id} tile`, box, texts: [block(`${tile.id}'s words`, tile.value, { x: box.x, y: box.y, width: widest, height })] };
      }),
    };
  },
  balance(guide, width, locale, messages) {
    if (!guide.workLife) return undefined;
    const layout = balanceLayout(guide.workLife, { width, locale, messages });
    const { metrics: m } = layout;
    const inset = { x: m.border + m.padX, y: m.border + m.padY };
    const cards = layout.meters.map((meter) => {
      const box = {
        x: meter.column * (layout.cardWidth + layout.gap) + inset.x,
        y: meter.row * (layout.cardHeight + layout.gap) + inset.y,
        width: layout.scale.width,
        height: layout.cardHeight - 2 * inset.y,
      };
      const name = wrapText(meter.name, box.width, m.labelSize);
      const word = wrapText(meter.word, box.width, m.wordSize, { bold: true });
      const scaleTop = box.y + name.length * m.labelLine + word.length * m.wordLine + m.wordGap;
      return { meter, box, name, word, scaleTop };
    });
    return {
      // The scale's end words, under its two ends, must not meet.
      texts: cards.flatMap(({ meter, box, scaleTop }) => meter.ends.map((end) => placed(`${meter.id}'s end`, { ...end, x: box.x + end.x, y: scaleTop + end.y }, 12))),
      bounds: { x: 0, y: 0, width, height: layout.metersHeight },
      wrapped: [],
      // Name, level and scale within the card.
      boxed: cards.map(({ meter, box, name, word, scaleTop }) => ({
        what: `the ${meter.id} meter`,
        box,
        texts: [
          block(`${meter.id}'s name and level`, meter.word, {
            x: box.x,
            y: box.y,
            width: Math.max(...name.map((line) => textWidth(line, m.labelSize)), ...word.map((line) => textWidth(line, m.wordSize, true))),
            height: scaleTop - box.y + layout.scale.height,
          }),
        ],
      })),
    };
  },
};

/** Every problem with what a chart places at one width. */
function problems(chart: Placed, data: string): string[] {
  const texts = [...chart.texts, ...(chart.boxed ?? []).flatMap((boxed) => boxed.texts)];
  return [
    ...overlapping(chart.texts),
    ...outside(chart.texts, chart.bounds),
    ...(chart.boxed ?? []).flatMap((boxed) => outside(boxed.texts, boxed.box, boxed.what)),
    ...ellipsized([...texts, ...chart.wrapped.flatMap((wrapped) => wrapped.lines.map((text) => ({ what: wrapped.what, text })))], data),
    ...chart.wrapped.filter((wrapped) => wrapped.source).flatMap(brokenWords),
  ];
}

describe('reflow: every chart’s text fits at every width, laid out', () => {
  for (const { name, guide, locale, messages } of GUIDES) {
    const data = JSON.stringify(guide);
    describe(name, () => {
      for (const [chart, lay] of Object.entries(CHARTS)) {
        it(`<career-${chart}> from ${WIDTHS[0]} to ${WIDTHS.at(-1)}px: no overlap, nothing outside, no ellipsis, no word cut`, () => {
          const found = WIDTHS.flatMap((width) => {
            const placedAt = lay(guide, width, locale, messages);
            return placedAt ? problems(placedAt, data).map((problem) => `${width}px: ${problem}`) : [];
          });
          expect(found).to.deep.equal([]);
        });

        it(`<career-${chart}> keeps a readout tall enough for every mark's line and its instructions`, () => {
          for (const width of WIDTHS) {
            const readout = lay(guide, width, locale, messages)?.readout;
            if (!readout) continue;
            for (const text of readout.texts) {
              expect(wrapText(text, width, FRAME_TEXT.size).length, `${width}px: "${text}"`).to.be.at.most(readout.lines);
            }
          }
        });
      }
    });
  }

  it('keeps the tiers’ pay context in their caption at every width', () => {
    for (const width of WIDTHS) {
      const { tiers, salary } = sampleGuide();
      expect(tiersLayout(tiers!, { width, locale: 'en-US', messages: en, salary }).subtitle, `${width}px`).to.equal('Salaries per year, United States (USD)');
    }
  });
});
