/**
 * Stand-ins for the d3-format functions that d3-scale's `tickFormat` imports, used in place of
 * d3-format everywhere (src/chart/lean/modules.json lists the replacements for Vite and the test
 * runner). Every label here is written through Intl (src/chart/format.ts), so
 * `scale.tickFormat()` is never called, and d3-format's locale tables stay out. Calling one says
 * so instead of failing silently.
 */
const missing = (): never => {
  throw new Error('career-widgets: d3-format is not included; format numbers with Intl.');
};

export const format = missing;
export const formatPrefix = missing;
export const formatSpecifier = missing;
export const precisionFixed = missing;
export const precisionPrefix = missing;
export const precisionRound = missing;
