/**
 * The market-demand gauge's geometry and words, computed from the guide's `demand` section (with
 * the growth rate of its job outlook, or else of its headline facts), the container width and the
 * language. Pure: no Lit, no DOM. The element draws what this returns.
 *
 * The gauge is a semicircle in three segments, low, moderate and high, left to right; the
 * current level's segment is filled and a needle points at it, and the level is written in words
 * under it, so neither color nor position alone carries the reading. Wide, the growth figure and
 * the note stand in a column beside the gauge; narrow, everything stacks and the gauge shrinks to fit.
 */
import { arc } from 'd3-shape';
import { DEMAND_LEVELS, type DemandLevel, type Guide, type Percent, type Source } from '../contract/schema.js';
import { formatAsOf } from '../chart/as-of.js';
import { formatPercent } from '../chart/format.js';
import { textWidth, wrapText } from '../chart/text.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import type { Box, Label } from '../chart/geometry.js';
import { mirrorLabel, mirrorPath } from '../chart/mirror.js';
export type { Box, Label };

/** The gauge's widest size; narrow containers get a smaller one. */
export const GAUGE_WIDTH = 240;

/** Font sizes and line heights in px; `demand.styles.ts` sets the same. */
export const TEXT = {
  word: { size: 28, line: 34 },
  end: { size: 12, line: 16 },
  value: { size: 28, line: 34 },
  label: { size: 14, line: 20 },
  source: { size: 12, line: 18 },
  note: { size: 14, line: 20 },
} as const;

const PAD = 4; // room for the segments' outline and the needle's halo
const INNER = 0.6; // inner radius, as a share of the outer one
const SEGMENT_PAD = 0.025; // radians between segments
const END_GAP = 6; // between the arc's base and the end labels' top
const COLUMN_GAP = 40;
const BLOCK_GAP = 16;
const SOURCE_GAP = 4;

/** One segment of the gauge. */
export interface GaugeSegment {
  readonly level: DemandLevel;
  /** SVG path data from d3-shape's arc, centred on the gauge's hub. */
  readonly path: string;
  /** Whether this is the guide's level: filled, the others muted. */
  readonly current: boolean;
}

/** The gauge: where it stands, its drawing, and the level in words beneath. */
export interface Gauge {
  /** The whole gauge block: drawing, level word, and the demand's own source when it has one. */
  readonly box: Box;
  /** Size of the drawing (top of the block). */
  readonly width: number;
  readonly height: number;
  /** The hub, in the drawing's coordinates: centre of the arcs and pivot of the needle. */
  readonly cx: number;
  readonly cy: number;
  readonly outer: number;
  readonly inner: number;
  readonly segments: readonly GaugeSegment[];
  /** The needle's angle in radians, clockwise from 12 o'clock (−π/2 is low's end, π/2 high's; negated right to left). */
  readonly angle: number;
  /** SVG path data of the needle, centred on the hub. */
  readonly needle: string;
  /** "Low" under the left end, "High" under the right end (the other way round right to left). */
  readonly ends: readonly [Label, Label];
}

/** The growth rate beside or under the gauge. */
export interface GrowthBlock {
  readonly box: Box;
  /** The rate through Intl: `9%`. */
  readonly value: string;
  /** The rate as the guide gives it, for the downloads. */
  readonly rate: Percent;
  /** `projected growth` or `growth rate`, by where the figure comes from. */
  readonly label: string;
  /** The outlook in words, e.g. "Growing faster than average". */
  readonly status: string | undefined;
  /** `Source: U.S. Bureau of Labor Statistics`. */
  readonly source: string | undefined;
}

/** Everything the demand element draws. */
export interface DemandLayout extends BlockHeight, FrameLines {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  readonly level: DemandLevel;
  /** The level's position on the scale: 0 low, 1 moderate, 2 high. */
  readonly levelIndex: number;
  /** The level in words, large under the gauge. */
  readonly word: string;
  /** The demand section's own source, under the word. */
  readonly demandSource: string | undefined;
  readonly gauge: Gauge;
  /** The gauge's accessible name: "Market demand: High, on a scale from Low to High". */
  readonly gaugeLabel: string;
  readonly growth: GrowthBlock | undefined;
  readonly note: { readonly text: string; readonly box: Box } | undefined;
  readonly title: string;
  /** What the element shows, and the source of the level: the gauge and the growth block say the figures. */
  readonly summary: string;
}

/** The sections the element reads: `demand`, and the growth rate of `outlook` or `facts`. */
export type DemandInput = Pick<Guide, 'outlook' | 'facts'> & { readonly demand: NonNullable<Guide['demand']> };

/** What the layout needs besides its section. */
export type DemandLayoutOptions = LayoutOptions<'demand'>;

/** The words of a demand block, all that its geometry depends on. */
interface DemandText {
  readonly demandSource?: string | undefined;
  readonly growth?: { readonly label: string; readonly status?: string | undefined; readonly source?: string | undefined } | undefined;
  readonly note?: string | undefined;
}

/** Lays out the demand gauge and its text. */
export function demandLayout(input: DemandInput, { width, locale, messages, rtl = false }: DemandLayoutOptions): DemandLayout {
  const m = messages.demand;
  const { demand } = input;
  const levelIndex = DEMAND_LEVELS.indexOf(demand.level);
  const word = m.levels[demand.level];
  const sourceLine = (source: Source | undefined, asOf: string | undefined) => (source ? m.source(source.name, asOf === undefined ? undefined : formatAsOf(asOf, locale)) : undefined);

  const found = growthOf(input);
  const growthText = found && {
    value: formatPercent(found.rate.value, locale),
    rate: found.rate,
    label: m.growthLabel[found.from],
    status: found.status,
    source: sourceLine(found.source, found.asOf),
  };
  const demandSource = sourceLine(demand.source, demand.asOf);
  const g = geometry({ demandSource, growth: growthText, note: demand.note }, width);

  // Segments and needle are centred on the hub; the element translates them there.
  const angle = -Math.PI / 2 + ((levelIndex + 0.5) * Math.PI) / DEMAND_LEVELS.length;
  const segment = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(g.inner)
    .outerRadius(g.outer)
    .padAngle(SEGMENT_PAD)
    .cornerRadius(3)
    .digits(2);
  const step = Math.PI / DEMAND_LEVELS.length;
  const segments = DEMAND_LEVELS.map((level, i) => ({
    level,
    path: segment({ startAngle: -Math.PI / 2 + i * step, endAngle: -Math.PI / 2 + (i + 1) * step }) ?? '',
    current: i === levelIndex,
  }));

  const endY = g.cy + END_GAP + TEXT.end.size;
  const mid = (g.outer + g.inner) / 2;
  const ltrGauge: Gauge = {
    box: g.gaugeBox,
    width: g.gaugeWidth,
    height: g.drawingHeight,
    cx: g.cx,
    cy: g.cy,
    outer: g.outer,
    inner: g.inner,
    segments,
    angle,
    needle: needlePath(angle, g.outer - 6, Math.max(3, g.outer * 0.04)),
    // Centred under the arc's ends, unless a long word would then stick out of the drawing.
    ends: [
      textWidth(m.levels.low, TEXT.end.size) / 2 > g.cx - mid ? { text: m.levels.low, x: 0, y: endY, anchor: 'start' } : { text: m.levels.low, x: g.cx - mid, y: endY, anchor: 'middle' },
      textWidth(m.levels.high, TEXT.end.size) / 2 > g.cx - mid
        ? { text: m.levels.high, x: g.gaugeWidth, y: endY, anchor: 'end' }
        : { text: m.levels.high, x: g.cx + mid, y: endY, anchor: 'middle' },
    ],
  };

  // The gauge's boxes are HTML placed from the inline start, which the page's direction mirrors;
  // only its drawing is reflected here (around the hub, which the element translates into place).
  const gauge: Gauge = rtl
    ? {
        ...ltrGauge,
        segments: ltrGauge.segments.map((segment) => ({ ...segment, path: mirrorPath(segment.path, 0) })),
        angle: -ltrGauge.angle,
        needle: mirrorPath(ltrGauge.needle, 0),
        ends: [mirrorLabel(ltrGauge.ends[0], ltrGauge.width), mirrorLabel(ltrGauge.ends[1], ltrGauge.width)],
      }
    : ltrGauge;
  const gaugeLabel = m.gaugeLabel(word);
  const growth = growthText && g.growthBox ? { ...growthText, box: g.growthBox } : undefined;
  // What the element shows, and where the level comes from, which the gauge's name leaves out:
  // the gauge says the level, the growth block under it its figure, status and source.
  const summary = [`${[m.title, growth?.label].filter(Boolean).join(', ')}.`, demandSource && `${demandSource}.`].filter(Boolean).join(' ');

  // No readout: the gauge is not interactive.
  const frame = frameLines(m.title, undefined, undefined, width);
  return {
    width,
    height: g.height,
    blockHeight: g.height + frame.frameHeight,
    ...frame,
    narrow: g.narrow,
    level: demand.level,
    levelIndex,
    word,
    demandSource,
    gauge,
    gaugeLabel,
    growth,
    note: demand.note && g.noteBox ? { text: demand.note, box: g.noteBox } : undefined,
    title: m.title,
    summary,
  };
}

/** The growth rate the element shows: the job outlook's projection, else the headline facts' rate. */
function growthOf({ outlook, facts }: DemandInput):
  | { rate: Percent; from: 'outlook' | 'facts'; status: string | undefined; source: Source | undefined; asOf: string | undefined }
  | undefined {
  if (outlook?.growthRate) return { rate: outlook.growthRate, from: 'outlook', status: outlook.status, source: outlook.source, asOf: outlook.asOf };
  if (facts?.growthRate) return { rate: facts.growthRate, from: 'facts', status: undefined, source: facts.source, asOf: facts.asOf };
  return undefined;
}

/** A tapered needle from the hub to `length` at `angle`, `half` wide at its base either side. */
function needlePath(angle: number, length: number, half: number): string {
  const [dx, dy] = [Math.sin(angle), -Math.cos(angle)];
  const r = (value: number) => Math.round(value * 100) / 100;
  return `M${r(-dy * half)},${r(dx * half)}L${r(dx * length)},${r(dy * length)}L${r(dy * half)},${r(-dx * half)}Z`;
}

const linesOf = (text: string | undefined, width: number, size: number) => (text ? wrapText(text, Math.max(size * 4, width), size).length : 0);

/** Boxes from the words alone. */
function geometry(text: DemandText, width: number) {
  const narrow = width < NARROW_BELOW;
  const gaugeWidth = Math.min(GAUGE_WIDTH, width);
  const outer = gaugeWidth / 2 - PAD;
  const inner = outer * INNER;
  const cx = gaugeWidth / 2;
  const cy = PAD + outer;
  const drawingHeight = cy + END_GAP + TEXT.end.line;
  const demandSourceHeight = linesOf(text.demandSource, gaugeWidth, TEXT.source.size) * TEXT.source.line;
  const gaugeHeight = drawingHeight + TEXT.word.line + demandSourceHeight;
  const gaugeBox: Box = { x: narrow ? (width - gaugeWidth) / 2 : 0, y: 0, width: gaugeWidth, height: gaugeHeight };

  const column = narrow ? { x: 0, y: gaugeHeight + BLOCK_GAP, width } : { x: gaugeWidth + COLUMN_GAP, y: 0, width: width - gaugeWidth - COLUMN_GAP };
  let y = column.y;
  let growthBox: Box | undefined;
  if (text.growth) {
    const { label, status, source } = text.growth;
    const height =
      TEXT.value.line +
      linesOf(label, column.width, TEXT.label.size) * TEXT.label.line +
      linesOf(status, column.width, TEXT.label.size) * TEXT.label.line +
      (source ? SOURCE_GAP + linesOf(source, column.width, TEXT.source.size) * TEXT.source.line : 0);
    growthBox = { x: column.x, y, width: column.width, height };
    y += height + BLOCK_GAP;
  }
  let noteBox: Box | undefined;
  if (text.note) {
    noteBox = { x: column.x, y, width: column.width, height: linesOf(text.note, column.width, TEXT.note.size) * TEXT.note.line };
    y += noteBox.height + BLOCK_GAP;
  }
  const textBottom = y > column.y ? y - BLOCK_GAP : column.y - (narrow ? BLOCK_GAP : 0);
  const height = Math.max(gaugeHeight, textBottom);
  return { narrow, gaugeWidth, outer, inner, cx, cy, drawingHeight, gaugeBox, growthBox, noteBox, height };
}
