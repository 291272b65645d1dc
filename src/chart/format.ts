/** Numbers, money, percentages and country names in the reader's language (formatters from intl.ts). */
import { numberFormat, regionNames } from './intl.js';

/** An amount of money: `$79,000`, or `$79K` when compact. */
export function formatMoney(amount: number, currency: string, locale: string, compact = false): string {
  const options: Intl.NumberFormatOptions = compact
    ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: amount >= 1000 && amount < 10_000 ? 1 : 0 }
    : { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 };
  return numberFormat(locale, options).format(amount);
}

/**
 * An amount in compact notation with the fewest fraction digits, up to `digits`, that still say
 * it exactly (`$1.5M`, not `$2M`); `undefined` when none does. Exact means more digits would
 * not change the label, so two different amounts never read the same.
 */
export function exactCompactMoney(amount: number, currency: string, locale: string, digits = 2): string | undefined {
  const compact = (fraction: number) =>
    numberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: fraction }).format(amount);
  const exact = compact(20);
  for (let fraction = 0; fraction <= digits; fraction += 1) if (compact(fraction) === exact) return exact;
  return undefined;
}

/** A percentage given in percent units: 9 → `9%`. */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** A country's name in the reader's language: `US` → `United States`. */
export function countryName(code: string, locale: string): string {
  const names = regionNames(locale);
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
