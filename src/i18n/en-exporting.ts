// A module of its own: the export code (src/export/) imports it, and a chart's module, which
// imports en.ts, does not carry it (a bundler places a whole module in one chunk).
/**
 * The words of the downloads that only the export code reads (src/export/, loaded on first
 * use): what copying came to, and the columns of the downloaded figures beyond the table's
 * (amounts and years as numbers, their currency, period and unit apart).
 */
export const enExporting = {
  copied: 'Figures copied to the clipboard.',
  refused: 'The browser did not allow copying. Download the data (CSV) instead.',
  columns: { figure: 'Figure', value: 'Value', from: 'From', to: 'To', currency: 'Currency', period: 'Period', unit: 'Unit', level: 'Level', skill: 'Skill', levelId: 'Level id', position: 'Position', outOf: 'Out of', source: 'Source' },
};
