import type { enExporting } from './en-exporting.js';

/**
 * The elements' own words in English: labels, summaries and state messages. One object per
 * element, so that a bundle with one element carries only its words (each element hands its
 * sections to its WordsController); `en` puts them together as the shape every other language translates.
 */

/** Words every element uses: the states, the keyboard hint, the table button. */
export const enCommon = {
  loading: 'Loading the career guide…',
  retry: 'Try again',
  errorTitle: 'This chart could not be shown.',
  moreIssues: (count: number) => `and ${count} more`,
  /** How to use a chart's marks by keyboard, for screen readers: heard when focus enters the chart. */
  keyboardHint: 'Use the arrow keys to move from one item to the next, Enter to select one.',
  /** A name and its value in one phrase, as readouts and accessible names say them: `Median: $100,000`. */
  label: (name: string, value: string) => `${name}: ${value}`,
  /** The readout line of a chart with marks while it shows none: how to show one, by pointer or keys. */
  cue: 'Hover or use arrow keys for details',
  /** The button under a chart that shows its table of exact figures (and hides it again). */
  showTable: 'Show as table',
  /** What the live region says when new data replaced the chart's: `Annual salary updated`. */
  updated: (name: string) => `${name} updated`,
  /** A source of the chart's figures with its address, printed under the chart (a page cannot be clicked). */
  sourceAt: (name: string, url: string) => `Source: ${name}, ${url}`,
  /** A range in words, for accessible text, where an en dash may be read as nothing: `0 to 2 years`. */
  fromTo: (from: string, to: string) => `${from} to ${to}`,
  /**
   * The "Download" button beside "Show as table" and its choices. Each choice's name is its
   * words followed by the chart's caption (`aria-labelledby`), so it says what it downloads.
   */
  downloads: {
    menu: 'Download',
    csv: 'Download data (CSV)',
    svg: 'Download image (SVG)',
    png: 'Download image (PNG)',
    copy: 'Copy figures',
    failed: 'The download could not be made.',
  },
};

/** The words of `<career-salary>`. */
export const enSalary = {
  name: 'Salary',
  title: (period: 'year' | 'hour'): string => (period === 'year' ? 'Annual salary' : 'Hourly pay'),
  /** The title with the occupation it is for: `Annual salary: Operations Engineer`. */
  titleFor: (title: string, occupation: string) => `${title}: ${occupation}`,
  empty: 'This guide has no salary figures.',
  range: 'Range',
  median: 'Median',
  topEarners: (percent: string) => `Top ${percent}`,
  from: (amount: string) => `from ${amount}`,
  perPeriod: (period: 'year' | 'hour'): string => (period === 'year' ? 'per year' : 'per hour'),
  percentile: (rank: number) => `${rank}th percentile`,
  rangeBasis: {
    'p10-p90': '10th to 90th percentile',
    'p25-p75': '25th to 75th percentile',
    'min-max': 'lowest to highest',
    typical: 'typical range',
  },
  /** Under the chart: what the range bar's bounds mean. */
  rangeMeaning: {
    'p10-p90': 'Range: the middle 80% of pay, 10th to 90th percentile',
    'p25-p75': 'Range: the middle half of pay, 25th to 75th percentile',
    'min-max': 'Range: the lowest to the highest pay reported',
    typical: 'Range: typical pay, as the source gives it',
  },
  /** Under the chart: what the open-ended arrow means (its amount is the bar's own). */
  openEnded: (label: string) => `${label}: no upper limit, as the arrow shows`,
  /** Under the chart: where the figures come from and when they were true; either may be missing. */
  provenance: (source: string | undefined, asOf: string | undefined) =>
    [source && `Source: ${source}`, asOf && `${source ? 'as' : 'As'} of ${asOf}`].filter(Boolean).join(' · '),
  tableCaption: 'Salary figures',
  tableFigure: 'Figure',
  tableAmount: 'Amount',
  /**
   * What the chart shows and tells, without the figures its bars say: how much pay rises from the
   * first level to the last, and in which third of the range the median lies.
   */
  summary: (parts: { place: string; period: string; rise?: { from: string; to: string; by: string }; medianAt?: 'low' | 'middle' | 'high' }) =>
    [
      `Salary ${parts.period} in ${parts.place}.`,
      parts.rise ? ` Pay rises ${parts.rise.by} from ${parts.rise.from} to ${parts.rise.to}.` : '',
      parts.medianAt ? ` The median lies in the ${{ low: 'lower', middle: 'middle', high: 'upper' }[parts.medianAt]} third of the range.` : '',
    ].join(''),
};

/** The words of `<career-guide>`. */
export const enGuide = {
  empty: 'This guide is empty.',
  contents: 'Contents',
  sections: {
    facts: 'Key facts',
    demand: 'Market demand',
    salary: 'Salary',
    'core-functions': 'Core functions',
    responsibilities: 'Key responsibilities',
    'work-setting': 'Work setting',
    'tech-stack': 'Tech stack',
    qualifications: 'Skills and qualifications',
    path: 'Path to the role',
    'required-education': 'Required education',
    tiers: 'Career path tiers',
    'global-outlook': 'Global outlook',
    'job-market': 'Job market today',
    day: 'A day in the life',
    'work-life': 'Work-life balance and stress',
    skills: 'Skill map',
    'pros-cons': 'Pros and cons',
    mistakes: 'Common mistakes of beginners',
    advice: 'Contextual advice',
    'case-studies': 'Examples and case studies',
    portfolio: 'Portfolio tips',
    outlook: 'Job outlook',
    'related-roles': 'Related roles',
    faq: 'Frequently asked questions',
    sources: 'Sources and references',
  },
  education: 'Education level',
  techSkills: 'Tech skills',
  softSkills: 'Soft abilities',
  challenges: 'Role challenges',
  growthPaths: 'Growth paths',
  trends: 'Industry trends',
  pros: 'Pros',
  cons: 'Cons',
  takeaway: 'Key takeaway:',
  growthRate: 'Growth rate:',
  status: 'Status:',
  source: 'Source:',
  asOf: 'As of',
};

/** The words of `<career-facts>`. */
export const enFacts = {
  title: 'Key facts',
  empty: 'This guide has no headline facts.',
  /** Per fact: `label` is shown under the figure, and names the tile in the summary. */
  growthRate: { label: 'growth rate' },
  medianSalary: { label: 'median salary' },
  remoteFriendly: { label: 'work arrangement', yes: 'Remote-friendly', no: 'On-site' },
  outlookStatus: { label: 'outlook' },
  perPeriod: (period: 'year' | 'hour'): string => (period === 'year' ? 'per year' : 'per hour'),
  source: (name: string, asOf?: string) => (asOf ? `Source: ${name}, ${asOf}` : `Source: ${name}`),
  /** What the tiles are, by their labels in tile order; the tiles say the figures. */
  summary: (labels: string[]) => `Headline facts: ${labels.join(', ')}.`,
};

/** The words of `<career-tiers>`. */
export const enTiers = {
  title: 'Career path tiers',
  empty: 'This guide has no career tiers.',
  axisTitle: 'Years of experience',
  /** Written after the number of an open-ended span: "8+ years". */
  orMore: '+',
  /** The salaries' context, under the title, when tiers are linked to salary levels. */
  subtitle: (period: string, place: string, currency: string) => `Salaries ${period}, ${place} (${currency})`,
  /** The readout line while it shows no tier: how to show one, and its summary below. */
  hint: 'Arrow keys or hover; Enter: details below',
  tableCaption: 'Career tiers',
  tableTier: 'Tier',
  tableYears: 'Years of experience',
  tableSalary: 'Salary',
  tableSummary: 'What the work is',
  /** What the chart shows and tells, without the years and pay its tiers say. */
  summary: (parts: { count: number; countText: string; open: boolean; payRises: boolean }) =>
    `${parts.countText} ${parts.count === 1 ? 'career tier' : 'career tiers'} by years of experience${parts.open ? ', the last one open-ended' : ''}.${parts.payRises ? ' Pay rises from tier to tier.' : ''}`,
};

/** The words of `<career-skills>`. */
export const enSkills = {
  title: 'Skill map',
  empty: 'This guide has no skill map.',
  /** Said before a level's title, and in its readout: "Level 2 of 3". */
  levelOf: (position: string, total: string) => `Level ${position} of ${total}`,
  buildsOn: (previous: string) => `Builds on ${previous}.`,
  skillCount: (count: number, countText: string) => `${countText} ${count === 1 ? 'skill' : 'skills'}`,
  /** The readout line for a focused or hovered level. */
  readoutLevel: (parts: { position: string; skills: string; previous?: string }) =>
    `${parts.position}: ${parts.skills}.${parts.previous ? ` Builds on ${parts.previous}.` : ''}`,
  /** The readout line for a focused or hovered skill. */
  readoutSkill: (parts: { level: string; next?: string }) =>
    parts.next ? `In ${parts.level}. Leads to ${parts.next}.` : `In ${parts.level}, the last level.`,
  /** What the map shows, without the titles and skills its headings and lists say. */
  summary: (parts: { count: number; countText: string; skills: string }) =>
    `A skill map in ${parts.countText} ${parts.count === 1 ? 'level' : 'levels'} with ${parts.skills}${parts.count > 1 ? ', each level building on the one before' : ''}.`,
};

/** The words of `<career-balance>`. */
export const enBalance = {
  title: 'Work-life balance and stress',
  empty: 'This guide has no work-life balance.',
  stress: {
    name: 'Stress level',
    levels: { low: 'Low', 'low-to-moderate': 'Low to moderate', moderate: 'Moderate', 'moderate-to-high': 'Moderate to high', high: 'High' },
  },
  balance: {
    name: 'Work-life balance',
    levels: { poor: 'Poor', challenging: 'Challenging', fair: 'Fair', good: 'Good', excellent: 'Excellent' },
  },
  /** What the meters are, by name; each meter says its level. */
  summary: (names: string[], steps: string) => `Rated on scales of ${steps} steps: ${names.join(', ')}.`,
};

/** The words of `<career-demand>`. */
export const enDemand = {
  title: 'Market demand',
  empty: 'This guide has no market demand.',
  levels: { low: 'Low', moderate: 'Moderate', high: 'High' },
  /** The gauge's accessible name: the level and the scale it is on. */
  gaugeLabel: (level: string) => `Market demand: ${level}, on a scale from Low to High`,
  /** Under the growth figure, by where it comes from: the job outlook or the headline facts. */
  growthLabel: { outlook: 'projected growth', facts: 'growth rate' },
  source: (name: string, asOf?: string) => (asOf ? `Source: ${name}, ${asOf}` : `Source: ${name}`),
};

/** The words of `<career-day>`. */
export const enDay = {
  title: 'A day in the life',
  empty: 'This guide has no day in the life.',
  /** The name of a block's list of tasks. */
  tasksOf: (label: string) => `${label}: tasks`,
  tableCaption: 'A typical day',
  tableBlock: 'Block',
  tableTime: 'Time',
  tableFocus: 'Focus',
  tableTasks: 'Tasks',
  /** What the chart shows, without the hours its blocks say: `A typical day of 9 hours in 3 blocks.` */
  summary: (parts: { duration: string; count: number; countText: string }) =>
    `A typical day of ${parts.duration} in ${parts.countText} ${parts.count === 1 ? 'block' : 'blocks'}.`,
};

/** Every element's words in English together. */
export const en = {
  ...enCommon,
  salary: enSalary,
  guide: enGuide,
  facts: enFacts,
  tiers: enTiers,
  skills: enSkills,
  balance: enBalance,
  demand: enDemand,
  day: enDay,
};

/**
 * The shape every language's messages must have: the elements' words, and those of the export
 * code, which live in a module of its own (src/i18n/en-exporting.ts) so that no chart's chunk
 * carries them; optional here only because English's are there (test/i18n.test.ts holds every
 * language to them).
 */
export type Messages = typeof en & { readonly exporting?: typeof enExporting };
