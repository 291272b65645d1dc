/**
 * The guides, in every template as `guides`: every `*.json` guide file in the folders below, one
 * page each, named after its file. A guide that breaks the data contract stops the build with the
 * same path-precise messages as `npx career-widgets validate`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseGuide } from 'career-widgets/contract';

const here = fileURLToPath(new URL('../../', import.meta.url));

/**
 * This example's own guides, and the repository's sample guide (data/ also holds the JSON
 * Schema, which is skipped). CAREER_GUIDES, a list of folders, replaces them.
 */
const folders = process.env.CAREER_GUIDES?.split(delimiter) ?? [join(here, 'guides'), join(here, '../../data')];

export default function guides() {
  const found = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.json') || file.endsWith('.schema.json')) continue;
      const path = resolve(folder, file);
      const result = parseGuide(readFileSync(path, 'utf8'));
      if (!result.ok) throw new Error(`${path}:\n${result.issues.map(formatIssue).join('\n')}`);
      found.push({ slug: basename(file, '.json'), guide: result.guide });
    }
  }
  return found.sort((a, b) => (a.guide.title ?? a.slug).localeCompare(b.guide.title ?? b.slug, 'en'));
}
