/**
 * A guide as schema.org `Occupation` structured data (JSON-LD), for search engines' estimated
 * salary result, and the safe text of the `<script type="application/ld+json">` that carries it.
 *
 * It states only what the page shows, no more precisely than the page shows it: every figure is
 * one the elements print, with the meaning the guide gives it. A range whose `basis` does not name
 * percentiles says nothing about percentiles, so it adds no figure.
 *
 * The types below are this library's own, so that the published declarations need nothing
 * beyond it; test/types/occupation-jsonld.ts checks them against schema.org's vocabulary
 * (schema-dts) at compile time.
 */
import type { Guide, Salary } from './schema.js';

/** A place schema.org can name as an `occupationLocation`: a country, a state or region, a city. */
export interface PlaceJsonLd {
  readonly '@type': 'Country' | 'State' | 'City' | 'AdministrativeArea';
  /** The place's name, or for a country the ISO 3166-1 alpha-2 code the guide gives. */
  readonly name: string;
}

/** The pay of the role as a schema.org `MonetaryAmountDistribution`: only the figures the guide states. */
export interface SalaryDistributionJsonLd {
  readonly '@type': 'MonetaryAmountDistribution';
  /** What the figures are: `base`, the salary itself. */
  readonly name: 'base';
  /** ISO 4217 currency code. */
  readonly currency: string;
  /** The pay period as an ISO 8601 duration: `P1Y` a year, `PT1H` an hour. */
  readonly duration: 'P1Y' | 'PT1H';
  readonly percentile10?: number;
  readonly percentile25?: number;
  readonly median?: number;
  readonly percentile75?: number;
  readonly percentile90?: number;
}

/** The page the occupation is the main entity of. */
export interface WebPageJsonLd {
  readonly '@type': 'WebPage';
  /** The page's absolute URL, when the caller gives it. */
  readonly url?: string;
  /** When the figures were true: the `asOf` of the section they come from, as precise as it is. */
  readonly lastReviewed?: string;
}

/** A guide as a schema.org `Occupation`, ready for `serializeJsonLd`. */
export interface OccupationJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'Occupation';
  /** The guide's `title`. */
  readonly name: string;
  /** The guide's `summary`. */
  readonly description?: string;
  /** The page: its URL when given, and the salary's `asOf`. */
  readonly mainEntityOfPage?: WebPageJsonLd;
  /** The figures of `salary` (or, without it, the median of `facts`). */
  readonly estimatedSalary?: SalaryDistributionJsonLd;
  /** The `location` option, else the salary's `country`. */
  readonly occupationLocation?: PlaceJsonLd;
  /** `responsibilities`, one a line. */
  readonly responsibilities?: string;
  /** `qualifications.techSkills` then `qualifications.softSkills`, one a line. */
  readonly skills?: string;
  /** `requiredEducation`: degrees, programmes and certifications, a blank line between paragraphs. */
  readonly qualifications?: string;
  /** `qualifications.education`, a blank line between paragraphs. */
  readonly educationRequirements?: string;
  /** `pathToRole`, a blank line between paragraphs. */
  readonly experienceRequirements?: string;
}

/** What the page knows that the guide does not. */
export interface OccupationJsonLdOptions {
  /** The absolute URL of the page the structured data goes in. */
  readonly url?: string | undefined;
  /** Where the figures hold, in place of the salary's country: a city or state page says so here. */
  readonly location?: PlaceJsonLd | undefined;
}

type Figure = 'percentile10' | 'percentile25' | 'median' | 'percentile75' | 'percentile90';

/** schema.org's name for the figure below which `rank` percent of earners fall. */
const FIGURES: Record<number, Figure> = { 10: 'percentile10', 25: 'percentile25', 50: 'median', 75: 'percentile75', 90: 'percentile90' };

const DURATIONS = { year: 'P1Y', hour: 'PT1H' } as const;

/** The percentiles a range's ends are, by its basis; the ends of the others are none. */
const RANGE_RANKS: Partial<Record<Salary['range']['basis'], readonly [number, number]>> = { 'p10-p90': [10, 90], 'p25-p75': [25, 75] };

/**
 * The guide as a schema.org `Occupation` (JSON-LD) that search engines read for their
 * estimated-salary result; `undefined` for a guide without a title, which names no occupation.
 */
export function toOccupationJsonLd(guide: Guide, options: OccupationJsonLdOptions = {}): OccupationJsonLd | undefined {
  const { title, salary, qualifications } = guide;
  if (!title) return undefined;
  const pay = payOf(guide);
  const lastReviewed = pay?.asOf;
  return compact<OccupationJsonLd>({
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: title,
    description: guide.summary,
    mainEntityOfPage:
      options.url !== undefined || lastReviewed !== undefined ? compact<WebPageJsonLd>({ '@type': 'WebPage', url: options.url, lastReviewed }) : undefined,
    estimatedSalary: pay && distribution(pay),
    occupationLocation: options.location ?? (salary && { '@type': 'Country', name: salary.country }),
    // Google asks for most properties once each, so a list is one text, an entry per line.
    responsibilities: joined(guide.responsibilities, '\n'),
    skills: joined([...(qualifications?.techSkills ?? []), ...(qualifications?.softSkills ?? [])], '\n'),
    qualifications: joined(guide.requiredEducation, '\n\n'),
    educationRequirements: joined(qualifications?.education, '\n\n'),
    experienceRequirements: joined(guide.pathToRole, '\n\n'),
  });
}

/**
 * The text of a `<script type="application/ld+json">` element holding `value`: JSON in which
 * `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, so that no string in it can end
 * the script or open a comment, and `JSON.parse` of the text gives `value` back.
 */
export function serializeJsonLd(value: object): string {
  return scriptSafeJson(JSON.stringify(value));
}

/**
 * JSON text for the inside of a `<script>` data block: `<`, `>`, `&`, U+2028 and U+2029 written
 * as `\u` escapes, which mean the same inside JSON strings, the only place valid JSON has them.
 */
export function scriptSafeJson(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Pay {
  readonly currency: string;
  readonly period: keyof typeof DURATIONS;
  readonly figures: Partial<Record<Figure, number>>;
  readonly asOf: string | undefined;
}

/**
 * The pay the guide states. The salary section is the one that says where its figures hold; the
 * headline median of `facts` stands in only for a guide without one, and only when it names its
 * pay period, as a duration needs one.
 */
function payOf({ salary, facts }: Guide): Pay | undefined {
  if (salary) return { currency: salary.currency, period: salary.period, figures: salaryFigures(salary), asOf: salary.asOf };
  const median = facts?.medianSalary;
  if (!median?.period) return undefined;
  return { currency: median.currency, period: median.period, figures: { median: median.amount }, asOf: facts?.asOf };
}

/** The distribution of `pay`, or `undefined` when it states no figure: an empty one says nothing. */
function distribution({ currency, period, figures }: Pay): SalaryDistributionJsonLd | undefined {
  const stated: Partial<Record<Figure, number>> = {};
  // From the lowest percentile up, and at most to the cent, as the elements print amounts.
  for (const figure of Object.values(FIGURES)) {
    const amount = figures[figure];
    if (amount !== undefined) stated[figure] = Math.round(amount * 100) / 100;
  }
  if (Object.keys(stated).length === 0) return undefined;
  return { '@type': 'MonetaryAmountDistribution', name: 'base', currency, duration: DURATIONS[period], ...stated };
}

/**
 * The figures the salary section states, each under schema.org's name for it. Where two say the
 * same figure, the more explicit wins, as in `<career-salary>`: `median` over the published
 * percentiles, those over the top earners' threshold, that over the range's ends.
 */
function salaryFigures({ range, topEarners, percentiles = {}, median }: Salary): Partial<Record<Figure, number>> {
  const figures: Partial<Record<Figure, number>> = {};
  const put = (rank: number, amount: number | undefined) => {
    const figure = FIGURES[rank];
    if (figure && amount !== undefined) figures[figure] = amount;
  };
  // Only a basis that names percentiles makes the range's ends percentiles: the ends of a
  // `typical` range may be anything, and the lowest and highest pay seen are no percentile.
  const ends = RANGE_RANKS[range.basis];
  if (ends) {
    put(ends[0], range.min);
    put(ends[1], range.max);
  }
  // "Top 10 % from X": 90 % earn less than X. A share with no schema.org percentile gives nothing.
  if (topEarners) put(100 - topEarners.percent, topEarners.from);
  put(10, percentiles.p10);
  put(25, percentiles.p25);
  put(50, percentiles.p50);
  put(75, percentiles.p75);
  put(90, percentiles.p90);
  put(50, median);
  return figures;
}

function joined(items: readonly string[] | undefined, separator: string): string | undefined {
  return items && items.length > 0 ? items.join(separator) : undefined;
}

/** `object` without its `undefined` properties: the structured data holds only what it states. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
