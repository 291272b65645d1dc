/**
 * Text size estimates for layouts that cannot measure (pure code, no DOM): how wide a string
 * is, how it wraps, how many lines a paragraph takes.
 *
 * The model errs wide on purpose. Its widths are those of DejaVu Sans, the widest of the usual
 * `system-ui` fonts (Linux), rounded up by character class, so text laid out with it fits in
 * Segoe UI, San Francisco and Roboto too; heights estimated with it are at least the real ones.
 */
import type { Box, Label } from './geometry.js';

/** Width of one character in ems of a regular-weight sans-serif (DejaVu Sans, by class). */
function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1; // CJK and other full-width scripts
  if (' .,:;\'!|ijlI'.includes(char)) return 0.3;
  if ('ftr()[]-/"'.includes(char)) return 0.4;
  if ('mwMW@%'.includes(char)) return 1;
  if ('sczkvxy'.includes(char)) return 0.6;
  if (char >= '0' && char <= '9') return 0.64;
  if (char >= 'a' && char <= 'z') return 0.63;
  if (char >= 'A' && char <= 'Z') return 0.74;
  return 0.7;
}

/** Headroom over the measured widths, for rounding and kerning. */
const SAFETY = 1.02;
/** Bold text is about a tenth wider. */
const BOLD = 1.13;

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * SAFETY * (bold ? BOLD : 1);
}

/**
 * `text` broken into lines no wider than `maxWidth` at `fontSize`, greedily at spaces; a word
 * longer than a line is cut. With `maxLines`, the last line kept ends in an ellipsis when text
 * is left over (the full text must then be reachable elsewhere: a label, a table).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false, maxLines = Infinity } = {}): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, fontSize, bold) <= maxWidth;
  // Only breakable spaces: Intl's no-break spaces ("79.000\u00a0$") hold their words together.
  for (const word of text.split(/[ \t\n\r\f]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the line is cut where it overflows.
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Width of `text` in ems of a regular weight (or bold), for estimates stored as numbers. */
export function textEms(text: string, bold = false): number {
  return textWidth(text, 1, bold);
}

/**
 * How many lines a paragraph `ems` wide (see `textEms`) takes in a box `maxWidth` px wide at
 * `fontSize`. Every line is assumed to lose about five characters to word wrapping, so the
 * count is at least what a browser draws.
 */
export function paragraphLines(ems: number, maxWidth: number, fontSize: number): number {
  if (ems <= 0) return 0;
  const usable = Math.max(fontSize * 4, maxWidth - fontSize * 3.2);
  return Math.max(1, Math.ceil((ems * fontSize) / usable));
}

/**
 * The box a one-line label takes at `fontSize`, by the same estimate as `textWidth`: from a
 * little above the capitals to below the descenders, and as wide as its anchor spreads it.
 */
export function labelBox(label: Label, fontSize: number, bold = false): Box {
  const width = textWidth(label.text, fontSize, bold);
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x, y: label.y - fontSize * 0.8, width, height: fontSize * 1.05 };
}
