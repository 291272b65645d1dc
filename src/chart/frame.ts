/**
 * The lines of the HTML frame around every chart (see `renderFigure`): its caption, title then
 * subtitle, and its readout line under the drawing. They wrap like any text, so a layout counts
 * them at its width and keeps their height in its own (`BlockHeight`): the reserved frame
 * (scripts/reserved-sheets.ts) holds one line of each, and a layout adds the rest.
 */
import { textWidth, wrapText } from './text.js';

/** The frame's text: the element's font size (0.875rem of a 16px root) and its 1.4 lines, in px. */
export const FRAME_TEXT = { size: 14, line: 1.4 * 14 } as const;

/** The gap between a caption's title and subtitle when they share a line (0.5em, see the shared styles). */
const CAPTION_GAP = 7;

/**
 * Lines the caption takes at `width`: one when title and subtitle fit side by side, else the
 * title's lines and then the subtitle's (the caption is a wrapping flex row).
 */
export function captionLines(title: string, subtitle: string | undefined, width: number): number {
  const titleLines = wrapText(title, width, FRAME_TEXT.size, { bold: true }).length;
  if (!subtitle) return Math.max(1, titleLines);
  if (titleLines === 1 && textWidth(title, FRAME_TEXT.size, true) + CAPTION_GAP + textWidth(subtitle, FRAME_TEXT.size) <= width) return 1;
  return titleLines + wrapText(subtitle, width, FRAME_TEXT.size).length;
}

/**
 * Lines kept for the readout at `width`: as many as the longest of `texts` takes, so that
 * nothing below moves whichever mark is shown. `texts` are every mark's readout, what the
 * readout says when no mark is shown, and any sentence the element may put there; at least one.
 */
export function readoutLines(texts: readonly (string | undefined)[], width: number): number {
  return Math.max(1, ...texts.map((text) => (text ? wrapText(text, width, FRAME_TEXT.size).length : 0)));
}

/** What a layout says of its frame: lines of caption and readout at its width, and their height. */
export interface FrameLines {
  /** Lines the caption takes; the element keeps it at least that tall. */
  readonly captionLines: number;
  /** Lines kept for the readout; 0 for a chart without one. */
  readonly readoutLines: number;
  /** Pixels those lines take past the reserved frame's one caption line and one readout line: part of the layout's `blockHeight`. */
  readonly frameHeight: number;
}

/** The frame's lines at `width` (`readouts` undefined for a chart without a readout). */
export function frameLines(title: string, subtitle: string | undefined, readouts: readonly (string | undefined)[] | undefined, width: number): FrameLines {
  const caption = captionLines(title, subtitle, width);
  const readout = readouts ? readoutLines(readouts, width) : 0;
  return { captionLines: caption, readoutLines: readout, frameHeight: (caption - 1 + Math.max(0, readout - 1)) * FRAME_TEXT.line };
}
