/**
 * Stand-ins for the d3-format functions that d3-scale's `tickFormat` imports, swapped in by the
 * drop-in build (vite.config.ts, `--mode cdn`). Every label here is written through Intl
 * (src/chart/format.ts), so `scale.tickFormat()` is never called; d3-format's locale tables
 * (about 2 kB gzip) stay out of the bundle. Calling one says so instead of failing silently.
 */
const missing = (): never => {
  throw new Error('career-widgets: d3-format is not in the drop-in build; format numbers with Intl.');
};

export const format = missing;
export const formatPrefix = missing;
export const formatSpecifier = missing;
export const precisionFixed = missing;
export const precisionPrefix = missing;
export const precisionRound = missing;
