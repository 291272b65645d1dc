/**
 * `career-widgets validate` over many guide files: writes COUNT copies of the bundled guide (each
 * with its own id and median, every tenth with a salary typo, so both verdicts are timed) into a
 * temporary folder, then times the whole command, RUNS times, as a shell would run it on
 * `guides/*.json`. Prints JSON `{ files, bytes, median, min, max, exitCode }` (milliseconds) for
 * scripts/bench.mjs. Needs `npm run build` (the CLI imports dist/).
 *
 *   node scripts/bench/validate-many.mjs [COUNT=1000] [RUNS=5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COUNT = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);
const cli = resolve('bin/career-widgets.mjs');
const guide = JSON.parse(readFileSync('data/operations-engineer.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'career-validate-'));
try {
  const files = [];
  let bytes = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const copy = structuredClone(guide);
    copy.id = `guide-${i}`;
    copy.salary.median += i;
    if (i % 10 === 9) copy.salary.levels[0].amount = '100k';
    const name = `guide-${String(i).padStart(4, '0')}.json`;
    const text = `${JSON.stringify(copy, null, 2)}\n`;
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    files.push(name);
  }
  const times = [];
  let exitCode;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [cli, 'validate', ...files], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
    exitCode = result.status;
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ files: COUNT, bytes, median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], exitCode }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
