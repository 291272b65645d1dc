/**
 * Completes dist/cdn after the Vite builds: the iframe embed page and its stylesheet, the embed
 * builder page, the stylesheet of reserved heights (minified: pages load it in their <head>,
 * before anything shows), and the bundled guides (so `career="operations-engineer"` works from
 * the CDN).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';

const out = 'dist/cdn';
mkdirSync(`${out}/guides`, { recursive: true });
for (const file of readdirSync('cdn')) cpSync(`cdn/${file}`, `${out}/${file}`);
const reserved = 'career-widgets.css';
writeFileSync(`${out}/${reserved}`, transform({ filename: reserved, code: readFileSync(`cdn/${reserved}`), minify: true }).code);
for (const file of readdirSync('data')) {
  if (file.endsWith('.json') && !file.endsWith('.schema.json')) cpSync(`data/${file}`, `${out}/guides/${file}`);
}
if (!existsSync(`${out}/embed.js`)) {
  console.error('dist/cdn/embed.js is missing: run the cdn-split build first.');
  process.exit(1);
}
console.log(`dist/cdn: embed page, ${readdirSync(`${out}/guides`).length} bundled guide(s)`);
