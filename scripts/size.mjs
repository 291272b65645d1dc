/**
 * Sizes of the shipped files (minified as built, gzip -9, brotli) checked against budgets.
 * Fails the build when a file grows past its budget. Run by `npm run build`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Budgets in gzip bytes. Start from what was measured; tighten as size work lands. The goal
 * (issue 9) is 24 kB for everything; with eight elements the drop-in bundle measures 51.2 kB.
 */
export const BUDGETS = {
  'dist/cdn/career-widgets.js': 52_000,
};

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    if (!existsSync(file)) {
      console.error(`${file} is missing: run the build first.`);
      process.exit(1);
    }
    const size = measure(file);
    const over = size.gzip > budget;
    failed ||= over;
    console.log(
      `${over ? '✗' : '✓'} ${file}: ${size.raw} B minified, ${size.gzip} B gzip, ${size.brotli} B brotli (budget ${budget} B gzip)`,
    );
  }
  if (failed) {
    console.error('A file is over its size budget.');
    process.exit(1);
  }
}
