/**
 * Server rendering time of each element on the bundled guide, in this Node process: `renderElement`
 * from the built `career-widgets/ssr` (dist/ssr.js), 5 warm-up renders, then RUNS timed ones;
 * prints JSON `{ <name>: { median, min, max, bytes } }` for scripts/bench.mjs. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { renderElement } from '../../dist/ssr.js';
import { ELEMENTS } from '../../src/registry.js';

const RUNS = Number(process.argv[2] ?? 20);
const guide = JSON.parse(readFileSync('data/operations-engineer.json', 'utf8'));
const results = {};
for (const { name } of ELEMENTS) {
  for (let i = 0; i < 5; i += 1) await renderElement(name, guide);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    bytes = (await renderElement(name, guide)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  results[name] = { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], bytes };
}
console.log(JSON.stringify(results));
