/**
 * Years of experience in the reader's language, through Intl's `year` unit: `0–2 years`,
 * `8+ years`, `0–2 Jahre`. Formatters are cached as in `format.ts`.
 */
import { numberFormat } from './intl.js';

const yearOptions: Intl.NumberFormatOptions = { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 };

/** A bare number of years, for axis ticks: `2`, `2,5`. */
export function formatYearNumber(years: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(years);
}

/**
 * A span of years: `0–2 years`; `2 years` when both ends are equal; `8+ years` when open-ended
 * (`max` null), with `orMore` (`+`) written right after the number, where the language puts it.
 * With `fromTo`, a range in words for accessible text: `0 to 2 years`.
 */
export function formatYears(min: number, max: number | null, locale: string, orMore: string, fromTo?: (from: string, to: string) => string): string {
  const format = numberFormat(locale, yearOptions);
  if (max === null) {
    // "8 years" with the mark after the number: the unit word and its place stay Intl's.
    const parts = format.formatToParts(min);
    const lastNumber = lastNumberIndex(parts);
    return parts.map((part, index) => (index === lastNumber ? `${part.value}${orMore}` : part.value)).join('');
  }
  if (max === min) return format.format(min);
  // Spoken text says the range in words (`0 to 2 years`): screen readers may read an en dash as nothing.
  return fromTo ? fromTo(formatYearNumber(min, locale), format.format(max)) : format.formatRange(min, max);
}

/** The index of the last part that belongs to the number itself. */
function lastNumberIndex(parts: Intl.NumberFormatPart[]): number {
  const numeric = new Set(['integer', 'group', 'decimal', 'fraction']);
  let last = -1;
  parts.forEach((part, index) => {
    if (numeric.has(part.type)) last = index;
  });
  return last;
}
