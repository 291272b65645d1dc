/**
 * The headline facts' tiles: which facts a guide has (with the fallbacks to its salary and
 * outlook sections), their words, and the grid they sit in at a given width. Pure: no Lit, no
 * DOM. The element renders what this returns as an HTML list.
 */
import type { Guide, Money, Percent, Source } from '../contract/schema.js';
import { formatAsOf } from '../chart/as-of.js';
import { formatMoney, formatPercent } from '../chart/format.js';
import { NARROW_BELOW, type BlockHeight, type LayoutOptions } from '../chart/layout.js';
import { frameLines, type FrameLines } from '../chart/frame.js';
import { textWidth, wrapText } from '../chart/text.js';

/** From this width the tiles stand four across; below it two across. */
export const FOUR_ACROSS_FROM = 680;
/** Below this width the tiles stand one above the other. */
export const TWO_ACROSS_FROM = 300;

// Tile geometry in CSS pixels. The figures and words shrink to fit a tile's width; the lines
// they sit on do not, so a tile's height depends on the number of lines only.
const BORDER = 1;
const PAD_Y = 12;
const PAD_X = { wide: 14, narrow: 10 };
const GAP = { wide: 12, narrow: 10 };
const NUMBER_SIZE = { wide: { max: 28, min: 18 }, narrow: { max: 24, min: 18 } };
const WORD_SIZE = { max: 16, min: 13 };
const NUMBER_LINE = 34;
const WORD_LINE = 21;
const GLYPH = 18;
const GLYPH_GAP = 3;
/** The figure area: one line of figures, two lines of words, or a glyph above one line of words. */
const VALUE_HEIGHT = Math.max(NUMBER_LINE, 2 * WORD_LINE, GLYPH + GLYPH_GAP + WORD_LINE);
const LABEL_SIZE = 13;
const LABEL_LINE = 18;
const LABEL_GAP = 4;
const META_SIZE = 12;
const META_LINE = 16;
const META_GAP = 4;
/** Lines kept for the period and the source under the label. */
const META_LINES = 2;

/** The facts a tile can show, in the order the tiles stand. */
export const FACT_IDS = ['growthRate', 'medianSalary', 'remoteFriendly', 'outlookStatus'] as const;
export type FactId = (typeof FACT_IDS)[number];

/** The guide sections the facts come from. */
export type FactsInput = Pick<Guide, 'title' | 'facts' | 'outlook' | 'salary'>;

/** One fact as the guide gives it, after the fallbacks. */
export type HeadlineFact =
  | { readonly id: 'growthRate'; readonly rate: Percent; readonly source: Source | undefined; readonly asOf: string | undefined }
  | { readonly id: 'medianSalary'; readonly money: Money; readonly source: Source | undefined; readonly asOf: string | undefined }
  | { readonly id: 'remoteFriendly'; readonly remote: boolean; readonly source: Source | undefined; readonly asOf: string | undefined }
  | { readonly id: 'outlookStatus'; readonly status: string; readonly source: Source | undefined; readonly asOf: string | undefined };

/** One tile as drawn. */
export interface FactTile {
  readonly id: FactId;
  /** `number` values are figures on one line; `word` values may wrap. */
  readonly kind: 'number' | 'word';
  /** The word shown under the figure: `growth rate`. */
  readonly label: string;
  /** The figure or word shown big: `9%`, `$100,000`, `Remote-friendly`. */
  readonly value: string;
  /** A qualifier under the label, `per year`. */
  readonly detail: string | undefined;
  /** Where the fact comes from, `Source: U.S. Bureau of Labor Statistics`. */
  readonly source: string | undefined;
  /** A decorative glyph beside the word (the word carries the meaning). */
  readonly glyph: 'remote' | 'on-site' | undefined;
  /** Zero-based grid cell. */
  readonly row: number;
  readonly column: number;
  /** The fact as the guide gives it, for the downloads. */
  readonly fact: HeadlineFact;
}

/** Everything the facts element draws. */
export interface FactsLayout extends BlockHeight, FrameLines {
  readonly width: number;
  /** The list's height: rows × row height plus the gaps. */
  readonly height: number;
  readonly narrow: boolean;
  readonly columns: number;
  readonly rows: number;
  readonly gap: number;
  readonly tileWidth: number;
  readonly rowHeight: number;
  /** Sizes the tiles' CSS uses, in pixels. */
  readonly metrics: {
    readonly border: number;
    readonly padX: number;
    readonly padY: number;
    readonly valueHeight: number;
    readonly numberSize: number;
    readonly numberLine: number;
    readonly wordSize: number;
    readonly wordLine: number;
    readonly glyph: number;
    readonly glyphGap: number;
    readonly labelSize: number;
    readonly labelLine: number;
    readonly labelGap: number;
    readonly metaSize: number;
    readonly metaLine: number;
    readonly metaGap: number;
  };
  readonly tiles: readonly FactTile[];
  readonly title: string;
  /** The role the facts are about, when the guide names it. */
  readonly subtitle: string | undefined;
  /** What the tiles are, by their labels: the tiles themselves say the figures. */
  readonly summary: string;
}

/** What the layout needs besides its section. */
export type FactsLayoutOptions = LayoutOptions<'facts'>;

/**
 * The facts a guide has, in tile order. `facts` comes first; the median salary falls back to
 * `salary.median` and the growth rate to `outlook.growthRate`, each with its own section's
 * source. A fact the guide does not have is left out.
 */
export function headlineFacts(guide: FactsInput): HeadlineFact[] {
  const { facts, outlook, salary } = guide;
  const fromFacts = { source: facts?.source, asOf: facts?.asOf };
  const fromOutlook = { source: outlook?.source, asOf: outlook?.asOf };
  const found: HeadlineFact[] = [];
  if (facts?.growthRate) found.push({ id: 'growthRate', rate: facts.growthRate, ...fromFacts });
  else if (outlook?.growthRate) found.push({ id: 'growthRate', rate: outlook.growthRate, ...fromOutlook });
  if (facts?.medianSalary) found.push({ id: 'medianSalary', money: facts.medianSalary, ...fromFacts });
  else if (salary?.median !== undefined)
    found.push({ id: 'medianSalary', money: { amount: salary.median, currency: salary.currency, period: salary.period }, source: salary.source, asOf: salary.asOf });
  if (facts?.remoteFriendly !== undefined) found.push({ id: 'remoteFriendly', remote: facts.remoteFriendly, ...fromFacts });
  if (outlook?.status) found.push({ id: 'outlookStatus', status: outlook.status, ...fromOutlook });
  return found;
}

/** How many tiles stand side by side at `width`, for `count` tiles. */
export function factsColumns(width: number, count: number = FACT_IDS.length): number {
  const across = width >= FOUR_ACROSS_FROM ? 4 : width >= TWO_ACROSS_FROM ? 2 : 1;
  return Math.max(1, Math.min(across, count));
}

/** The height of a tile with nothing beyond the lines every tile keeps. */
export function factsTileHeight(): number {
  return 2 * (BORDER + PAD_Y) + VALUE_HEIGHT + LABEL_GAP + LABEL_LINE + META_GAP + META_LINES * META_LINE;
}

/** The list's height for `count` tiles of the usual height at `width`. */
export function factsListHeight(count: number, width: number, rowHeight = factsTileHeight()): number {
  const narrow = width < NARROW_BELOW;
  const rows = Math.ceil(count / factsColumns(width, count));
  return rows * rowHeight + Math.max(0, rows - 1) * (narrow ? GAP.narrow : GAP.wide);
}

/** Lays out the facts' tiles. */
export function factsLayout(guide: FactsInput, { width, locale, messages }: FactsLayoutOptions): FactsLayout {
  const m = messages.facts;
  const narrow = width < NARROW_BELOW;
  const facts = headlineFacts(guide);
  const columns = factsColumns(width, facts.length);
  const gap = narrow ? GAP.narrow : GAP.wide;
  const padX = narrow ? PAD_X.narrow : PAD_X.wide;
  const tileWidth = Math.max(0, (width - (columns - 1) * gap) / columns);
  const inner = Math.max(1, tileWidth - 2 * (BORDER + padX));
  const sourceOf = (source: Source | undefined, asOf: string | undefined) =>
    source ? m.source(source.name, asOf ? formatAsOf(asOf, locale) : undefined) : undefined;

  const words = facts.map((fact) => {
    const source = sourceOf(fact.source, fact.asOf);
    switch (fact.id) {
      case 'growthRate':
        return { id: fact.id, kind: 'number', value: formatPercent(fact.rate.value, locale), detail: undefined, source, glyph: undefined } as const;
      case 'medianSalary':
        return {
          id: fact.id,
          kind: 'number',
          value: formatMoney(fact.money.amount, fact.money.currency, locale),
          detail: fact.money.period ? m.perPeriod(fact.money.period) : undefined,
          source,
          glyph: undefined,
        } as const;
      case 'remoteFriendly':
        return {
          id: fact.id,
          kind: 'word',
          value: fact.remote ? m.remoteFriendly.yes : m.remoteFriendly.no,
          detail: undefined,
          source,
          glyph: fact.remote ? 'remote' : 'on-site',
        } as const;
      case 'outlookStatus':
        return { id: fact.id, kind: 'word', value: fact.status, detail: undefined, source, glyph: undefined } as const;
    }
  });

  // One size for every figure and one for every word, the largest at which each fits its tile.
  const sizes = narrow ? NUMBER_SIZE.narrow : NUMBER_SIZE.wide;
  // Figures stay on one line: each is one word (Intl's spaces in them do not break).
  const numberSize = fitSize(words.filter((w) => w.kind === 'number').map((w) => w.value), inner, sizes.max, sizes.min);
  const wordSize = fitSize(words.filter((w) => w.kind === 'word').map((w) => w.value), inner, WORD_SIZE.max, WORD_SIZE.min);

  // A tile needs more than the usual height only when its words or its source run long.
  const rowHeight = Math.max(
    factsTileHeight(),
    ...words.map((w) => {
      const valueHeight =
        w.kind === 'number'
          ? NUMBER_LINE
          : (w.glyph ? GLYPH + GLYPH_GAP : 0) + lineCount(w.value, inner, wordSize, true) * WORD_LINE;
      // The period and the source each stand a gap below what is above them.
      const metaHeight = [w.detail, w.source].reduce((sum, text) => sum + (text ? META_GAP + lineCount(text, inner, META_SIZE) * META_LINE : 0), 0);
      const labelHeight = lineCount(m[w.id].label, inner, LABEL_SIZE) * LABEL_LINE;
      return 2 * (BORDER + PAD_Y) + Math.max(VALUE_HEIGHT, valueHeight) + LABEL_GAP + labelHeight + Math.max(META_GAP + META_LINES * META_LINE, metaHeight);
    }),
  );

  const tiles: FactTile[] = words.map((w, index) => {
    return {
      ...w,
      label: m[w.id].label,
      row: Math.floor(index / columns),
      column: index % columns,
      fact: facts[index]!,
    };
  });

  const height = factsListHeight(tiles.length, width, rowHeight);
  const frame = frameLines(m.title, guide.title, [], width);
  return {
    width,
    height,
    // The tiles, and the frame's lines past those it reserves.
    blockHeight: height + frame.frameHeight,
    ...frame,
    narrow,
    columns,
    rows: Math.ceil(tiles.length / columns),
    gap,
    tileWidth,
    rowHeight,
    metrics: {
      border: BORDER,
      padX,
      padY: PAD_Y,
      valueHeight: VALUE_HEIGHT,
      numberSize,
      numberLine: NUMBER_LINE,
      wordSize,
      wordLine: WORD_LINE,
      glyph: GLYPH,
      glyphGap: GLYPH_GAP,
      labelSize: LABEL_SIZE,
      labelLine: LABEL_LINE,
      labelGap: LABEL_GAP,
      metaSize: META_SIZE,
      metaLine: META_LINE,
      metaGap: META_GAP,
    },
    tiles,
    title: m.title,
    subtitle: guide.title,
    summary: m.summary(tiles.map((tile) => tile.label)),
  };
}

/**
 * The largest whole size from `max` down to `min` at which every word of `texts` fits `width`
 * (bold, by the shared estimate, which errs wide): figures on one line, words where they wrap.
 */
function fitSize(texts: readonly string[], width: number, max: number, min: number): number {
  // Only breakable spaces: Intl's no-break spaces hold a figure together ("100.000 $").
  const widest = Math.max(0, ...texts.flatMap((text) => text.split(/[ \t\n\r\f]+/)).map((word) => textWidth(word, 1, true)));
  if (widest === 0) return max;
  return Math.max(min, Math.min(max, Math.floor(width / widest)));
}

/** Lines `text` takes at `width` and `size` (at least one), by the shared estimate. */
function lineCount(text: string, width: number, size: number, bold = false): number {
  return Math.max(1, wrapText(text, width, size, { bold }).length);
}
