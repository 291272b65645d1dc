/**
 * Writes the space each element reserves until drawn, computed from the layouts on the bundled
 * guide (see reserved-sheets.ts): each element's src/<name>/<name>.reserved.ts and
 * cdn/career-widgets.css. With --check, fails instead when a committed file differs from what
 * would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Guide } from '../src/contract/schema.ts';
import { elementSheets, measure, pageSheet } from './reserved-sheets.ts';

const guide = JSON.parse(readFileSync(new URL('../data/operations-engineer.json', import.meta.url), 'utf8')) as Guide;
const measured = measure(guide);
const files = [...elementSheets(measured), { path: 'cdn/career-widgets.css', text: pageSheet(measured) }];

if (process.argv.includes('--check')) {
  const stale = files.filter(({ path, text }) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8') !== text);
  if (stale.length > 0) {
    console.error(`Stale: ${stale.map(({ path }) => path).join(', ')}. Run \`npm run reserved\` and commit the result.`);
    process.exit(1);
  }
  console.log('The reserved sizes match the layouts.');
} else {
  for (const { path, text } of files) writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${files.map(({ path }) => path).join(', ')}`);
}
