/**
 * The salary chart's geometry and words, computed from the guide's `salary` section, the
 * container width and the language. Pure: no Lit, no DOM. The element draws what this returns.
 */
import { scaleLinear } from 'd3-scale';
import type { Salary } from '../contract/schema.js';
import { countryName, exactCompactMoney, formatMoney, formatPercent } from '../chart/format.js';
import { axisTicks, type Tick, type TickScale } from '../chart/ticks.js';
import { labelBox, textWidth, wrapText } from '../chart/text.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import { formatAsOf } from '../chart/as-of.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { barPath } from '../chart/bar.js';
import type { Box, Label } from '../chart/geometry.js';
import { mirrorBox, mirrorLabel, mirrorPath, mirrorTick, mirrorX } from '../chart/mirror.js';
export type { Box, Label };

const LABEL_WIDTH = 116;
const VALUE_WIDTH = 132;
const GAP = 12;
const TOP = 22; // room for the median label
const AXIS = 26;
const WIDE = { pitch: 34, bar: 18 };
/** Narrow rows: their words on lines of `line` px over the bar, then the bar and a gap; one line of words when name and amount fit side by side. */
const NARROW = { line: 18, bar: 14, after: 14 };
const ARROW = 8;
/** Font sizes of the chart's texts (see the shared styles): names and amounts, the median, ticks. */
const FONT = { text: 14, median: 12, tick: 12 };
/** Room kept between neighbouring tick labels. */
const TICK_GAP = 6;
/** Room kept between a narrow row's name and its amount on one line. */
const NAME_GAP = 12;
/** The notes under the chart (see salary.styles.ts). */
const NOTES = { size: 12, line: 18, gap: 6 };

/** One row of the chart that a reader can focus: the range, a level, the top earners. */
export interface SalaryMark {
  /** `range`, `top`, or the level's id. */
  readonly id: string;
  readonly kind: 'range' | 'level' | 'top';
  /** The row's name, whole, placed where its first line is. */
  readonly label: Label;
  /** The name as drawn: one line, or narrow, as many as it wraps onto. */
  readonly labelLines: readonly Label[];
  /** The amount as drawn: compact when narrow; placed where its first line is. */
  readonly value: Label;
  /** The amount line by line: one line, or narrow, as many as it wraps onto (after its dash). */
  readonly valueLines: readonly Label[];
  /** The amount in full, shown when the mark is focused or hovered. */
  readonly exact: string;
  /** What a screen reader hears on focus. */
  readonly ariaLabel: string;
  /** The number behind the mark (for the range, its lower bound). */
  readonly amount: number;
  readonly bar: Box;
  /** SVG path of the bar; the top earners' bar ends in an arrow (open-ended). */
  readonly path: string;
  /** The 25th–75th percentile band inside the range, when the guide has both. */
  readonly band: Box | undefined;
  /** The area the focus ring outlines. */
  readonly focus: Box;
}

/** Everything the salary element draws. */
export interface SalaryLayout extends BlockHeight, FrameLines {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly domain: readonly [number, number];
  readonly ticks: readonly Tick[];
  readonly axisY: number;
  /** The plot's extent: `x0` where the axis starts (zero), `x1` where it ends; right to left, `x0 > x1`. */
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  readonly marks: readonly SalaryMark[];
  readonly median:
    | {
        readonly x: number;
        readonly y1: number;
        readonly y2: number;
        /** The pieces of the line as drawn, from `y1` to `y2`: broken where a text would be crossed. */
        readonly segments: readonly { readonly y1: number; readonly y2: number }[];
        readonly marker: Box;
        readonly label: Label;
        readonly exact: string;
      }
    | undefined;
  /** The chart's name, with the occupation when the guide has one: also its accessible name. */
  readonly title: string;
  readonly subtitle: string;
  /** Lines under the chart: what the range means, what the open arrow means, the source and its date. */
  readonly notes: readonly string[];
  /** The height kept for the notes, in pixels (included in `blockHeight`). */
  readonly notesHeight: number;
  /** One paragraph that says what the chart shows, generated from the data. */
  readonly summary: string;
  /**
   * The exact figures, for the table (`value`, in words) and its downloads (`from` and `to`, in
   * the guide's currency and period; `to` is missing for an open-ended figure, the top earners').
   */
  readonly table: readonly SalaryRow[];
  /** The table's caption and column headers. */
  readonly tableCaption: string;
  readonly tableHeaders: readonly string[];
}

/** What the layout needs besides its section. */
export interface SalaryLayoutOptions extends LayoutOptions<'salary'> {
  /** The occupation the guide is about (its `title`), named in the chart's title. */
  readonly occupation?: string | undefined;
}

/** Pixels from one row to the next: wide, a fixed pitch; narrow, the lines of words over the bar, the bar and a gap. */
function rowPitch(narrow: boolean, textLines: number): number {
  return narrow ? textLines * NARROW.line + NARROW.bar + NARROW.after : WIDE.pitch;
}

/** The chart's height for `rows` rows at `width`, narrow rows with `textLines` lines of words each: the same function the layout uses. */
export function salaryChartHeight(rows: number, width: number, textLines = 1): number {
  return TOP + rows * rowPitch(width < NARROW_BELOW, textLines) + AXIS;
}

/** Lays out the salary chart. */
export function salaryLayout(salary: Salary, { width, locale, messages, rtl = false, occupation }: SalaryLayoutOptions): SalaryLayout {
  const m = messages.salary;
  const { label: phrase } = messages;
  const narrow = width < NARROW_BELOW;
  const money = (amount: number, compact = narrow) => formatMoney(amount, salary.currency, locale, compact);
  const { range, levels = [], topEarners, percentiles } = salary;
  const shown = shownAmounts(
    [range.min, range.max, ...levels.map((level) => level.amount), ...(topEarners ? [topEarners.from] : [])],
    (amount) => money(amount, false),
    narrow ? (amount) => exactCompactMoney(amount, salary.currency, locale, 1) ?? money(amount) : undefined,
  );
  const period = m.perPeriod(salary.period);

  // Each row's name and amount as drawn, in row order: the range, the levels, the top earners.
  const topLabel = topEarners ? m.topEarners(formatPercent(topEarners.percent, locale)) : undefined;
  const rowWords: { label: string; value: string }[] = [
    { label: m.range, value: `${shown(range.min)}–${shown(range.max)}` },
    ...levels.map((level) => ({ label: level.label, value: shown(level.amount) })),
    ...(topEarners && topLabel ? [{ label: topLabel, value: `${shown(topEarners.from)}+` }] : []),
  ];
  // Wide, the names stand in a column left of the bars, as wide as the longest (within bounds).
  const side = (text: string) => textWidth(text, FONT.text, true);
  const labelWidth = Math.min(Math.max(LABEL_WIDTH, ...rowWords.map((row) => side(row.label))), width * 0.4);
  const x0 = narrow ? 0 : Math.ceil(labelWidth) + GAP;
  const x1 = Math.max(x0 + 40, narrow ? width - 1 : width - VALUE_WIDTH - GAP);

  // Bars are lengths, so the axis starts at zero. The top earners' open bar needs room past
  // its start, hence the extra tenth.
  const highest = Math.max(range.max, ...levels.map((level) => level.amount), percentiles?.p90 ?? 0, topEarners ? topEarners.from * 1.1 : 0);
  // About one tick per 100px; labels go compact when full ones would not fit between ticks.
  const tickCount = Math.max(3, Math.floor((x1 - x0) / 100));
  const x = scaleLinear()
    .domain([0, highest || 1])
    .range([x0, x1])
    .nice(tickCount);
  const domain = x.domain() as [number, number];

  const rows = rowWords.length;
  // Narrow, a name and its amount share the line over the bar when every row's fit side by
  // side; else every row (alike, so that the bars keep one rhythm) has its name on its own
  // lines and its amount on the next.
  const sideBySide = !narrow || rowWords.every((row) => side(row.label) + NAME_GAP + side(row.value) <= x1);
  const wrapped = (text: string) => (sideBySide ? [text] : wrapText(text, width, FONT.text, { bold: true }));
  const nameLines = rowWords.map((row) => wrapped(row.label));
  const valueLines = rowWords.map((row) => wrapped(row.value));
  const most = (lines: string[][]) => Math.max(...lines.map((line) => line.length));
  const textLines = sideBySide ? 1 : most(nameLines) + most(valueLines);
  const pitch = rowPitch(narrow, textLines);
  const height = salaryChartHeight(rows, width, textLines);
  const rowTop = (index: number) => TOP + index * pitch;
  const barY = (index: number) => rowTop(index) + (narrow ? textLines * NARROW.line : (WIDE.pitch - WIDE.bar) / 2);
  const textY = (index: number, line = 0) => (narrow ? rowTop(index) + 13 + line * NARROW.line : rowTop(index) + WIDE.pitch / 2 + 4.5);
  const barHeight = narrow ? NARROW.bar : WIDE.bar;

  const marks: SalaryMark[] = [];
  // The name, whole and as drawn line by line, and the amount.
  const place = (index: number): Pick<SalaryMark, 'label' | 'labelLines' | 'value' | 'valueLines'> => {
    const words = rowWords[index]!;
    // Side by side, the amount ends at the right; stacked, its lines follow the name's.
    const valueAt = (text: string, line: number): Label =>
      sideBySide ? { text, x: narrow ? x1 : width, y: textY(index), anchor: 'end' } : { text, x: 0, y: textY(index, most(nameLines) + line), anchor: 'start' };
    return {
      label: { text: words.label, x: 0, y: textY(index), anchor: 'start' },
      labelLines: nameLines[index]!.map((text, line) => ({ text, x: 0, y: textY(index, line), anchor: 'start' })),
      value: valueAt(words.value, 0),
      valueLines: valueLines[index]!.map(valueAt),
    };
  };
  const focusBox = (index: number): Box => ({ x: -4, y: rowTop(index) + 1, width: width + 8 - 1, height: pitch - 2 });

  // The range.
  const basis = m.rangeBasis[range.basis];
  // A range narrower than the median's diamond would vanish under it: drawn at least a little
  // wider, around its middle (the exact bounds are in its label).
  const markerSize = barHeight + 6;
  const rangeWidth = Math.max(x(range.max) - x(range.min), markerSize + 10);
  const rangeBar: Box = { x: (x(range.min) + x(range.max)) / 2 - rangeWidth / 2, y: barY(0), width: rangeWidth, height: barHeight };
  const rangeExact = `${money(range.min, false)}–${money(range.max, false)}`;
  // Accessible text says the range in words: screen readers may read an en dash as nothing.
  const rangeSpoken = messages.fromTo(money(range.min, false), money(range.max, false));
  const band =
    percentiles?.p25 !== undefined && percentiles.p75 !== undefined
      ? { x: x(percentiles.p25), y: rangeBar.y, width: Math.max(1, x(percentiles.p75) - x(percentiles.p25)), height: rangeBar.height }
      : undefined;
  marks.push({
    id: 'range',
    kind: 'range',
    ...place(0),
    exact: phrase(`${m.range} (${basis})`, `${rangeExact} ${period}`),
    ariaLabel: phrase(`${m.range}, ${basis}`, `${rangeSpoken} ${period}`),
    amount: range.min,
    bar: rangeBar,
    path: barPath(rangeBar),
    band,
    focus: focusBox(0),
  });

  levels.forEach((level, i) => {
    const index = 1 + i;
    const bar: Box = { x: x0, y: barY(index), width: Math.max(1, x(level.amount) - x0), height: barHeight };
    const exact = money(level.amount, false);
    marks.push({
      id: level.id,
      kind: 'level',
      ...place(index),
      exact: phrase(level.label, `${exact} ${period}`),
      ariaLabel: phrase(level.label, `${exact} ${period}`),
      amount: level.amount,
      bar,
      path: barPath(bar),
      band: undefined,
      focus: focusBox(index),
    });
  });

  if (topEarners) {
    const index = 1 + levels.length;
    const start = x(topEarners.from);
    const bar: Box = { x: start, y: barY(index), width: Math.max(ARROW + 2, x1 - start), height: barHeight };
    const exact = money(topEarners.from, false);
    const label = topLabel!;
    marks.push({
      id: 'top',
      kind: 'top',
      ...place(index),
      exact: phrase(label, `${m.from(exact)} ${period}`),
      ariaLabel: phrase(label, `${m.from(exact)} ${period}`),
      amount: topEarners.from,
      bar,
      // An arrow, not a square end: the top earners' pay has no upper bound.
      path: barPath(bar, { end: 'right', arrow: ARROW }),
      band: undefined,
      focus: focusBox(index),
    });
  }

  const plotBottom = TOP + rows * pitch;
  let median: SalaryLayout['median'];
  const medianAmount = salary.median ?? percentiles?.p50;
  if (medianAmount !== undefined) {
    const mx = x(medianAmount);
    const text = `${m.median} ${money(medianAmount)}`;
    // Keep the label inside the chart: anchor it to the side it would overflow.
    const half = textWidth(text, FONT.median, true) / 2;
    const anchor = mx - half < 0 ? 'start' : mx + half > width ? 'end' : 'middle';
    const size = markerSize;
    const texts = marks.flatMap((mark) => [...mark.labelLines, ...mark.valueLines].map((line) => labelBox(line, FONT.text, true)));
    median = {
      x: mx,
      y1: TOP - 4,
      y2: plotBottom,
      segments: lineAround(mx, TOP - 4, plotBottom, texts),
      marker: { x: mx - size / 2, y: rangeBar.y - 3, width: size, height: size },
      // Beside the line, but never past either edge of the chart.
      label: { text, x: anchor === 'start' ? Math.max(0, Math.min(mx - 4, width - 2 * half)) : anchor === 'end' ? Math.min(width, Math.max(mx + 4, 2 * half)) : mx, y: TOP - 8, anchor },
      exact: phrase(m.median, `${money(medianAmount, false)} ${period}`),
    };
  }

  const ticks = readableTicks(x, tickCount, width, [
    ...(narrow ? [] : [(value: number) => money(value, false)]),
    (value: number) => exactCompactMoney(value, salary.currency, locale),
  ]);
  const country = countryName(salary.country, locale);
  const title = occupation ? m.titleFor(m.title(salary.period), occupation) : m.title(salary.period);
  const subtitle = `${country} · ${salary.currency}`;
  const frame = frameLines(
    title,
    subtitle,
    [...marks.map((mark) => mark.exact), messages.cue],
    width,
  );

  const notes = [
    m.rangeMeaning[range.basis],
    ...(topEarners ? [m.openEnded(marks[marks.length - 1]!.label.text)] : []),
    ...(salary.source || salary.asOf ? [m.provenance(salary.source?.name, salary.asOf === undefined ? undefined : formatAsOf(salary.asOf, locale))] : []),
  ];
  const notesHeight = NOTES.gap + notes.reduce((sum, note) => sum + wrapText(note, width, NOTES.size).length * NOTES.line, 0);

  const table = [
    { label: `${m.range} (${basis})`, value: rangeSpoken, from: range.min, to: range.max },
    ...(medianAmount !== undefined ? [amountRow(m.median, medianAmount, money)] : []),
    ...percentileRows(salary, money, m.percentile),
    ...levels.map((level) => amountRow(level.label, level.amount, money)),
    ...(topEarners ? [{ label: marks[marks.length - 1]!.label.text, value: m.from(money(topEarners.from, false)), from: topEarners.from }] : []),
  ];

  // The summary says what the bars do not: how much pay rises from the first level to the last,
  // and where the median lies in the range. The bars' names say every amount.
  const [first, last] = [levels[0], levels[levels.length - 1]];
  const summary = m.summary({
    place: country,
    period,
    rise:
      first && last && first.amount > 0 && last.amount > first.amount
        ? { from: first.label, to: last.label, by: formatPercent(Math.round(((last.amount - first.amount) / first.amount) * 100), locale) }
        : undefined,
    medianAt: medianAmount !== undefined && range.max > range.min ? thirdOf((medianAmount - range.min) / (range.max - range.min)) : undefined,
  });

  const layout: SalaryLayout = {
    width,
    height,
    // The frame's lines past those it reserves, and the notes.
    blockHeight: height + frame.frameHeight + notesHeight,
    narrow,
    domain,
    ticks,
    axisY: plotBottom + 4,
    plot: { x0, x1, top: TOP, bottom: plotBottom },
    marks,
    median,
    title,
    subtitle,
    ...frame,
    notes,
    notesHeight,
    summary,
    table,
    tableCaption: `${m.tableCaption}: ${title}, ${subtitle}`,
    tableHeaders: [m.tableFigure, m.tableAmount],
  };
  return rtl ? mirrored(layout) : layout;
}

/** Which third of a range a fraction of it falls in. */
function thirdOf(fraction: number): 'low' | 'middle' | 'high' {
  return fraction < 1 / 3 ? 'low' : fraction > 2 / 3 ? 'high' : 'middle';
}

/** The chart reflected for right-to-left reading (see `chart/mirror.ts`); words unchanged. */
function mirrored(layout: SalaryLayout): SalaryLayout {
  const w = layout.width;
  return {
    ...layout,
    ticks: layout.ticks.map((tick) => mirrorTick(tick, w)),
    plot: { ...layout.plot, x0: mirrorX(layout.plot.x0, w), x1: mirrorX(layout.plot.x1, w) },
    marks: layout.marks.map((mark) => ({
      ...mark,
      label: mirrorLabel(mark.label, w),
      labelLines: mark.labelLines.map((line) => mirrorLabel(line, w)),
      value: mirrorLabel(mark.value, w),
      valueLines: mark.valueLines.map((line) => mirrorLabel(line, w)),
      bar: mirrorBox(mark.bar, w),
      path: mirrorPath(mark.path, w),
      band: mark.band && mirrorBox(mark.band, w),
      focus: mirrorBox(mark.focus, w),
    })),
    median: layout.median && {
      ...layout.median,
      x: mirrorX(layout.median.x, w),
      marker: mirrorBox(layout.median.marker, w),
      label: mirrorLabel(layout.median.label, w),
    },
  };
}

function percentileRows(salary: Salary, money: (amount: number, compact?: boolean) => string, percentileLabel: (rank: number) => string) {
  const p = salary.percentiles;
  if (!p) return [];
  return (['p10', 'p25', 'p50', 'p75', 'p90'] as const)
    .filter((key) => p[key] !== undefined)
    .map((key) => amountRow(percentileLabel(Number(key.slice(1))), p[key]!, money));
}

/** A row of the salary table: a figure, in words and in numbers. */
export interface SalaryRow {
  readonly label: string;
  readonly value: string;
  readonly from: number;
  readonly to?: number;
}

/** The row of one amount: a range from it to itself. */
function amountRow(label: string, amount: number, money: (amount: number, compact?: boolean) => string): SalaryRow {
  return { label, value: money(amount, false), from: amount, to: amount };
}

/**
 * Ticks whose labels each say their value exactly, once, without running into each other: full
 * amounts where they fit, else compact ones with as many fraction digits as it takes (`$1.5M`),
 * else fewer ticks. A label format answers `undefined` for a value it cannot say exactly.
 */
function readableTicks(scale: TickScale, count: number, width: number, formats: readonly ((value: number) => string | undefined)[]): Tick[] {
  let last: Tick[] = [];
  for (let wanted = count; wanted >= 1; wanted -= 1) {
    for (const format of formats) {
      const labels = new Map(scale.ticks(wanted).map((value) => [value, format(value)]));
      if ([...labels.values()].some((label) => label === undefined)) continue;
      const ticks = axisTicks(scale, wanted, (value) => labels.get(value)!, width);
      if (new Set(ticks.map((tick) => tick.label)).size < ticks.length) continue;
      last = ticks;
      const boxes = ticks.map((tick) => labelBox({ text: tick.label, x: tick.position, y: 0, anchor: tick.anchor }, FONT.tick, true));
      if (boxes.every((box, i) => i === 0 || boxes[i - 1]!.x + boxes[i - 1]!.width + TICK_GAP <= box.x)) return ticks;
    }
  }
  return last;
}

/**
 * How each amount is written on the chart: by `compact` when given, unless two different
 * amounts would then read the same, in which case every amount is written in full.
 */
function shownAmounts(amounts: readonly number[], full: (amount: number) => string, compact: ((amount: number) => string) | undefined): (amount: number) => string {
  if (!compact) return full;
  const distinct = [...new Set(amounts)];
  return new Set(distinct.map(compact)).size === distinct.length ? compact : full;
}

/** A vertical line at `x` from `y1` to `y2`, in pieces that leave a gap wherever it would cross one of `boxes`. */
function lineAround(x: number, y1: number, y2: number, boxes: readonly Box[]): { y1: number; y2: number }[] {
  const pad = 2;
  const gaps = boxes
    .filter((box) => box.x - pad < x && x < box.x + box.width + pad)
    .map((box) => [box.y - pad, box.y + box.height + pad] as const)
    .sort((a, b) => a[0] - b[0]);
  const segments: { y1: number; y2: number }[] = [];
  let from = y1;
  for (const [top, bottom] of gaps) {
    if (top > from) segments.push({ y1: from, y2: Math.min(top, y2) });
    from = Math.max(from, bottom);
  }
  if (from < y2) segments.push({ y1: from, y2 });
  return segments;
}
