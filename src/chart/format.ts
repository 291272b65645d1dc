/**
 * Number formatting through Intl, with the formatter objects cached: building an
 * Intl.NumberFormat costs far more than using one, and a page may hold hundreds of charts.
 */

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`; falls back to English when the locale is not valid. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    cache.set(key, format);
  }
  return format;
}

/** An amount of money: `$79,000`, or `$79K` when compact. */
export function formatMoney(amount: number, currency: string, locale: string, compact = false): string {
  const options: Intl.NumberFormatOptions = compact
    ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: amount >= 1000 && amount < 10_000 ? 1 : 0 }
    : { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 };
  return numberFormat(locale, options).format(amount);
}

/** A percentage given in percent units: 9 → `9%`. */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language: `US` → `United States`. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    try {
      names = new Intl.DisplayNames(locale, { type: 'region' });
    } catch {
      names = new Intl.DisplayNames('en', { type: 'region' });
    }
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
