/**
 * The career tiers chart's geometry and words, computed from the guide's `tiers` (and, for the
 * pay at each tier, its `salary`), the container width and the language. Pure: no Lit, no DOM.
 *
 * Wide, tiers are rows of a gantt chart on a horizontal years-of-experience axis, titles in a
 * column on the left. Narrow, they are a top-to-bottom timeline: the years run down the left
 * side, titles and pay beside each tier. Under the chart, a panel holds the tiers' summaries;
 * the layout reserves its height so that switching tiers, or loading, moves nothing.
 */
import { scaleLinear } from 'd3-scale';
import type { Salary, Tier } from '../contract/schema.js';
import { countryName, formatMoney } from '../chart/format.js';
import { numberFormat } from '../chart/intl.js';
import { textWidth, wrapText } from '../chart/text.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import { axisTicks, type Tick, type TickScale } from '../chart/ticks.js';
import { formatYearNumber, formatYears } from '../chart/years.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions, type TimelineFrame } from '../chart/layout.js';
import { barPath } from '../chart/bar.js';
import type { Box, Label as PlacedText } from '../chart/geometry.js';
import { mirrorBox, mirrorLabel, mirrorPath, mirrorTimeAxis } from '../chart/mirror.js';
export type { Box };

const FONT = 14; // titles and the panel
const SMALL = 12; // pay, years, ticks
const ARROW = 12; // the open end's point
const FADE_FROM = 0.3; // where an open bar with nothing written on it starts to fade

/** Rows of the horizontal chart: at least `pitch` tall, taller for a title that wraps onto more lines, `pad` above and below its words. */
const WIDE = { top: 8, pitch: 60, pad: 6, bar: 24, axis: 34, gap: 16, titleLine: 17, smallLine: 16 } as const;
/** The vertical timeline: tick labels, the bar, then the words. */
const NARROW = {
  /** The axis title's first baseline, and its lines' pitch; the timeline starts at `top` under one line. */
  axisTitle: 12,
  axisLine: 14,
  top: 30,
  barX: 30,
  bar: 12,
  textX: 52,
  titleLine: 17,
  smallLine: 16,
  pad: 6,
  bottom: 8,
  /** Fewest pixels per year, for a chart of long tiers; most, for one with a short tier. */
  minPerYear: 24,
  maxPerYear: 48,
} as const;
/** The summaries panel: a rule, padding, 20px lines (set in the styles), at most 680px wide. */
export const DETAILS = { gap: 12, rule: 1, pad: 10, line: 20, metaGap: 4, maxWidth: 680 } as const;

/** A piece of text placed in the chart; `kind` says how it is styled. */
export interface Label extends PlacedText {
  /** `title`, `salary`, `meta` (years and pay), `years`, or `years-inside` (on the bar). */
  readonly kind: 'title' | 'salary' | 'meta' | 'years' | 'years-inside';
}

/** One tier, as drawn and as read. */
export interface TierMark {
  /** The tier's id, else its position. */
  readonly id: string;
  readonly title: string;
  readonly years: { readonly min: number; readonly max: number | null };
  /** `0–2 years`, `8+ years`. */
  readonly yearsText: string;
  /** `Entry-Level · $79,000`, when the tier is linked to a salary level. */
  readonly salaryText: string | undefined;
  /** Years and pay in one line: `0–2 years · Entry-Level · $79,000`. */
  readonly meta: string;
  /** Title, years and pay, for the readout line. */
  readonly exact: string;
  /** What a screen reader hears on focus (the summary is its description). */
  readonly ariaLabel: string;
  readonly summary: string | undefined;
  /** Open-ended: no upper bound of years; drawn running to the edge with an arrow. */
  readonly open: boolean;
  readonly bar: Box;
  /** SVG path of the bar: a rectangle, or one ending in a point when open-ended. */
  readonly path: string;
  /** Where an open bar starts to fade, as a fraction of its length: past the years written on it. */
  readonly fade: number;
  readonly labels: readonly Label[];
  /** The tier's band, tinted while its summary is in the panel. */
  readonly row: Box;
  /** The area the focus ring outlines. */
  readonly focus: Box;
}

/** Everything the tiers element draws. */
/** The career tiers on a timeline of years of experience. */
export interface TiersLayout extends TimelineFrame, BlockHeight, FrameLines {
  /** The axis's name, line by line: in the label column when wide, over the timeline when narrow. */
  readonly axisTitle: readonly Omit<Label, 'kind'>[];
  readonly marks: readonly TierMark[];
  /** Height reserved for the summaries panel (0 when no tier has a summary). */
  readonly detailsHeight: number;
  readonly title: string;
  /** Where and per what period the pay is, when a tier has pay. */
  readonly subtitle: string | undefined;
  /** The table's caption, with the pay's context. */
  readonly tableCaption: string;
  /** The table's column headers. */
  readonly tableHeaders: readonly string[];
  /** One paragraph that says what the chart shows, generated from the data. */
  readonly summary: string;
  /** The readout line when no tier is hovered or focused. */
  readonly hint: string;
  /** Every tier with its years, pay and summary, for the table. */
  readonly table: readonly TiersRow[];
}

/**
 * A tier in the table, in words (`tier`, `years`, `salary`, `summary`) and, for its downloads,
 * in numbers: its years of experience (`span.max` null when open-ended) and the pay of its
 * salary level, in the salary section's currency and period.
 */
export interface TiersRow {
  readonly tier: string;
  readonly years: string;
  readonly salary: string;
  readonly summary: string;
  readonly span: Tier['years'];
  readonly amount: number | undefined;
}

/** What the layout needs besides the tiers. */
export interface TiersLayoutOptions extends LayoutOptions<'tiers' | 'salary'> {
  /** The guide's salary, for tiers linked to a salary level. */
  readonly salary?: Salary | undefined;
}

type Years = Tier['years'];

/** The axis domain: from zero to a nice bound past every tier, with room for open ends. */
export function tiersDomain(years: readonly Years[], tickCount: number): [number, number] {
  const closed = Math.max(0, ...years.map((span) => span.max ?? span.min));
  const openStarts = years.filter((span) => span.max === null).map((span) => span.min);
  // An open tier runs on past its start: a quarter of it, at least two years.
  const open = openStarts.length ? Math.max(...openStarts.map((start) => start + Math.max(2, Math.ceil(start / 4)))) : 0;
  const domain = scaleLinear()
    .domain([0, Math.max(closed, open) || 1])
    .nice(tickCount)
    .domain();
  return [domain[0]!, domain[1]!];
}

/**
 * Pixels per year in the narrow chart: enough for every tier's words (`words[i]` px tall with
 * their padding) beside its bar, within bounds. Tiers shorter than that (a year, say) have
 * their words flow on below.
 */
function perYear(years: readonly Years[], words: readonly number[], end: number): number {
  const needed = years.map((span, i) => (words[i]! + 4) / Math.max(0.5, (span.max ?? end) - span.min));
  return Math.min(NARROW.maxPerYear, Math.max(NARROW.minPerYear, ...needed));
}

/** The narrow chart's vertical scale, and where each tier's words (`words[i]` px tall with their padding) start and end. */
function timeline(years: readonly Years[], words: readonly number[], top: number) {
  const domain = tiersDomain(years, 6);
  const y = scaleLinear()
    .domain(domain)
    .range([top, top + domain[1] * perYear(years, words, domain[1])]);
  // Words start at their tier's first year, or under the previous tier's words when a tier is
  // too short to hold them (a tier of zero years, say).
  const blocks: number[] = [];
  years.forEach((span, i) => blocks.push(Math.max(y(span.min) + NARROW.pad, i === 0 ? -Infinity : blocks[i - 1]! + words[i - 1]!)));
  const end = Math.max(y(domain[1]), (blocks.at(-1) ?? 0) + (words.at(-1) ?? 0) - NARROW.pad);
  return { domain, y, blocks, height: end + NARROW.bottom };
}

/** A tier's panel texts. */
export interface DetailsText {
  readonly title: string;
  readonly meta: string;
  readonly summary: string | undefined;
}

/**
 * The panel's height at `width`: the tallest tier's title, years and summary. Summaries are
 * stacked in one grid cell, so the panel is as tall as its tallest entry, whichever is shown.
 */
export function detailsHeight(texts: readonly DetailsText[], width: number): number {
  const inner = Math.min(width, DETAILS.maxWidth);
  const lines = (text: string, bold = false) => wrapText(text, inner, FONT, { bold }).length * DETAILS.line;
  const entry = (text: DetailsText) => lines(text.title, true) + lines(text.meta) + (text.summary ? DETAILS.metaGap + lines(text.summary) : 0);
  if (!texts.some((text) => text.summary)) return 0;
  return DETAILS.rule + DETAILS.pad + Math.max(...texts.map(entry));
}

/** Lays out the career tiers chart. */
export function tiersLayout(tiers: readonly Tier[], { width, locale, messages, salary, rtl = false }: TiersLayoutOptions): TiersLayout {
  const m = messages.tiers;
  const narrow = width < NARROW_BELOW;
  const levels = new Map(salary?.levels?.map((level) => [level.id, level]));
  const years = tiers.map((tier) => tier.years);

  // Words first: they are the same in both orientations.
  const words = tiers.map((tier, index) => {
    const level = tier.salaryLevel ? levels.get(tier.salaryLevel) : undefined;
    const pay = level && salary ? formatMoney(level.amount, salary.currency, locale) : undefined;
    const yearsText = formatYears(tier.years.min, tier.years.max, locale, m.orMore);
    const salaryText = level && pay ? `${level.label} · ${pay}` : undefined;
    const spokenYears = formatYears(tier.years.min, tier.years.max, locale, m.orMore, messages.fromTo);
    const spoken = [tier.title, spokenYears, ...(level && pay ? [`${level.label} ${pay}`] : [])].join(', ');
    return {
      id: tier.id ?? String(index),
      title: tier.title,
      years: tier.years,
      yearsText,
      spokenYears,
      salaryText,
      meta: salaryText ? `${yearsText} · ${salaryText}` : yearsText,
      exact: [tier.title, yearsText, ...(salaryText ? [salaryText] : [])].join(' · '),
      ariaLabel: spoken,
      summary: tier.summary,
      open: tier.years.max === null,
    };
  });

  const geometry = narrow ? verticalGeometry(years, words, m.axisTitle, width, locale) : horizontalGeometry(years, words, m.axisTitle, width, locale);
  const marks: TierMark[] = words.map((word, index) => {
    const place = geometry.place(index, word);
    return { ...word, ...place };
  });

  const pays = tiers.flatMap((tier) => levels.get(tier.salaryLevel ?? '')?.amount ?? []);
  const period = salary ? messages.salary.perPeriod(salary.period) : '';
  const linked = words.some((word) => word.salaryText !== undefined);
  const payContext = linked && salary ? m.subtitle(period, countryName(salary.country, locale), salary.currency) : undefined;

  const details = detailsHeight(words, width);
  const frame = frameLines(m.title, payContext, [...words.map((word) => word.exact), m.hint], width);
  const layout: TiersLayout = {
    width,
    height: geometry.height,
    // The panel stands under the chart, a gap below it, when a tier has a summary; and the
    // frame's lines past those it reserves.
    blockHeight: geometry.height + (details > 0 ? DETAILS.gap + details : 0) + frame.frameHeight,
    ...frame,
    narrow,
    rtl: false,
    domain: geometry.domain,
    ticks: geometry.ticks,
    plot: geometry.plot,
    tickLabelAt: geometry.tickLabelAt,
    tickRule: geometry.tickRule,
    axisTitle: geometry.axisTitle,
    marks,
    detailsHeight: details,
    title: m.title,
    subtitle: payContext,
    tableCaption: payContext ? messages.label(m.tableCaption, payContext) : m.tableCaption,
    tableHeaders: [m.tableTier, m.tableYears, m.tableSalary, m.tableSummary],
    // What the tiers' names do not say: the last tier is open-ended, and pay rises tier by tier.
    summary: m.summary({
      count: tiers.length,
      countText: numberFormat(locale, {}).format(tiers.length),
      open: tiers.at(-1)?.years.max === null,
      payRises: pays.length > 1 && pays.every((pay, i) => i === 0 || pay > pays[i - 1]!),
    }),
    hint: m.hint,
    table: words.map((word, index) => ({
      tier: word.title,
      years: word.spokenYears,
      salary: word.salaryText ?? '',
      summary: word.summary ?? '',
      span: word.years,
      amount: levels.get(tiers[index]!.salaryLevel ?? '')?.amount,
    })),
  };
  return rtl ? mirrored(layout) : layout;
}

/** The chart reflected for right-to-left reading (see `chart/mirror.ts`); words unchanged. */
function mirrored(layout: TiersLayout): TiersLayout {
  const w = layout.width;
  return {
    ...layout,
    rtl: true,
    ...mirrorTimeAxis(layout),
    axisTitle: layout.axisTitle.map((line) => mirrorLabel(line, w)),
    marks: layout.marks.map((mark) => ({
      ...mark,
      bar: mirrorBox(mark.bar, w),
      path: mirrorPath(mark.path, w),
      labels: mark.labels.map((label) => mirrorLabel(label, w)),
      row: mirrorBox(mark.row, w),
      focus: mirrorBox(mark.focus, w),
    })),
  };
}

interface TierWords {
  readonly title: string;
  readonly years: Years;
  readonly yearsText: string;
  readonly salaryText: string | undefined;
  readonly meta: string;
  readonly open: boolean;
}

type Placed = Pick<TierMark, 'bar' | 'path' | 'fade' | 'labels' | 'row' | 'focus'>;

interface Geometry {
  readonly height: number;
  readonly domain: [number, number];
  readonly ticks: Tick[];
  readonly plot: TiersLayout['plot'];
  readonly tickLabelAt: number;
  readonly tickRule: TiersLayout['tickRule'];
  readonly axisTitle: readonly Omit<Label, 'kind'>[];
  place(index: number, tier: TierWords): Placed;
}


/** Lines a title should take in a wide row: two above its pay, three when it has none. */
const titleLinesAllowed = (tier: TierWords) => (tier.salaryText ? 2 : 3);

/**
 * The label column's width. Every title on one line when that takes at most a third of the
 * chart; else the narrowest (by tens, from a quarter of the chart, at most 40% of it) in which
 * every title fits two lines, or its allowed lines, and every pay its one line. Titles that
 * still take more lines make their row taller: nothing is cut.
 */
function labelColumn(tiers: readonly TierWords[], width: number): number {
  const oneLine = Math.max(...tiers.map((tier) => Math.max(textWidth(tier.title, FONT, true), tier.salaryText ? textWidth(tier.salaryText, SMALL) : 0)));
  if (oneLine <= width / 3) return Math.max(150, Math.ceil(oneLine / 10) * 10);
  const widest = Math.round(width * 0.4);
  const fits = (column: number, lines: (tier: TierWords) => number) =>
    tiers.every(
      (tier) =>
        wrapText(tier.title, column, FONT, { bold: true }).length <= lines(tier) &&
        (!tier.salaryText || textWidth(tier.salaryText, SMALL) <= column),
    );
  const from = Math.max(150, Math.round(width / 40) * 10);
  // Two lines a title where they fit, else three for titles without pay.
  for (const lines of [() => 2, titleLinesAllowed]) {
    for (let column = from; column < widest; column += 10) if (fits(column, lines)) return column;
  }
  return widest;
}

/** Gantt rows: titles and pay on the left, each tier's bar from its first to its last year. */
function horizontalGeometry(years: readonly Years[], tiers: readonly TierWords[], axisTitle: string, width: number, locale: string): Geometry {
  const labelWidth = labelColumn(tiers, width);
  const x0 = labelWidth + WIDE.gap;
  const x1 = width - 1;
  // About one tick per 70px; years are whole, so steps of one year at most.
  const tickCount = Math.max(2, Math.floor((x1 - x0) / 70));
  const domain = tiersDomain(years, tickCount);
  const x = scaleLinear().domain(domain).range([x0, x1]);
  const top = WIDE.top;
  // Each row's words in the label column, and the row as tall as they need, at least the pitch.
  const rows = tiers.map((tier) => {
    const titleLines = wrapText(tier.title, labelWidth, FONT, { bold: true });
    const salaryLines = tier.salaryText ? wrapText(tier.salaryText, labelWidth, SMALL) : [];
    const words = titleLines.length * WIDE.titleLine + salaryLines.length * WIDE.smallLine;
    return { titleLines, salaryLines, words, pitch: Math.max(WIDE.pitch, words + 2 * WIDE.pad) };
  });
  let bottom = top;
  const rowTops = rows.map((row) => {
    const rowTop = bottom;
    bottom += row.pitch;
    return rowTop;
  });
  // Whole years only: a tick at 2.5 years says nothing a reader needs.
  const wholeYears: TickScale = Object.assign((value: number) => x(value), { ticks: (count?: number) => x.ticks(count).filter(Number.isInteger) });
  const ticks = axisTicks(wholeYears, tickCount, (value) => formatYearNumber(value, locale), width);

  // The axis title stands in the label column, on the tick labels' line and the next if it wraps.
  const titleLines = wrapText(axisTitle, labelWidth, SMALL);
  return {
    height: bottom + WIDE.axis + Math.max(0, titleLines.length - 2) * NARROW.axisLine,
    domain,
    ticks,
    plot: { x0, x1, top, bottom },
    tickLabelAt: bottom + 16,
    tickRule: undefined,
    axisTitle: titleLines.map((text, line) => ({ text, x: labelWidth, y: bottom + 16 + line * NARROW.axisLine, anchor: 'end' })),
    place(index, tier) {
      const rowTop = rowTops[index]!;
      const { titleLines, salaryLines, words, pitch } = rows[index]!;
      const blockTop = rowTop + (pitch - words) / 2;
      const labels: Label[] = titleLines.map((text, line) => ({ text, x: 0, y: blockTop + 13 + line * WIDE.titleLine, anchor: 'start', kind: 'title' }));
      const salaryTop = blockTop + titleLines.length * WIDE.titleLine;
      salaryLines.forEach((text, line) => labels.push({ text, x: 0, y: salaryTop + 12 + line * WIDE.smallLine, anchor: 'start', kind: 'salary' }));

      const start = x(tier.years.min);
      const end = tier.open ? x1 : x(tier.years.max ?? tier.years.min);
      const bar: Box = { x: start, y: rowTop + (pitch - WIDE.bar) / 2, width: Math.max(tier.open ? ARROW + 4 : 3, end - start), height: WIDE.bar };
      const path = barPath(bar, tier.open ? { end: 'right', arrow: ARROW } : undefined);
      // Years on the bar when they fit, else just past its end (or before its start).
      const yearsWidth = textWidth(tier.yearsText, SMALL, true);
      const room = bar.width - (tier.open ? ARROW : 0) - 14;
      const baseline = bar.y + bar.height / 2 + 4;
      if (yearsWidth <= room) labels.push({ text: tier.yearsText, x: bar.x + 7, y: baseline, anchor: 'start', kind: 'years-inside' });
      else if (bar.x + bar.width + 6 + yearsWidth <= width) labels.push({ text: tier.yearsText, x: bar.x + bar.width + 6, y: baseline, anchor: 'start', kind: 'years' });
      else labels.push({ text: tier.yearsText, x: bar.x - 6, y: baseline, anchor: 'end', kind: 'years' });

      // The fade starts after the years on the bar (with room for wider glyphs than estimated),
      // so that they are written on the full color end to end.
      const fade = yearsWidth <= room ? Math.min(0.9, Math.max(FADE_FROM, (7 + yearsWidth * 1.25 + 8) / bar.width)) : FADE_FROM;
      return {
        bar,
        path,
        fade,
        labels,
        row: { x: -4, y: rowTop + 2, width: width + 8, height: pitch - 4 },
        focus: { x: -4, y: rowTop + 1, width: width + 8 - 1, height: pitch - 2 },
      };
    },
  };
}

/** A top-to-bottom timeline: years down the left, each tier's bar and words beside it. */
function verticalGeometry(years: readonly Years[], tiers: readonly TierWords[], axisTitle: string, width: number, locale: string): Geometry {
  const textWidthAvailable = width - NARROW.textX;
  // Each tier's words beside its bar, on as many lines as they take, and their height with padding.
  const words = tiers.map((tier) => {
    const titleLines = wrapText(tier.title, textWidthAvailable, FONT, { bold: true });
    const metaLines = wrapText(tier.meta, textWidthAvailable, SMALL);
    return { titleLines, metaLines, height: titleLines.length * NARROW.titleLine + metaLines.length * NARROW.smallLine + 2 * NARROW.pad };
  });
  // The axis title over the timeline, on the lines it takes; the timeline under it.
  const titleLines = wrapText(axisTitle, width, SMALL);
  const top = NARROW.top + (titleLines.length - 1) * NARROW.axisLine;
  const { domain, y, blocks, height } = timeline(
    years,
    words.map((word) => word.height),
    top,
  );
  const bottom = y(domain[1]);
  const tickCount = Math.max(2, Math.floor((bottom - top) / 45));
  const ticks: Tick[] = y
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, position: y(value), label: formatYearNumber(value, locale), anchor: 'end' }));

  return {
    height,
    domain,
    ticks,
    plot: { x0: NARROW.barX, x1: NARROW.barX + NARROW.bar, top, bottom },
    tickLabelAt: NARROW.barX - 10,
    tickRule: { x1: NARROW.barX - 7, x2: NARROW.barX - 2 },
    axisTitle: titleLines.map((text, line) => ({ text, x: 0, y: NARROW.axisTitle + line * NARROW.axisLine, anchor: 'start' })),
    place(index, tier) {
      const start = y(tier.years.min);
      const end = tier.open ? bottom : y(tier.years.max ?? tier.years.min);
      // A pixel apart, so that tiers that meet read as two.
      const bar: Box = { x: NARROW.barX, y: start + 1, width: NARROW.bar, height: Math.max(tier.open ? ARROW + 4 : 3, end - start - 2) };
      const path = barPath(bar, tier.open ? { end: 'down', arrow: ARROW } : undefined);
      const { titleLines, metaLines, height: wordsHeight } = words[index]!;
      const blockTop = blocks[index] ?? start + NARROW.pad;
      const labels: Label[] = titleLines.map((text, line) => ({ text, x: NARROW.textX, y: blockTop + 13 + line * NARROW.titleLine, anchor: 'start', kind: 'title' }));
      const metaTop = blockTop + titleLines.length * NARROW.titleLine;
      metaLines.forEach((text, line) => labels.push({ text, x: NARROW.textX, y: metaTop + 13 + line * NARROW.smallLine, anchor: 'start', kind: 'meta' }));
      const band = Math.max(end - start, blockTop + wordsHeight - NARROW.pad - start);
      return {
        bar,
        path,
        fade: FADE_FROM,
        labels,
        row: { x: NARROW.textX - 8, y: start + 1, width: width - NARROW.textX + 12, height: band - 2 },
        // Right of the tick labels, which the ring would otherwise cross.
        focus: { x: NARROW.barX - 5, y: start + 1, width: width - NARROW.barX + 5 + 3, height: band - 2 },
      };
    },
  };
}
