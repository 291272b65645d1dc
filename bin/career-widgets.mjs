#!/usr/bin/env node
/**
 * career-widgets validate FILE.json [FILE.json …]
 *
 * Checks guide files against the data contract with the same path-precise messages the elements
 * show, e.g. `salary.levels[1].amount: expected a number, got "100k"`. Exits 0 when every file
 * is valid, 1 when one is not, 2 on wrong usage.
 */
import { readFileSync } from 'node:fs';
import { formatIssue, parseGuide } from '../dist/contract.js';

const [command, ...files] = process.argv.slice(2);
const usage = 'usage: career-widgets validate FILE.json [FILE.json …]';

if (command === '--help' || command === '-h') {
  console.log(usage);
  process.exit(0);
}
if (command !== 'validate' || files.length === 0) {
  console.error(usage);
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${error.code ?? error.message})`);
    invalid += 1;
    continue;
  }
  const result = parseGuide(text);
  if (result.ok) {
    console.log(`${file}: valid`);
    continue;
  }
  invalid += 1;
  console.error(`${file}: ${result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`}`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}  [${issue.code}]`);
}
process.exit(invalid > 0 ? 1 : 0);
