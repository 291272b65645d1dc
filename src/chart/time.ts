/**
 * Times of day and durations in the reader's language, through Intl: `9:00 AM` or `09:00`,
 * `9 AM` on an axis, `9 hours`. Times are minutes from midnight, formatted in UTC so that the
 * reader's own time zone never shifts a clock reading (formatters from intl.ts).
 */
import { dateFormat, numberFormat } from './intl.js';

/** A cached clock formatter, in UTC. */
function timeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(locale, { ...options, timeZone: 'UTC' });
}

/** A clock reading as a date on a fixed day, in UTC. */
const asDate = (minutes: number) => new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));

/** Whether the language reads the clock in twelve hours (AM/PM). */
export function usesTwelveHours(locale: string): boolean {
  const cycle = timeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/**
 * A time of day, minutes from midnight: `9:00 AM` (en-US), `09:00` (de-DE). Twenty-four-hour
 * clocks are read with two-digit hours, as timetables print them.
 */
export function formatClock(minutes: number, locale: string): string {
  return timeFormat(locale, { hour: usesTwelveHours(locale) ? 'numeric' : '2-digit', minute: '2-digit' }).format(asDate(minutes));
}

/**
 * A time of day for an axis tick: on the hour, twelve-hour clocks drop the minutes (`9 AM`),
 * twenty-four-hour clocks keep them (`09:00`, not `09 Uhr`).
 */
export function formatClockTick(minutes: number, locale: string): string {
  if (minutes % 60 === 0 && usesTwelveHours(locale)) return timeFormat(locale, { hour: 'numeric' }).format(asDate(minutes));
  return formatClock(minutes, locale);
}

/** A duration in hours, minutes given: `3 hours`, `1.5 hours`, `3 Stunden`. */
export function formatHours(minutes: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 }).format(minutes / 60);
}
