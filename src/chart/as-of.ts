/**
 * "As of" dates of the data contract (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the reader's
 * language (formatters from intl.ts).
 */
import { dateFormat } from './intl.js';

/**
 * An as-of date at the precision it was given: `2024` → `2024`, `2024-05` → `May 2024`,
 * `2024-05-01` → `May 1, 2024`. Read in UTC, so the day never shifts with the reader's time zone.
 * A string that is not such a date comes back unchanged.
 */
export function formatAsOf(asOf: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(asOf);
  if (!match) return asOf;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(date);
}
