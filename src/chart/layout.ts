/**
 * What every element's layout function takes and shares: the narrow breakpoint, the options
 * (width, language, words, direction), the height a layout reserves, and the frame of the two
 * timeline charts (the tiers' years, the day's clock).
 */
import type { Words, WordsSection } from '../i18n/messages.js';
import type { Tick } from './ticks.js';

/**
 * Below this container width every chart takes its narrow form: labels over bars, a timeline
 * or agenda running down, stacked blocks, tighter tiles. One value for every layout, and for the
 * reserved sizes generated from them (scripts/reserved-sizes.ts), so that a chart and the space
 * kept for it change at the same width.
 */
export const NARROW_BELOW = 520;

/**
 * The widths a chart is drawn at where its own width is unknown: on a server. Each drawing (a
 * "form") is shown from its width up to the next one's, by a container query (see the shared
 * styles), so that server-rendered HTML reads well at any width with no script: never squeezed,
 * at most one step narrower than the space it has. The narrowest is also shown below its width,
 * zoomed out to fit (see `serverFormStyles`).
 * One of them is `NARROW_BELOW`, where every chart changes form.
 */
export const SERVER_WIDTHS: readonly number[] = [280, 336, 400, NARROW_BELOW, 720, 960];

/**
 * The widest a chart is drawn for paper, in CSS pixels: the text width of A4, the narrower of
 * the common papers, at the print dialog's default margins (210 mm less twice 0.4 in, 716px),
 * less a little for the inset of the column a page or a guide sets its charts in. A browser
 * paginates what is laid out when printing starts, before it tells anyone the paper's width:
 * charts are drawn at most this wide before that, and zoomed out to their box on narrower paper
 * where the browser can (see the shared styles; Firefox cannot divide a length by a length).
 */
export const PRINT_WIDTH = 700;

/**
 * The size of an element's text that the layouts are drawn for, in CSS pixels: the elements'
 * `0.875rem` at the browsers' default 16 px. Every text size inside a drawing is in pixels at
 * this size (src/chart/text.ts estimates them).
 */
export const DESIGN_FONT_SIZE = 14;

/**
 * The narrowest width a chart is laid out at to make its text larger: a 320 px column read at a
 * 32 px browser font size. Narrower, the text grows less.
 */
export const NARROWEST_SCALED_LAYOUT = 160;

/**
 * How much a drawing is enlarged to follow the reader's text size, and the width it is laid
 * out at. A reader who sets a 24 px browser font (or a page that sets `--career-font-size`)
 * gets every chart laid out at `width / scale` and drawn with CSS `zoom: scale`: its text as
 * large as the text around it, each label still where its layout made room for it. Never
 * below 1: a page with smaller text keeps the charts at their designed size, 12 px text at least.
 */
export function chartScale(width: number, fontSize: number): { readonly scale: number; readonly layoutWidth: number } {
  let scale = Math.max(1, fontSize / DESIGN_FONT_SIZE);
  // A narrow column keeps a layout wide enough for the longest words.
  if (width / scale < NARROWEST_SCALED_LAYOUT) scale = Math.max(1, width / NARROWEST_SCALED_LAYOUT);
  // Hundredths: a redraw for every sub-pixel of a font size would buy nothing visible.
  scale = Math.floor(scale * 100) / 100;
  return { scale, layoutWidth: Math.floor(width / scale) };
}

/**
 * What a chart's layout says of its size besides the frame every chart shares (the caption,
 * readout and table lines): the height of its drawing and of the panels under it. Kept for the
 * chart while the browser skips drawing it off screen, and, computed at build time on the
 * bundled guide, reserved for it before it is drawn (scripts/reserved-sheets.ts).
 */
export interface BlockHeight {
  /** In CSS pixels. */
  readonly blockHeight: number;
}

/** What a layout takes besides its section of the guide. */
export interface LayoutOptions<S extends WordsSection> {
  /** The width the chart is given, in CSS pixels. */
  readonly width: number;
  /** The language for numbers and dates (BCP 47). */
  readonly locale: string;
  /** The words, in the same language. */
  readonly messages: Words<S>;
  /** Right to left: the chart is mirrored (each layout says how). */
  readonly rtl?: boolean | undefined;
}

/**
 * A timeline's frame: a domain drawn along x when wide, down y when narrow (an agenda), with its
 * ticks and the plot it spans.
 */
export interface TimelineFrame {
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  /** The domain's first and last value: years of experience, minutes from midnight. */
  readonly domain: readonly [number, number];
  /** Right to left: the domain runs leftwards (wide), the timeline stands at the right (narrow). */
  readonly rtl: boolean;
  /** Along x when wide, along y when narrow. */
  readonly ticks: readonly Tick[];
  /** The plot's extent: `x0` where the domain starts (wide) or the bars' outer edge (narrow); right to left, `x0 > x1`. */
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  /** Where tick labels stand: their baseline (wide) or their anchor's x (narrow). */
  readonly tickLabelAt: number;
  /** Narrow: the short tick lines, from beside their label to beside the bars. */
  readonly tickRule: { readonly x1: number; readonly x2: number } | undefined;
}
