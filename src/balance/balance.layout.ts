/**
 * The work-life balance meters' geometry and words, computed from the guide's `workLife`
 * section, the container width and the language: two five-step meters (stress level, balance
 * rating) on ordinal band scales, and the room the text below them takes. Pure: no Lit, no
 * DOM. The element draws what this returns.
 */
import { scaleBand } from 'd3-scale';
import { BALANCE_RATINGS, STRESS_LEVELS, type Guide } from '../contract/schema.js';
import { numberFormat } from '../chart/intl.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import { wrapText } from '../chart/text.js';
import type { Label } from '../chart/geometry.js';
import { mirrorBox, mirrorLabel, mirrorPath } from '../chart/mirror.js';
export type { Label };

// Geometry in CSS pixels.
const GAP = 12;
const BORDER = 1;
const PAD_Y = 12;
const PAD_X = { wide: 16, narrow: 12 };
const LABEL_SIZE = 13;
const LABEL_LINE = 18;
const WORD_SIZE = 18;
const WORD_LINE = 24;
const WORD_GAP = 8;
const MARKER = 6;
const MARKER_GAP = 3;
const SEGMENT = 14;
const SEGMENT_PADDING = 0.12;
const ENDS_GAP = 4;
const ENDS_LINE = 16;
/** The drawing under the word: marker, segments, end words. */
const SCALE_HEIGHT = MARKER + MARKER_GAP + SEGMENT + ENDS_GAP + ENDS_LINE;
/** A card with its name and its level on a line each; longer ones make every card taller. */
const CARD_HEIGHT = 2 * (BORDER + PAD_Y) + LABEL_LINE + WORD_LINE + WORD_GAP + SCALE_HEIGHT;

// The text under the meters. Its height is estimated by wrapping it with widths that err wide
// (the layout has no fonts), and reserved, so that what follows does not move once the browser
// has set it.
const TEXT_GAP = 8;
const TEXT_SIZE = 14;
const TEXT_LINE = 21;
const PARAGRAPH_GAP = 10;
const TEXT_MAX = 680;

/** The section this element draws. */
export type WorkLife = NonNullable<Guide['workLife']>;

/** One step of a meter's scale. */
export interface Segment {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Up to and including the level: drawn solid; above it: drawn as an outline. */
  readonly filled: boolean;
}

/** One meter: stress level or balance rating. */
export interface BalanceMeter {
  readonly id: 'stress' | 'balance';
  /** The meter's visible label, `Stress level`, and its accessible name. */
  readonly name: string;
  /** The level in words, `Moderate to high`, shown and used as `aria-valuetext`. */
  readonly word: string;
  /** The level's place on the scale, from 1. */
  readonly index: number;
  readonly count: number;
  readonly segments: readonly Segment[];
  /** A small triangle over the level's segment. */
  readonly marker: string;
  /** The scale's end words, `Low` and `High`. */
  readonly ends: readonly [Label, Label];
  /** Zero-based grid cell. */
  readonly row: number;
  readonly column: number;
}

/** Everything the balance element draws. */
export interface BalanceLayout extends BlockHeight, FrameLines {
  readonly width: number;
  readonly narrow: boolean;
  readonly columns: number;
  readonly gap: number;
  readonly cardWidth: number;
  readonly cardHeight: number;
  /** The meters' block: rows × card height plus the gaps; 0 without meters. */
  readonly metersHeight: number;
  /** Width and height of each meter's drawing. */
  readonly scale: { readonly width: number; readonly height: number };
  /** Sizes the CSS uses, in pixels. */
  readonly metrics: {
    readonly border: number;
    readonly padX: number;
    readonly padY: number;
    readonly labelSize: number;
    readonly labelLine: number;
    readonly wordSize: number;
    readonly wordLine: number;
    readonly wordGap: number;
  };
  readonly meters: readonly BalanceMeter[];
  /** The paragraphs under the meters and the room reserved for them. */
  readonly text: {
    readonly paragraphs: readonly string[];
    readonly width: number;
    /** Including the gap above it; 0 without text. */
    readonly height: number;
    readonly gap: number;
    readonly size: number;
    readonly line: number;
    readonly paragraphGap: number;
  };
  /** Meters and text together. */
  readonly height: number;
  readonly title: string;
  /** What the meters are, generated from the data; each meter says its own level. */
  readonly summary: string;
}

/** What the layout needs besides its section. */
export type BalanceLayoutOptions = LayoutOptions<'balance'>;

/** Whether the section has anything to show. */
export function hasWorkLife(workLife: WorkLife | undefined): boolean {
  return workLife !== undefined && (workLife.stress !== undefined || workLife.balance !== undefined || (workLife.text?.length ?? 0) > 0);
}

/** The meters' block height for `count` meters at `width`, in cards `cardHeight` tall. */
export function balanceMetersHeight(count: number, width: number, cardHeight = CARD_HEIGHT): number {
  if (count === 0) return 0;
  const rows = width < NARROW_BELOW ? count : Math.ceil(count / 2);
  return rows * cardHeight + (rows - 1) * GAP;
}

/** The room reserved for these paragraphs at `width`, gap included. */
export function balanceTextHeight(paragraphs: readonly string[], width: number, afterMeters = true): number {
  if (paragraphs.length === 0) return 0;
  const textWidth = Math.min(width, TEXT_MAX);
  const lines = paragraphs.reduce((sum, paragraph) => sum + Math.max(1, wrapText(paragraph, textWidth, TEXT_SIZE).length), 0);
  return (afterMeters ? TEXT_GAP : 0) + lines * TEXT_LINE + (paragraphs.length - 1) * PARAGRAPH_GAP;
}

/** Lays out the meters and the text. */
export function balanceLayout(workLife: WorkLife, { width, locale, messages, rtl = false }: BalanceLayoutOptions): BalanceLayout {
  const m = messages.balance;
  const narrow = width < NARROW_BELOW;
  const count = (workLife.stress ? 1 : 0) + (workLife.balance ? 1 : 0);
  const columns = narrow ? 1 : Math.max(1, Math.min(2, count));
  const padX = narrow ? PAD_X.narrow : PAD_X.wide;
  const cardWidth = Math.max(0, (width - (columns - 1) * GAP) / columns);
  const scaleWidth = Math.max(10, cardWidth - 2 * (BORDER + padX));
  const numeral = (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value);

  const meter = <L extends string>(id: 'stress' | 'balance', levels: readonly L[], words: Record<L, string>, level: L, slot: number): BalanceMeter => {
    const name = m[id].name;
    // One band per level, low to high; the bands' padding separates the segments.
    const x = scaleBand<L>().domain(levels).range([0, scaleWidth]).paddingInner(SEGMENT_PADDING);
    const index = levels.indexOf(level) + 1;
    const segmentY = MARKER + MARKER_GAP;
    const segments = levels.map((step, i) => ({ x: x(step) ?? 0, y: segmentY, width: x.bandwidth(), height: SEGMENT, filled: i < index }));
    const centre = (x(level) ?? 0) + x.bandwidth() / 2;
    const half = Math.min(MARKER, x.bandwidth() / 2);
    const endsY = segmentY + SEGMENT + ENDS_GAP + 12;
    const ends: [Label, Label] = [
      { text: words[levels[0]!], x: 0, y: endsY, anchor: 'start' },
      { text: words[levels[levels.length - 1]!], x: scaleWidth, y: endsY, anchor: 'end' },
    ];
    const marker = `M${centre - half},0H${centre + half}L${centre},${MARKER}Z`;
    // Right to left, the scale is the left-to-right one reflected (see chart/mirror.ts): the
    // cards themselves are HTML and follow the page's direction by themselves.
    return {
      id,
      name,
      word: words[level],
      index,
      count: levels.length,
      segments: rtl ? segments.map((segment) => mirrorBox(segment, scaleWidth)) : segments,
      marker: rtl ? mirrorPath(marker, scaleWidth) : marker,
      ends: rtl ? [mirrorLabel(ends[0], scaleWidth), mirrorLabel(ends[1], scaleWidth)] : ends,
      row: narrow ? slot : Math.floor(slot / columns),
      column: narrow ? 0 : slot % columns,
    };
  };

  const meters: BalanceMeter[] = [];
  if (workLife.stress) meters.push(meter('stress', STRESS_LEVELS, m.stress.levels, workLife.stress, meters.length));
  if (workLife.balance) meters.push(meter('balance', BALANCE_RATINGS, m.balance.levels, workLife.balance, meters.length));

  const paragraphs = workLife.text ?? [];
  // Every card as tall as the longest name and level take, wrapped in its width.
  const lines = (texts: string[], size: number, bold = false) => Math.max(1, ...texts.map((text) => wrapText(text, scaleWidth, size, { bold }).length)) - 1;
  const cardHeight = CARD_HEIGHT + lines(meters.map((item) => item.name), LABEL_SIZE) * LABEL_LINE + lines(meters.map((item) => item.word), WORD_SIZE, true) * WORD_LINE;
  const metersHeight = balanceMetersHeight(meters.length, width, cardHeight);
  const textHeight = balanceTextHeight(paragraphs, width, meters.length > 0);

  // The readout line stays empty: every figure is written on the cards.
  const frame = frameLines(m.title, undefined, [], width);
  return {
    width,
    narrow,
    columns,
    gap: GAP,
    cardWidth,
    cardHeight,
    metersHeight,
    scale: { width: scaleWidth, height: SCALE_HEIGHT },
    metrics: { border: BORDER, padX, padY: PAD_Y, labelSize: LABEL_SIZE, labelLine: LABEL_LINE, wordSize: WORD_SIZE, wordLine: WORD_LINE, wordGap: WORD_GAP },
    meters,
    text: {
      paragraphs,
      width: Math.min(width, TEXT_MAX),
      height: textHeight,
      gap: meters.length > 0 && paragraphs.length > 0 ? TEXT_GAP : 0,
      size: TEXT_SIZE,
      line: TEXT_LINE,
      paragraphGap: PARAGRAPH_GAP,
    },
    height: metersHeight + textHeight,
    // Meters, text, and the frame's lines past those it reserves.
    blockHeight: metersHeight + textHeight + frame.frameHeight,
    ...frame,
    title: m.title,
    // What the meters are, not their levels, which each meter says.
    summary: m.summary(
      meters.map((item) => item.name),
      numeral(Math.max(0, ...meters.map((item) => item.count))),
    ),
  };
}
