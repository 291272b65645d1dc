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
 * Where a line may end inside a word: after a dash, as browsers break "9:00 AM–12:00 PM" (a
 * dash between words, UAX #14 class BA). Not after a hyphen: "Entry-Level" stays whole where
 * it can, which costs at most a line more than a browser would take.
 */
const BREAK_AFTER = /(?<=[–—])(?=\S)/u;

/**
 * `text` broken into lines no wider than `maxWidth` at `fontSize`, greedily at spaces and after
 * dashes. Nothing is dropped: every word is on some line, and a word is cut only where it alone
 * is wider than a line (as a browser's `overflow-wrap: break-word` does).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false } = {}): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, fontSize, bold) <= maxWidth;
  // Only breakable spaces: Intl's no-break spaces ("79.000\u00a0$") hold their words together.
  for (const word of text.split(/[ \t\n\r\f]+/).filter(Boolean)) {
    word.split(BREAK_AFTER).forEach((piece, index) => {
      const candidate = !line ? piece : index === 0 ? `${line} ${piece}` : `${line}${piece}`;
      if (fits(candidate)) {
        line = candidate;
        return;
      }
      if (line) lines.push(line);
      line = piece;
      // A piece wider than the line is cut where it overflows.
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    });
  }
  if (line) lines.push(line);
  return lines;
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
