/**
 * Completes dist/cdn after the Vite builds: the iframe embed page and its stylesheet, the studio
 * page and its stylesheet, the embed builder's old page (a redirect to the studio), the
 * stylesheet of reserved heights (minified: pages load it in their <head>, before anything
 * shows), the bundled guides (so `career="operations-engineer"` works from the CDN) and the JSON
 * Schema they follow.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';

const out = 'dist/cdn';
mkdirSync(`${out}/guides`, { recursive: true });
for (const file of readdirSync('cdn')) cpSync(`cdn/${file}`, `${out}/${file}`);
const reserved = 'career-widgets.css';
writeFileSync(`${out}/${reserved}`, transform({ filename: reserved, code: readFileSync(`cdn/${reserved}`), minify: true }).code);
// The studio's downloads name this copy as their `$schema`.
cpSync('data/career-guide.schema.json', `${out}/career-guide.schema.json`);
for (const file of readdirSync('data')) {
  if (file.endsWith('.json') && !file.endsWith('.schema.json')) cpSync(`data/${file}`, `${out}/guides/${file}`);
}
if (!existsSync(`${out}/embed.js`)) {
  console.error('dist/cdn/embed.js is missing: run the cdn-split build first.');
  process.exit(1);
}
console.log(`dist/cdn: embed page, ${readdirSync(`${out}/guides`).length} bundled guide(s)`);
