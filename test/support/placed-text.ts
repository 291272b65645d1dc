/**
 * Checks on the text a layout places, before any browser draws it: boxes by the layouts' own
 * width estimate (`labelBox`, which errs wide), so a layout that passes here leaves room for the
 * real text. Each check returns problems as sentences, empty when all is well, so that a failing
 * test says what is wrong where.
 */
import type { Box } from '../../src/chart/geometry.js';
import { textWidth } from '../../src/chart/text.js';

/** A text as placed: what it is (for messages), its words, and its box. */
export interface PlacedText {
  readonly what: string;
  readonly text: string;
  readonly box: Box;
}

/** A text broken into lines by a layout, with the room it had: to check where the lines break. */
export interface WrappedText {
  readonly what: string;
  /** The whole text, as the guide or the words say it. */
  readonly source: string;
  readonly lines: readonly string[];
  /** The line's width, px. */
  readonly room: number;
  readonly size: number;
  readonly bold?: boolean;
}

/** Sub-pixel slack: boxes that merely touch do not overlap. */
const SLACK = 0.5;

const describe = (text: PlacedText) => `${text.what} "${text.text}"`;

/** Pairs of texts whose boxes overlap. */
export function overlapping(texts: readonly PlacedText[]): string[] {
  const problems: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      const across = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
      const down = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
      if (across > SLACK && down > SLACK) problems.push(`${describe(a)} overlaps ${describe(b)}`);
    }
  });
  return problems;
}

/** Texts whose boxes stick out of `bounds` (the chart's box, or a card's). */
export function outside(texts: readonly PlacedText[], bounds: Box, where = 'the chart'): string[] {
  return texts
    .filter(
      ({ box }) =>
        box.x < bounds.x - SLACK ||
        box.y < bounds.y - SLACK ||
        box.x + box.width > bounds.x + bounds.width + SLACK ||
        box.y + box.height > bounds.y + bounds.height + SLACK,
    )
    .map((text) => `${describe(text)} sticks out of ${where}`);
}

/** Texts that end in, or hold, an ellipsis the data does not have. */
export function ellipsized(texts: readonly { what: string; text: string }[], data: string): string[] {
  return texts.filter(({ text }) => text.includes('…') && !data.includes(text)).map(({ what, text }) => `${what} "${text}" is cut with an ellipsis`);
}

/** Where a line may end: at a space, or after a dash (see `wrapText`). */
const DASH = /[–—]$/u;

/**
 * Problems with how a text was broken: words missing or changed, and lines that end inside a
 * word that would have fit on a line of its own.
 */
export function brokenWords({ what, source, lines, room, size, bold = false }: WrappedText): string[] {
  const words = source.split(/[ \t\n\r\f]+/).filter(Boolean);
  const joined = lines.join('\n');
  // The lines, rejoined where each broke, must give the source back.
  let rest = source.trim().replace(/[ \t\n\r\f]+/g, ' ');
  const problems: string[] = [];
  lines.forEach((line, index) => {
    if (!rest.startsWith(line)) {
      problems.push(`${what}: line "${line}" is not the next part of "${source}" (lines ${JSON.stringify(joined)})`);
      return;
    }
    rest = rest.slice(line.length);
    if (index === lines.length - 1) return;
    if (rest.startsWith(' ')) rest = rest.slice(1);
    else if (!DASH.test(line)) {
      const word = words.find((candidate) => candidate.includes(line.split(' ').at(-1)! + rest.split(' ')[0]!)) ?? line.split(' ').at(-1)!;
      if (textWidth(word, size, bold) <= room) problems.push(`${what}: "${word}" is cut mid-word after "${line}", though it fits ${room.toFixed(0)}px`);
    }
  });
  if (rest.trim() && problems.length === 0) problems.push(`${what}: "${rest}" is missing from ${JSON.stringify(lines)}`);
  return problems;
}
