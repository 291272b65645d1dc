/** The elements' own words in English: labels, summaries and state messages. */
export const en = {
  loading: 'Loading the career guide…',
  retry: 'Try again',
  errorTitle: 'This chart could not be shown.',
  moreIssues: (count: number) => `and ${count} more`,
  keyboardHint: 'Use the arrow keys to move between marks, Enter to select one.',
  salary: {
    name: 'Salary',
    title: (period: 'year' | 'hour') => (period === 'year' ? 'Annual salary' : 'Hourly pay'),
    empty: 'This guide has no salary figures.',
    range: 'Range',
    median: 'Median',
    topEarners: (percent: string) => `Top ${percent}`,
    from: (amount: string) => `from ${amount}`,
    perPeriod: (period: 'year' | 'hour') => (period === 'year' ? 'per year' : 'per hour'),
    percentile: (rank: number) => `${rank}th percentile`,
    rangeBasis: {
      'p10-p90': '10th to 90th percentile',
      'p25-p75': '25th to 75th percentile',
      'min-max': 'lowest to highest',
      typical: 'typical range',
    },
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
  },
  // Each element's words go above this line, one object per element.
};

/** The shape every language's messages must have. */
export type Messages = typeof en;
