/**
 * The career-guide data contract, version 1: the one definition from which the TypeScript
 * types (`InferOutput`), the runtime validator (`validateGuide`) and the published JSON Schema
 * (`data/career-guide.schema.json`, written by `npm run schema`) all come.
 *
 * Rules that a shape cannot express (a range's min below its max, a tier naming a salary level
 * that exists) live in `consistency.ts`; their descriptions here say so, so the JSON Schema
 * documents them too.
 */
import * as v from './lean/valibot.js';

/** The contract version this library reads. A document with a higher major version is refused. */
export const SCHEMA_VERSION = 1;

// Limits keep hostile documents from costing memory or time: a guide is a page of text, not a
// database. Each is far above what a real guide needs.
export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  items: 100,
} as const;

/** A description for the JSON Schema, made only by `doc`: the helpers below take no other. */
type Doc = string & { readonly [docBrand]: true };
declare const docBrand: unique symbol;

/**
 * Marks `text` as a description, which documents a field in the JSON Schema and is never shown
 * by an element. Every build replaces each `doc(...)` call in this file with `''`
 * (scripts/strip-descriptions.ts recognises this one name). The helpers below take only what it
 * returns, so a description without it fails the type check rather than shipping to browsers.
 */
const doc = (text: string) => text as Doc;

// A blank description (a browser build) adds no description step at all.
// The helpers below are marked free of side effects: a bundler then drops a schema that nothing
// uses, so an element built alone carries only its own sections (see sections.ts).
/* @__NO_SIDE_EFFECTS__ */
const describe = <T extends v.GenericSchema>(schema: T, description: Doc): T =>
  description ? (v.pipe(schema, v.description(description)) as unknown as T) : schema;

/** A short label: a title, a name, a chip. */
/* @__NO_SIDE_EFFECTS__ */
const label = (description: Doc) =>
  describe(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.shortText)), description);

/** A paragraph or a list entry. */
/* @__NO_SIDE_EFFECTS__ */
const prose = (description: Doc) =>
  describe(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.longText)), description);

/** An ordered list, bounded in length. */
/* @__NO_SIDE_EFFECTS__ */
const list = <T extends v.GenericSchema>(item: T, description: Doc) =>
  describe(v.pipe(v.array(item), v.maxLength(LIMITS.items)), description);

/* @__NO_SIDE_EFFECTS__ */
const paragraphs = (description: Doc) => list(prose(doc('One paragraph of plain text.')), description);
/* @__NO_SIDE_EFFECTS__ */
const bullets = (description: Doc) => list(prose(doc('One list entry of plain text.')), description);

/* @__NO_SIDE_EFFECTS__ */
const amount = (description: Doc) =>
  describe(v.pipe(v.number(), v.finite(), v.minValue(0)), description);

/** An absolute http(s) URL; the studio gives its fields a URL keyboard. */
export const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

const httpUrl = describe(
  v.pipe(v.string(), v.maxLength(2_000), v.regex(HTTP_URL, 'expected an absolute http(s) URL')),
  doc('An absolute http(s) URL.'),
);

/** ISO 8601 calendar date, year-month or year: when the figures were true. */
const asOf = describe(
  v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY')),
  doc('When the figures were true: an ISO 8601 date, YYYY-MM-DD, YYYY-MM or YYYY.'),
);

export const SourceSchema = describe(
  v.object({
    name: label(doc('Who published the figures, e.g. "U.S. Bureau of Labor Statistics".')),
    url: v.optional(httpUrl),
  }),
  doc('Where the figures come from.'),
);

/** Provenance fields shared by every section that carries figures. */
const provenance = {
  source: v.optional(SourceSchema),
  asOf: v.optional(asOf),
};

export const PercentSchema = describe(
  v.object({
    value: describe(v.pipe(v.number(), v.finite()), doc('The percentage, 9 for 9 %.')),
    unit: describe(v.literal('percent'), doc('Always "percent": the value is in percent, not a fraction.')),
  }),
  doc('A percentage with its unit.'),
);

const currency = describe(
  v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "USD"')),
  doc('ISO 4217 currency code, e.g. "USD".'),
);
const payPeriod = describe(v.picklist(['year', 'hour']), doc('The pay period the amounts are for.'));

export const MoneySchema = describe(
  v.object({
    amount: amount(doc('In major units of the currency (dollars, not cents).')),
    currency,
    period: v.optional(payPeriod),
  }),
  doc('An amount of money with its currency.'),
);

const slug = describe(
  v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected an id of lower-case letters, digits and hyphens')),
  doc('A short identifier: lower-case letters, digits and hyphens.'),
);

/** A 24-hour time of day, HH:MM, as `<input type="time">` writes it: the studio gives its fields one. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

const timeOfDay = describe(
  v.pipe(v.string(), v.regex(TIME_OF_DAY, 'expected a 24-hour time as HH:MM')),
  doc('A time of day, 24-hour HH:MM.'),
);

// --- Sections ------------------------------------------------------------------------------

export const FactsSchema = describe(
  v.object({
    growthRate: v.optional(PercentSchema),
    medianSalary: v.optional(MoneySchema),
    remoteFriendly: v.optional(describe(v.boolean(), doc('Whether the role is commonly remote-friendly.'))),
    ...provenance,
  }),
  doc('The headline facts shown at the top of the guide.'),
);

export const DEMAND_LEVELS = ['low', 'moderate', 'high'] as const;

export const DemandSchema = describe(
  v.object({
    level: describe(v.picklist(DEMAND_LEVELS), doc('Market demand on the scale low < moderate < high.')),
    note: v.optional(prose(doc('Why demand is at this level.'))),
    ...provenance,
  }),
  doc('Market demand for the role.'),
);

export const SALARY_RANGE_BASES = ['p10-p90', 'p25-p75', 'min-max', 'typical'] as const;

export const SalaryLevelSchema = describe(
  v.object({
    id: slug,
    label: label(doc('The level as printed, e.g. "Entry-Level".')),
    amount: amount(doc('Typical pay at this level, in major units.')),
  }),
  doc('Typical pay at one career level.'),
);

export const PercentilesSchema = describe(
  v.object({
    p10: v.optional(amount(doc('10th percentile.'))),
    p25: v.optional(amount(doc('25th percentile.'))),
    p50: v.optional(amount(doc('50th percentile (the median).'))),
    p75: v.optional(amount(doc('75th percentile.'))),
    p90: v.optional(amount(doc('90th percentile.'))),
  }),
  doc('Pay percentiles as official statistics publish them; each at least the one before.'),
);

export const SalarySchema = describe(
  v.object({
    country: describe(
      v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 country code such as "US"')),
      doc('ISO 3166-1 alpha-2 code of the country the figures are for, e.g. "US".'),
    ),
    currency,
    period: payPeriod,
    range: describe(
      v.object({
        min: amount(doc('Lower bound, in major units.')),
        max: amount(doc('Upper bound, in major units; at least min.')),
        basis: describe(
          v.picklist(SALARY_RANGE_BASES),
          doc(
            'What the bounds mean: the 10th to 90th percentile, the 25th to 75th, the lowest and ' +
              'highest pay seen, or "typical" when the source prints a range without saying.',
          ),
        ),
      }),
      doc('The range of pay.'),
    ),
    median: v.optional(amount(doc('Median pay; within the range.'))),
    percentiles: v.optional(PercentilesSchema),
    levels: v.optional(list(SalaryLevelSchema, doc('Pay by career level, from junior to senior; ids are unique.'))),
    topEarners: v.optional(
      describe(
        v.object({
          percent: describe(v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(50)), doc('The top share of earners, 10 for the top 10 %.')),
          from: amount(doc('The pay from which a worker is among them.')),
          note: v.optional(prose(doc('What the source says about them.'))),
        }),
        doc('Where the top earners start.'),
      ),
    ),
    ...provenance,
  }),
  doc('Pay for the role in one country and currency.'),
);

export const TierSchema = describe(
  v.object({
    id: v.optional(slug),
    title: label(doc('The job title at this tier.')),
    years: describe(
      v.object({
        min: describe(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(80)), doc('Years of experience from.')),
        max: describe(
          v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(80))),
          doc('Years of experience to; null when open-ended ("8+"). At least min.'),
        ),
      }),
      doc('Years of experience at this tier.'),
    ),
    summary: v.optional(prose(doc('What the work is at this tier.'))),
    salaryLevel: v.optional(
      describe(slug, doc('The id of the salary level (`salary.levels[].id`) paid at this tier.')),
    ),
  }),
  doc('One tier of the career path.'),
);

export const DayBlockSchema = describe(
  v.object({
    label: label(doc('The part of the day, e.g. "Morning".')),
    start: timeOfDay,
    end: describe(timeOfDay, doc('A time of day, 24-hour HH:MM; after start.')),
    focus: v.optional(label(doc('What the block is about.'))),
    tasks: v.optional(bullets(doc('What gets done.'))),
  }),
  doc('One block of a typical day.'),
);

export const STRESS_LEVELS = ['low', 'low-to-moderate', 'moderate', 'moderate-to-high', 'high'] as const;
export const BALANCE_RATINGS = ['poor', 'challenging', 'fair', 'good', 'excellent'] as const;

export const WorkLifeSchema = describe(
  v.object({
    stress: v.optional(describe(v.picklist(STRESS_LEVELS), doc('Stress level, from low to high.'))),
    balance: v.optional(describe(v.picklist(BALANCE_RATINGS), doc('Work-life balance, from poor to excellent.'))),
    text: v.optional(paragraphs(doc('What shapes the balance.'))),
  }),
  doc('Stress and work-life balance.'),
);

export const SkillLevelSchema = describe(
  v.object({
    id: v.optional(slug),
    title: label(doc('The level, e.g. "Foundational Skills".')),
    summary: v.optional(prose(doc('What the level covers.'))),
    skills: list(label(doc('One skill.')), doc('The skills at this level.')),
  }),
  doc('One level of the skill map.'),
);

export const SkillMapSchema = describe(
  v.object({
    intro: v.optional(prose(doc('What the map shows.'))),
    levels: list(SkillLevelSchema, doc('The levels in order, each building on the one before.')),
  }),
  doc('The skill map: levels in order, from foundational to advanced.'),
);

export const CaseStudySchema = describe(
  v.object({
    title: label(doc('The case, as a headline.')),
    story: paragraphs(doc('What happened.')),
    takeaway: v.optional(prose(doc('The key takeaway.'))),
  }),
  doc('One worked example.'),
);

export const LinkSchema = describe(
  v.object({ title: label(doc('The link text.')), url: v.optional(httpUrl) }),
  doc('A named reference, with a URL when it has one.'),
);

// --- The document --------------------------------------------------------------------------

/**
 * The document's header: what every reader checks, whatever sections it shows. The version comes
 * first so that a newer document is refused before anything else is read.
 */
export const GuideHeader = {
  $schema: v.optional(describe(v.pipe(v.string(), v.maxLength(2_000)), doc('The JSON Schema this file follows, for editors.'))),
  schemaVersion: describe(
    v.literal(SCHEMA_VERSION),
    doc('The contract version. Readers refuse a higher one with a clear message.'),
  ),
  id: v.optional(slug),
  lang: v.optional(
    describe(
      v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "en" or "pt-BR"')),
      doc('The language of the text, a BCP 47 tag such as "en" or "pt-BR".'),
    ),
  ),
};

// The sections a chart shows stand on their own, so that an element built alone carries only
// the schemas of its own sections (see sections.ts); the text-only sections are written inline.
export const TitleSchema = label(doc('The role, e.g. "Operations Engineer".'));

export const TiersSchema = list(TierSchema, doc('The career tiers, from junior to lead.'));

export const DaySchema = describe(
  v.object({ blocks: list(DayBlockSchema, doc('The blocks in time order, not overlapping.')) }),
  doc('A day in the life.'),
);

export const OutlookSchema = describe(
  v.object({
    growthRate: v.optional(PercentSchema),
    status: v.optional(label(doc('The outlook in words, e.g. "Growing faster than average".'))),
    ...provenance,
  }),
  doc('The job outlook.'),
);

/** Every section of a guide by its key, in document order; each is optional in a document. */
export const GuideSections = {
  title: TitleSchema,
  summary: prose(doc('One paragraph on what the role is.')),
  facts: FactsSchema,
  demand: DemandSchema,
  salary: SalarySchema,
  coreFunctions: paragraphs(doc('What the role is for.')),
  responsibilities: bullets(doc('Key responsibilities.')),
  workSetting: paragraphs(doc('Where and how the work happens.')),
  techStack: list(label(doc('One tool or technology.')), doc('Tools and technologies.')),
  qualifications: describe(
    v.object({
      education: v.optional(paragraphs(doc('The education the role asks for.'))),
      techSkills: v.optional(bullets(doc('Technical skills.'))),
      softSkills: v.optional(bullets(doc('Soft abilities.'))),
    }),
    doc('Skills and qualifications.'),
  ),
  pathToRole: paragraphs(doc('How people get into the role.')),
  requiredEducation: paragraphs(doc('Degrees, programmes and certifications.')),
  tiers: TiersSchema,
  globalOutlook: paragraphs(doc('The market around the world.')),
  jobMarket: describe(
    v.object({
      challenges: v.optional(paragraphs(doc('Role challenges.'))),
      growthPaths: v.optional(paragraphs(doc('Growth paths.'))),
      trends: v.optional(paragraphs(doc('Industry trends.'))),
    }),
    doc('The job market today.'),
  ),
  day: DaySchema,
  workLife: WorkLifeSchema,
  skillMap: SkillMapSchema,
  prosCons: describe(
    v.object({ pros: v.optional(bullets(doc('The good parts.'))), cons: v.optional(bullets(doc('The hard parts.'))) }),
    doc('Pros and cons.'),
  ),
  mistakes: bullets(doc('Common mistakes of beginners.')),
  advice: bullets(doc('Contextual advice.')),
  caseStudies: list(CaseStudySchema, doc('Examples and case studies.')),
  portfolioTips: paragraphs(doc('How to build a portfolio.')),
  outlook: OutlookSchema,
  relatedRoles: list(LinkSchema, doc('Related roles.')),
  faq: list(
    describe(
      v.object({ question: prose(doc('The question.')), answer: prose(doc('The answer.')) }),
      doc('One question and its answer.'),
    ),
    doc('Frequently asked questions.'),
  ),
  sources: list(LinkSchema, doc('Sources and references for the whole guide.')),
};

/** The key of a section of the guide. */
export type SectionKey = keyof typeof GuideSections;

/** Each of `sections` made optional, as a document holds them. */
type OptionalEntries<S extends Partial<typeof GuideSections>> = { [K in keyof S]: v.OptionalSchema<S[K] & v.GenericSchema> };

/**
 * The schema of a document with the header and `sections`, each optional. Other fields are not
 * read, and not kept in the output. The whole guide is this of every section; an element's
 * reader is this of its own sections (sections.ts).
 */
/* @__NO_SIDE_EFFECTS__ */
export function guideObject<S extends Partial<typeof GuideSections>>(sections: S) {
  const entries = Object.fromEntries(Object.entries(sections).map(([key, schema]) => [key, v.optional(schema as v.GenericSchema)]));
  return v.object({ ...GuideHeader, ...(entries as OptionalEntries<S>) });
}

export const GuideSchema = describe(
  guideObject(GuideSections),
  doc(
    'A career guide: everything one career-guide page says about one role. Every section is ' +
      'optional; each element needs only its own. Unknown fields are ignored.',
  ),
);

/** A validated career guide. */
export type Guide = v.InferOutput<typeof GuideSchema>;
export type Salary = v.InferOutput<typeof SalarySchema>;
export type SalaryLevel = v.InferOutput<typeof SalaryLevelSchema>;
export type Tier = v.InferOutput<typeof TierSchema>;
export type DayBlock = v.InferOutput<typeof DayBlockSchema>;
export type SkillMap = v.InferOutput<typeof SkillMapSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Percent = v.InferOutput<typeof PercentSchema>;
export type Money = v.InferOutput<typeof MoneySchema>;
export type DemandLevel = (typeof DEMAND_LEVELS)[number];
export type StressLevel = (typeof STRESS_LEVELS)[number];
export type BalanceRating = (typeof BALANCE_RATINGS)[number];
