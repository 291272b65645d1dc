/**
 * Rules across fields that a JSON Schema cannot state: ranges in order, references that
 * resolve, times that follow each other. Run on a document whose shape is already valid.
 *
 * One rule per section, so that an element built alone carries only the rules of the sections
 * it shows (sections.ts); `checkConsistency` runs them all, for the whole guide.
 */
import type { Guide } from './schema.js';
import type { GuideIssue } from './validate.js';

/** The cross-field rule of one section: adds an issue for each thing it finds wrong. */
export type SectionRule = (guide: Guide, inconsistent: (path: string, message: string) => void) => void;

const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** Every cross-field rule the document breaks, in document order. */
export function checkConsistency(guide: Guide): GuideIssue[] {
  return checkRules(guide, [salaryRule, tiersRule, dayRule]);
}

/** What `rules` find wrong in `guide`, in their order. */
export function checkRules(guide: Guide, rules: readonly SectionRule[]): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const inconsistent = (path: string, message: string) => issues.push({ path, code: 'inconsistent', message });
  for (const rule of rules) rule(guide, inconsistent);
  return issues;
}

/** The range in order, the median within it, percentiles rising, level ids unique. */
export const salaryRule: SectionRule = ({ salary }, inconsistent) => {
  if (!salary) return;
  const { min, max } = salary.range;
  if (max < min) inconsistent('salary.range.max', `must be at least range.min (${min}), got ${max}`);
  else if (salary.median !== undefined && (salary.median < min || salary.median > max)) {
    inconsistent('salary.median', `must lie within the range ${min}–${max}, got ${salary.median}`);
  }
  const percentiles = salary.percentiles ?? {};
  let previous: { key: string; value: number } | undefined;
  for (const key of PERCENTILES) {
    const value = percentiles[key];
    if (value === undefined) continue;
    if (previous && value < previous.value) {
      inconsistent(`salary.percentiles.${key}`, `must be at least ${previous.key} (${previous.value}), got ${value}`);
    }
    previous = { key, value };
  }
  const seen = new Set<string>();
  salary.levels?.forEach((level, index) => {
    if (seen.has(level.id)) inconsistent(`salary.levels[${index}].id`, `"${level.id}" is used by an earlier level`);
    seen.add(level.id);
  });
};

/** Years in order, and a named salary level that the guide's salary lists. */
export const tiersRule: SectionRule = ({ tiers, salary }, inconsistent) => {
  const levelIds = new Set(salary?.levels?.map((level) => level.id));
  tiers?.forEach((tier, index) => {
    const { min, max } = tier.years;
    if (max !== null && max < min) inconsistent(`tiers[${index}].years.max`, `must be at least years.min (${min}), got ${max}`);
    // A tier may name a level only when the guide's salary lists it; without salary there is
    // nothing to check against and nothing will be shown. A reader of tiers alone reads no
    // salary and so skips this check; one that shows the levels reads both sections.
    if (tier.salaryLevel && salary && !levelIds.has(tier.salaryLevel)) {
      inconsistent(`tiers[${index}].salaryLevel`, `"${tier.salaryLevel}" is not the id of any salary.levels entry`);
    }
  });
};

/** Each block ends after it starts, and none starts before the previous one ends. */
export const dayRule: SectionRule = ({ day }, inconsistent) => {
  let previousEnd: string | undefined;
  day?.blocks.forEach((block, index) => {
    // HH:MM strings compare correctly as text.
    if (block.end <= block.start) inconsistent(`day.blocks[${index}].end`, `must be after start (${block.start}), got ${block.end}`);
    else if (previousEnd !== undefined && block.start < previousEnd) {
      inconsistent(`day.blocks[${index}].start`, `must not be before the previous block's end (${previousEnd}), got ${block.start}`);
    }
    previousEnd = block.end;
  });
};
