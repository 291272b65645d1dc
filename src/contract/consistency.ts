/**
 * Rules across fields that a JSON Schema cannot state: ranges in order, references that
 * resolve, times that follow each other. Run on a document whose shape is already valid.
 */
import type { Guide } from './schema.js';
import type { GuideIssue } from './validate.js';

const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** Every cross-field rule the document breaks, in document order. */
export function checkConsistency(guide: Guide): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const inconsistent = (path: string, message: string) => issues.push({ path, code: 'inconsistent', message });

  const salary = guide.salary;
  if (salary) {
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
  }

  const levelIds = new Set(salary?.levels?.map((level) => level.id));
  guide.tiers?.forEach((tier, index) => {
    const { min, max } = tier.years;
    if (max !== null && max < min) inconsistent(`tiers[${index}].years.max`, `must be at least years.min (${min}), got ${max}`);
    // A tier may name a level only when the guide's salary lists it; without salary there is
    // nothing to check against and nothing will be shown.
    if (tier.salaryLevel && salary && !levelIds.has(tier.salaryLevel)) {
      inconsistent(`tiers[${index}].salaryLevel`, `"${tier.salaryLevel}" is not the id of any salary.levels entry`);
    }
  });

  let previousEnd: string | undefined;
  guide.day?.blocks.forEach((block, index) => {
    // HH:MM strings compare correctly as text.
    if (block.end <= block.start) inconsistent(`day.blocks[${index}].end`, `must be after start (${block.start}), got ${block.end}`);
    else if (previousEnd !== undefined && block.start < previousEnd) {
      inconsistent(`day.blocks[${index}].start`, `must not be before the previous block's end (${previousEnd}), got ${block.start}`);
    }
    previousEnd = block.end;
  });

  return issues;
}
