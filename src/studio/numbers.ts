/**
 * Numbers as an editor writes them in their own language: "100.000" is a hundred thousand in
 * German, "100 000" in French, "100,000" in English. Parsing reads the separators and digits of
 * the locale from `Intl.NumberFormat` itself, so every locale Intl knows works without a table
 * of ours. Pure: no DOM.
 */
import { numberFormat } from '../chart/intl.js';

/** What a locale writes between groups of digits, before the fraction, and as digits 0–9. */
interface NumberSymbols {
  readonly group: string;
  readonly decimal: string;
  readonly digits: readonly string[];
}

const symbolsByLocale = new Map<string, NumberSymbols>();

/** Spaces a locale may use to group digits, and what a keyboard types instead of them. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

function symbols(locale: string): NumberSymbols {
  let found = symbolsByLocale.get(locale);
  if (!found) {
    const parts = numberFormat(locale, { useGrouping: true, minimumFractionDigits: 1 }).formatToParts(1234567.5);
    const plain = numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      digits: Array.from({ length: 10 }, (_, digit) => plain.format(digit)),
    };
    symbolsByLocale.set(locale, found);
  }
  return found;
}

/**
 * The number `text` says in `locale`, or `undefined` when it is not a plain number there
 * ("100k", "12 apples", ""). Group separators are dropped wherever they stand (an editor who
 * types "1000" or "10.00.0" in German means a number, and the field shows it grouped again);
 * the locale's decimal separator is the only one read as a fraction, so "100.000" in German is
 * 100000, never 100. A minus sign may be ASCII or U+2212.
 */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const { group, decimal, digits } = symbols(locale);
  let plain = text.trim().replace(/^[\u2212-]/, '-');
  // A space-like group separator: any space the editor typed stands for it.
  plain = group.replace(SPACES, '') === '' ? plain.replace(SPACES, '') : plain.split(group).join('');
  plain = plain.split(decimal).join('.');
  // Digits of the locale's own numbering system (Arabic-Indic, say) as ASCII digits.
  plain = plain.replace(/\P{ASCII}/gu, (char) => {
    const digit = digits.indexOf(char);
    return digit >= 0 ? String(digit) : char;
  });
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** `value` as `locale` writes it, grouped, with every fraction digit it has. */
export function formatLocaleNumber(value: number, locale: string): string {
  return numberFormat(locale, { useGrouping: true, maximumFractionDigits: 20 }).format(value);
}
