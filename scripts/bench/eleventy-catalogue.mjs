/**
 * Times the Eleventy example (examples/eleventy) building a catalogue of guide pages: N copies
 * of the bundled Operations Engineer guide, each its own file (so nothing is shared between
 * pages), written to a temporary folder and built there. Needs `npm run build` first.
 *
 * Usage: node scripts/bench/eleventy-catalogue.mjs [N=100] [--runs=3] [--json]
 * Prints, per run, the wall time of the whole `eleventy` command and Eleventy's own figure, then
 * the best run's time per page. The marginal time per page comes from a second, one-page build.
 * `--json` prints only `{ pages, wall, eleventy, onePage, perPage, marginal }` (ms), for
 * scripts/bench.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [count = 100] = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map(Number);
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const json = process.argv.includes('--json');
const log = json ? () => {} : console.log;
const sample = JSON.parse(readFileSync('data/operations-engineer.json', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'eleventy-catalogue-'));

/** Writes `n` guides to a folder of their own and returns it. */
function guides(n) {
  const folder = join(work, `guides-${n}`);
  mkdirSync(folder);
  for (let i = 1; i <= n; i += 1) {
    const id = `operations-engineer-${String(i).padStart(3, '0')}`;
    writeFileSync(join(folder, `${id}.json`), JSON.stringify({ ...sample, id, title: `${sample.title} ${i}` }));
  }
  return folder;
}

/** Builds the site from `folder` of `n` guides; the best of `runs` wall times, and Eleventy's own figure. */
function build(folder, n) {
  let best = { wall: Infinity, reported: NaN };
  for (let run = 0; run < runs; run += 1) {
    const site = join(work, 'site');
    rmSync(site, { recursive: true, force: true });
    const start = performance.now();
    const output = execFileSync(process.execPath, ['../../node_modules/@11ty/eleventy/cmd.cjs', `--output=${site}`], {
      cwd: 'examples/eleventy',
      env: { ...process.env, CAREER_GUIDES: folder },
      encoding: 'utf8',
    });
    const wall = performance.now() - start;
    const reported = Number(/in ([\d.]+) seconds/.exec(output)?.[1]) * 1000;
    log(`  ${n} guide page(s): ${wall.toFixed(0)} ms wall, Eleventy says ${reported.toFixed(0)} ms`);
    if (wall < best.wall) best = { wall, reported };
  }
  return best;
}

try {
  log(`Eleventy example, ${count} guide pages (best of ${runs}):`);
  const many = build(guides(count), count);
  const one = build(guides(1), 1);
  const marginal = (many.wall - one.wall) / (count - 1);
  if (json) console.log(JSON.stringify({ pages: count, wall: many.wall, eleventy: many.reported, onePage: one.wall, perPage: many.wall / count, marginal }));
  log(
    `${count} pages: ${many.wall.toFixed(0)} ms wall (${(many.wall / count).toFixed(1)} ms per page), ` +
      `Eleventy ${many.reported.toFixed(0)} ms (${(many.reported / count).toFixed(1)} ms per page); ` +
      `marginal ${marginal.toFixed(1)} ms per page over a one-page build (${one.wall.toFixed(0)} ms)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
