/**
 * Fails when custom-elements.json is not what the analyzer writes from the sources now: the
 * manifest is the public API and must never drift from the code.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory, so the scratch folder lives inside.
const outdir = join('node_modules', '.cache', `cem-check-${process.pid}`);
try {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing counts as stale
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json matches the sources.');
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
