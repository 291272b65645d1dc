/**
 * The sections of a whole guide, in the order of the career-guide page, and which part of the
 * data each one needs. Pure: the element decides how to draw them.
 */
import type { Guide } from '../contract/schema.js';

/** Every section `<career-guide>` can show, in page order. */
export const GUIDE_SECTIONS = [
  'facts',
  'demand',
  'salary',
  'core-functions',
  'responsibilities',
  'work-setting',
  'tech-stack',
  'qualifications',
  'path',
  'required-education',
  'tiers',
  'global-outlook',
  'job-market',
  'day',
  'work-life',
  'skills',
  'pros-cons',
  'mistakes',
  'advice',
  'case-studies',
  'portfolio',
  'outlook',
  'related-roles',
  'faq',
  'sources',
] as const;

/** The id of one section, also its fragment in the table of contents. */
export type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

const hasItems = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;

/** Whether the guide has anything to show in a section. */
export function guideHasSection(guide: Guide, id: GuideSectionId): boolean {
  switch (id) {
    case 'facts':
      return guide.facts !== undefined || guide.outlook?.status !== undefined;
    case 'demand':
      return guide.demand !== undefined;
    case 'salary':
      return guide.salary !== undefined;
    case 'core-functions':
      return hasItems(guide.coreFunctions);
    case 'responsibilities':
      return hasItems(guide.responsibilities);
    case 'work-setting':
      return hasItems(guide.workSetting);
    case 'tech-stack':
      return hasItems(guide.techStack);
    case 'qualifications': {
      const q = guide.qualifications;
      return q !== undefined && (hasItems(q.education) || hasItems(q.techSkills) || hasItems(q.softSkills));
    }
    case 'path':
      return hasItems(guide.pathToRole);
    case 'required-education':
      return hasItems(guide.requiredEducation);
    case 'tiers':
      return hasItems(guide.tiers);
    case 'global-outlook':
      return hasItems(guide.globalOutlook);
    case 'job-market': {
      const j = guide.jobMarket;
      return j !== undefined && (hasItems(j.challenges) || hasItems(j.growthPaths) || hasItems(j.trends));
    }
    case 'day':
      return hasItems(guide.day?.blocks);
    case 'work-life':
      return guide.workLife !== undefined;
    case 'skills':
      return hasItems(guide.skillMap?.levels);
    case 'pros-cons':
      return hasItems(guide.prosCons?.pros) || hasItems(guide.prosCons?.cons);
    case 'mistakes':
      return hasItems(guide.mistakes);
    case 'advice':
      return hasItems(guide.advice);
    case 'case-studies':
      return hasItems(guide.caseStudies);
    case 'portfolio':
      return hasItems(guide.portfolioTips);
    case 'outlook':
      return guide.outlook !== undefined;
    case 'related-roles':
      return hasItems(guide.relatedRoles);
    case 'faq':
      return hasItems(guide.faq);
    case 'sources':
      return hasItems(guide.sources);
  }
}

/**
 * The sections to show: those named in `requested` (a space- or comma-separated list, in the
 * given order; unknown names are ignored), else all, and of those only the ones the guide has.
 */
export function guideSections(guide: Guide, requested: string | undefined): GuideSectionId[] {
  const known = new Set<string>(GUIDE_SECTIONS);
  const names = requested?.split(/[\s,]+/).filter((name) => known.has(name)) as GuideSectionId[] | undefined;
  const order = names && names.length > 0 ? [...new Set(names)] : [...GUIDE_SECTIONS];
  return order.filter((id) => guideHasSection(guide, id));
}

/**
 * The guide as far as the page shows it, for what the page states about it (the Occupation
 * structured data): the fields that the structured data reads are dropped with the sections
 * `requested` leaves out. The title and summary head every guide and stay.
 */
export function shownGuide(guide: Guide, requested: string | undefined): Guide {
  const ids = guideSections(guide, requested);
  const kept = <K extends keyof Guide>(id: GuideSectionId, key: K) => (ids.includes(id) ? guide[key] : undefined);
  return {
    ...guide,
    facts: kept('facts', 'facts'),
    salary: kept('salary', 'salary'),
    responsibilities: kept('responsibilities', 'responsibilities'),
    qualifications: kept('qualifications', 'qualifications'),
    pathToRole: kept('path', 'pathToRole'),
    requiredEducation: kept('required-education', 'requiredEducation'),
  };
}

/** A link target from the data, only when it parses as http(s); anything else stays text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
