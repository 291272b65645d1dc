/**
 * A chart's figures as a downloadable table: the rows of the table the chart shows behind "Show
 * as table" (its layout's `table`), with numbers in machine form and their currency, period and
 * unit in columns of their own; then written as CSV for a file, or as tab-separated text for the
 * clipboard. Pure: no DOM.
 *
 * All the guide's text is untrusted. A spreadsheet program runs a cell that begins with `=`,
 * `+`, `-` or `@` (or a tab or carriage return, which some strip first) as a formula: such text
 * cells get a leading `'` (OWASP, "CSV Injection"). Characters that reorder text (bidi embeddings,
 * overrides and isolates) are dropped, so that a cell reads in the file as it reads on the page.
 */
import type { Guide } from '../contract/schema.js';
import type { enExporting } from '../i18n/en-exporting.js';
import type { SalaryLayout } from '../salary/salary.layout.js';
import type { TiersLayout } from '../tiers/tiers.layout.js';
import type { DayLayout } from '../day/day.layout.js';
import type { DemandLayout } from '../demand/demand.layout.js';
import type { FactsLayout } from '../facts/facts.layout.js';
import type { BalanceLayout } from '../balance/balance.layout.js';
import type { SkillsLayout } from '../skills/skills.layout.js';

/** One cell: text, a number in machine form, or nothing (an empty cell: an open upper bound, a missing figure). */
export type Cell = string | number | boolean | null | undefined;

/** A table of figures: a header row and one row per mark. */
export interface Figures {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/**
 * The figures of the chart `element` (`salary`, `tiers`…) as it laid out `guide`, headed in its
 * words of `locale`; none for a chart without figures.
 */
export function chartFigures(element: string, guide: Guide, layout: unknown, words: typeof enExporting, locale: string): Figures | undefined {
  const c = words.columns;
  // A label written under its figure ("9%", then "projected growth") heads its row capitalised.
  const rowHead = (label: string) => label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
  switch (element) {
    case 'salary': {
      const { table, tableHeaders } = layout as SalaryLayout;
      const { currency, period } = guide.salary!;
      return { headers: [tableHeaders[0]!, c.from, c.to, c.currency, c.period], rows: table.map((row) => [row.label, row.from, row.to, currency, period]) };
    }
    case 'tiers': {
      const { table, tableHeaders } = layout as TiersLayout;
      const salary = guide.salary;
      const levels = new Map(salary?.levels?.map((level) => [level.id, level.label]));
      return {
        headers: [tableHeaders[0]!, c.from, c.to, c.unit, c.level, tableHeaders[2]!, c.currency, c.period, tableHeaders[3]!],
        rows: table.map((row, index) => {
          const paid = row.amount !== undefined && salary;
          return [
            row.tier,
            row.span.min,
            row.span.max,
            'years',
            paid ? levels.get(guide.tiers![index]!.salaryLevel ?? '') : undefined,
            row.amount,
            paid ? salary.currency : undefined,
            paid ? salary.period : undefined,
            row.summary,
          ];
        }),
      };
    }
    case 'day': {
      const { table, tableHeaders } = layout as DayLayout;
      return {
        headers: [tableHeaders[0]!, c.from, c.to, tableHeaders[2]!, tableHeaders[3]!],
        rows: table.map((row) => [row.block, row.start, row.end, row.focus, row.tasks]),
      };
    }
    case 'demand': {
      // The level as the guide names it and its place on the gauge's scale; the growth rate as a number.
      const { title, level, levelIndex, gauge, growth } = layout as DemandLayout;
      return {
        headers: [c.figure, c.value, c.unit, c.position, c.outOf],
        rows: [[title, level, undefined, levelIndex + 1, gauge.segments.length], ...(growth ? [[rowHead(growth.label), growth.rate.value, growth.rate.unit, undefined, undefined]] : [])],
      };
    }
    case 'facts': {
      // Each fact in the columns of its kind: a rate and its unit, an amount and its currency and period, a yes or no, words.
      const { tiles } = layout as FactsLayout;
      return {
        headers: [c.figure, c.value, c.unit, c.currency, c.period, c.source],
        rows: tiles.map(({ label: written, fact }): Cell[] => {
          const label = rowHead(written);
          switch (fact.id) {
            case 'growthRate':
              return [label, fact.rate.value, fact.rate.unit, undefined, undefined, fact.source?.name];
            case 'medianSalary':
              return [label, fact.money.amount, undefined, fact.money.currency, fact.money.period, fact.source?.name];
            default:
              return [label, fact.id === 'remoteFriendly' ? fact.remote : fact.status, undefined, undefined, undefined, fact.source?.name];
          }
        }),
      };
    }
    case 'balance': {
      // The rating as the guide names it and its place on the meter's scale.
      const { meters } = layout as BalanceLayout;
      return {
        headers: [c.figure, c.value, c.position, c.outOf],
        rows: meters.map((meter) => [meter.name, guide.workLife?.[meter.id], meter.index, meter.count]),
      };
    }
    case 'skills': {
      // A row per skill, a level without skills a row of its own.
      const { levels } = layout as SkillsLayout;
      return {
        headers: [c.levelId, c.level, c.skill],
        rows: levels.flatMap((level) => (level.skills.length > 0 ? level.skills.map((skill) => [level.id, level.title, skill.label]) : [[level.id, level.title, undefined]])),
      };
    }
    default:
      return undefined;
  }
}

/** Bidi embeddings, overrides and isolates (and the marks that steer them), which could make a cell read otherwise than it is. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What makes a spreadsheet program read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as safe text: numbers in machine form (no grouping, a full stop for decimals), text without bidi controls and never a formula. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = cell.replace(BIDI_CONTROLS, '');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): in double quotes, its own doubled, when it holds a comma, a quote or a line break. */
function csvField(cell: Cell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The figures as a CSV file's text (RFC 4180: CRLF after every record, quoted where needed),
 * beginning with a byte order mark so that spreadsheet programs read it as UTF-8.
 */
export function toCsv({ headers, rows }: Figures): string {
  return `\ufeff${[headers, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

/** The figures as plain text for the clipboard: tab between cells, a line per row, as spreadsheets and text editors paste them. */
export function toTabbed({ headers, rows }: Figures): string {
  return [headers, ...rows].map((row) => row.map((cell) => cellText(cell).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
}

/** The file name of a download: the guide's id and the element, e.g. `operations-engineer-salary.csv`, in `[a-z0-9-]` only. */
export function fileName(guideId: string | undefined, element: string, extension: 'csv' | 'svg' | 'png'): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = [slug(guideId ?? ''), slug(element)].filter(Boolean).join('-') || 'career-guide';
  return `${name}.${extension}`;
}
