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
  keyboardHint: 'Use the arrow keys to move from one item to the next, Enter to select one.',
  /** A name and its value in one phrase, as readouts and accessible names say them: `Median: $100,000`. */
  label: (name: string, value: string) => `${name}: ${value}`,
  /** The button under a chart that shows its table of exact figures (and hides it again). */
  showTable: 'Show as table',
  /** What the live region says when new data replaced the chart's: `Annual salary updated`. */
  updated: (name: string) => `${name} updated`,
  /** A range in words, for accessible text, where an en dash may be read as nothing: `0 to 2 years`. */
  fromTo: (from: string, to: string) => `${from} to ${to}`,
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
  /** Under the chart: what the open-ended arrow means. */
  openEnded: (label: string, amount: string) => `${label}: ${amount} and more, no upper limit`,
  /** Under the chart: where the figures come from and when they were true; either may be missing. */
  provenance: (source: string | undefined, asOf: string | undefined) =>
    [source && `Source: ${source}`, asOf && `${source ? 'as' : 'As'} of ${asOf}`].filter(Boolean).join(' · '),
  tableCaption: 'Salary figures',
  tableFigure: 'Figure',
  tableAmount: 'Amount',
  summary: (parts: { place: string; period: string; basis: string; min: string; max: string; median?: string; levels: string[]; top?: string }) =>
    [
      `Salary ${parts.period} in ${parts.place}: ${parts.basis} ${parts.min} to ${parts.max}`,
      parts.median ? `, median ${parts.median}` : '',
      '.',
      parts.levels.length ? ` ${parts.levels.join('; ')}.` : '',
      parts.top ? ` ${parts.top}.` : '',
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
  /** Per fact: `name` starts a sentence or an accessible name, `label` is shown under the figure. */
  growthRate: { name: 'Growth rate', label: 'growth rate' },
  medianSalary: { name: 'Median salary', label: 'median salary' },
  remoteFriendly: { name: 'Work arrangement', label: 'work arrangement', yes: 'Remote-friendly', no: 'On-site' },
  outlookStatus: { name: 'Outlook', label: 'outlook' },
  perPeriod: (period: 'year' | 'hour'): string => (period === 'year' ? 'per year' : 'per hour'),
  source: (name: string, asOf?: string) => (asOf ? `Source: ${name}, ${asOf}` : `Source: ${name}`),
  /** One sentence per fact, from its `name: value` phrase, in tile order. */
  summary: (phrases: string[]) => phrases.map((phrase) => `${phrase}.`).join(' '),
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
  hint: 'Select a tier to read about it below.',
  tableCaption: 'Career tiers',
  tableTier: 'Tier',
  tableYears: 'Years of experience',
  tableSalary: 'Salary',
  tableSummary: 'What the work is',
  summary: (parts: { count: number; countText: string; from: string; to: string; tiers: string[] }) =>
    `${parts.countText} ${parts.count === 1 ? 'career tier' : 'career tiers'} from ${parts.from} to ${parts.to} years of experience: ${parts.tiers.join('; ')}.`,
};

/** The words of `<career-skills>`. */
export const enSkills = {
  title: 'Skill map',
  empty: 'This guide has no skill map.',
  keyboardHint: 'Use the arrow keys to move through the levels and their skills, Enter to select one.',
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
  summary: (parts: { count: number; countText: string; levels: string[] }) =>
    `A skill map in ${parts.countText} ${parts.count === 1 ? 'level' : 'levels'}: ${parts.levels.join(', then ')}.`,
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
  /** A level's place on its scale: `4 of 5`. */
  position: (index: string, count: string) => `${index} of ${count}`,
  /** The focused meter, in the readout line. */
  readout: (name: string, word: string, position: string) => `${name}: ${word} (${position})`,
  summary: (meters: { name: string; word: string; position: string }[]) =>
    meters.map((meter) => `${meter.name}: ${meter.word.toLowerCase()} (${meter.position}).`).join(' '),
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
  /** The same, starting a sentence. */
  growthName: { outlook: 'Projected growth', facts: 'Growth rate' },
  source: (name: string, asOf?: string) => (asOf ? `Source: ${name}, ${asOf}` : `Source: ${name}`),
};

/** The words of `<career-day>`. */
export const enDay = {
  title: 'A day in the life',
  empty: 'This guide has no day in the life.',
  /** The readout when no block is hovered or focused: `9:00 AM–6:00 PM, 9 hours`. */
  span: (range: string, duration: string) => `${range}, ${duration}`,
  /** The name of a block's list of tasks. */
  tasksOf: (label: string) => `${label}: tasks`,
  tableCaption: 'A typical day',
  tableBlock: 'Block',
  tableTime: 'Time',
  tableFocus: 'Focus',
  tableTasks: 'Tasks',
  summary: (parts: { from: string; to: string; count: number; countText: string; blocks: string[] }) =>
    `A typical day from ${parts.from} to ${parts.to} in ${parts.countText} ${parts.count === 1 ? 'block' : 'blocks'}: ${parts.blocks.join('; ')}.`,
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

/** The shape every language's messages must have. */
export type Messages = typeof en;
