/**
 * Completes dist/cdn after the Vite builds: the iframe embed page and its stylesheet, the embed
 * builder page, the bundled guides (so `career="operations-engineer"` works from the CDN), and the
 * autoloader's Intl warm-up worker.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const out = 'dist/cdn';
mkdirSync(`${out}/guides`, { recursive: true });
for (const file of readdirSync('cdn')) cpSync(`cdn/${file}`, `${out}/${file}`);
for (const file of readdirSync('data')) {
  if (file.endsWith('.json') && !file.endsWith('.schema.json')) cpSync(`data/${file}`, `${out}/guides/${file}`);
}
// The autoloader's worker that builds ICU's locale tables off the main thread (see warmIntl in
// src/cdn/autoload.ts): the same calls the elements make first, in a worker that then ends.
writeFileSync(
  `${out}/warm-intl.js`,
  "try{new Intl.NumberFormat('en',{style:'percent'}).format(1);new Intl.DisplayNames('en',{type:'region'}).of('US')}catch{}postMessage(0);\n",
);
if (!existsSync(`${out}/embed.js`)) {
  console.error('dist/cdn/embed.js is missing: run the cdn-split build first.');
  process.exit(1);
}
console.log(`dist/cdn: embed page, ${readdirSync(`${out}/guides`).length} bundled guide(s)`);
