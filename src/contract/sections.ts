/**
 * Reading part of a guide: the header plus the sections an element shows, with their rules.
 * Every section is optional and each element needs only its own, so a chart of the salary shows
 * even when the tiers are malformed, and a chart built alone carries only its sections' schemas
 * and rules. The shapes are the ones of schema.ts (`GuideSections`), not copies.
 */
import type * as v from './lean/valibot.js';
import {
  DaySchema,
  DemandSchema,
  FactsSchema,
  GuideSchema,
  OutlookSchema,
  SalarySchema,
  SkillMapSchema,
  TiersSchema,
  TitleSchema,
  WorkLifeSchema,
  guideObject,
  type Guide,
  type GuideSections,
  type SectionKey,
} from './schema.js';
import { checkConsistency, checkRules, dayRule, salaryRule, tiersRule, type SectionRule } from './consistency.js';
import { validateAgainst, type GuideIssue, type GuideResult } from './validate.js';

/** One section as a reader validates it: its key, its shape (the one in `GuideSections`) and its cross-field rule. */
export interface Section<K extends SectionKey = SectionKey> {
  readonly key: K;
  readonly schema: (typeof GuideSections)[K];
  readonly rule?: SectionRule;
}

/** A reader of part of the guide: the header and some sections, shape and rules. */
export interface GuidePart {
  /** Names the set of sections read: results are remembered per object and id. */
  readonly id: string;
  /** The sections read, or every section. */
  readonly keys: readonly SectionKey[] | 'all';
  /** The document's shape as this part reads it. */
  readonly schema: v.GenericSchema<Guide>;
  /** The cross-field rules of its sections, on a document of valid shape. */
  readonly check: (guide: Guide) => GuideIssue[];
}

/** The role's name, shown as a subtitle by the facts. */
export const titleSection: Section<'title'> = { key: 'title', schema: TitleSchema };
/** The headline facts. */
export const factsSection: Section<'facts'> = { key: 'facts', schema: FactsSchema };
/** Market demand. */
export const demandSection: Section<'demand'> = { key: 'demand', schema: DemandSchema };
/** Pay, with its range, median, percentiles and levels. */
export const salarySection: Section<'salary'> = { key: 'salary', schema: SalarySchema, rule: salaryRule };
/** The career tiers; a reader that also reads `salary` checks the levels they name. */
export const tiersSection: Section<'tiers'> = { key: 'tiers', schema: TiersSchema, rule: tiersRule };
/** A day in the life. */
export const daySection: Section<'day'> = { key: 'day', schema: DaySchema, rule: dayRule };
/** Stress and work-life balance. */
export const workLifeSection: Section<'workLife'> = { key: 'workLife', schema: WorkLifeSchema };
/** The skill map. */
export const skillMapSection: Section<'skillMap'> = { key: 'skillMap', schema: SkillMapSchema };
/** The job outlook. */
export const outlookSection: Section<'outlook'> = { key: 'outlook', schema: OutlookSchema };

// One reader per set of sections, however many elements ask for it.
const parts = new Map<string, GuidePart>();

/**
 * The reader of the header and `sections`: other fields are neither checked nor kept in its
 * guide. The rules run in the order of `sections`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function guidePart(...sections: Section[]): GuidePart {
  const keys = sections.map((section) => section.key);
  const id = [...keys].sort().join(' ');
  let part = parts.get(id);
  if (!part) {
    const rules = sections.flatMap((section) => (section.rule ? [section.rule] : []));
    part = {
      id,
      keys,
      schema: guideObject(Object.fromEntries(sections.map((section) => [section.key, section.schema]))) as v.GenericSchema<Guide>,
      check: (guide) => checkRules(guide, rules),
    };
    parts.set(id, part);
  }
  return part;
}

/** The reader of the whole guide, every section and rule: what `validateGuide` does. */
export const wholeGuide: GuidePart = { id: '*', keys: 'all', schema: GuideSchema, check: checkConsistency };

/**
 * Validation results by object and part. A page often hands the same object to many elements
 * (and <career-guide> hands its guide to every chart): validating it once per set of sections
 * and sharing the validated guide saves the time and, above all, the memory of a copy per
 * element. Safe because a guide is replaced, never mutated in place (Lit would not re-render a
 * mutated object either).
 */
const validated = new WeakMap<object, Map<string, GuideResult>>();

/** Validates `input` for `part`, once per object and set of sections. Never throws on JSON. */
export function validatePart(input: unknown, part: GuidePart): GuideResult {
  if (typeof input !== 'object' || input === null) return validateAgainst(input, part.schema, part.check);
  let results = validated.get(input);
  if (!results) validated.set(input, (results = new Map<string, GuideResult>()));
  let result = results.get(part.id);
  if (!result) {
    result = validateAgainst(input, part.schema, part.check);
    results.set(part.id, result);
  }
  return result;
}
