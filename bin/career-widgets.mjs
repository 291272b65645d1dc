#!/usr/bin/env node
/**
 * career-widgets validate FILE.json [FILE.json …]
 *   Checks guide files against the data contract with the same path-precise messages the
 *   elements show, e.g. `salary.levels[1].amount: expected a number, got "100k"`. Exits 0 when
 *   every file is valid, 1 when one is not.
 *
 * career-widgets render FILE.json --element NAME [options]
 *   Renders an element showing the guide to HTML with declarative shadow DOM, as
 *   `career-widgets/ssr` does (see the README, "Server rendering and search"). Exits 1 when the
 *   guide is invalid (the HTML, with the element's error message, is still written).
 *
 * Wrong usage exits 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssue, parseGuide } from '../dist/contract.js';

const usage = `usage: career-widgets validate FILE.json [FILE.json …]
       career-widgets render FILE.json --element NAME [--locale TAG] [--theme light|dark|auto]
              [--dir ltr|rtl] [--heading-level N] [--sections "salary tiers …"] [--src URL]
              [--page [--script URL | --no-script]] [--no-structured-data] [--output FILE]

render:
  --element NAME   salary, tiers, skills, demand, facts, day, balance or guide
  --page           a complete HTML document; it carries the drop-in script inline, so that it
                   opens as it is, or loads it from --script URL; --no-script leaves it out
  --output FILE    write there instead of to standard output`;

const [command, ...rest] = process.argv.slice(2);

if (command === '--help' || command === '-h') {
  console.log(usage);
  process.exit(0);
}
if (command === 'validate' && rest.length > 0) process.exit(validate(rest));
if (command === 'render') process.exit(await render(rest));
console.error(usage);
process.exit(2);

/** Validates each file; the exit code. */
function validate(files) {
  let invalid = 0;
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) {
      invalid += 1;
      continue;
    }
    const result = parseGuide(text);
    if (result.ok) {
      console.log(`${file}: valid`);
      continue;
    }
    invalid += 1;
    reportIssues(file, result.issues);
  }
  return invalid > 0 ? 1 : 0;
}

/** Renders one guide file; the exit code. */
async function render(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        locale: { type: 'string' },
        theme: { type: 'string' },
        dir: { type: 'string' },
        'heading-level': { type: 'string' },
        sections: { type: 'string' },
        src: { type: 'string' },
        page: { type: 'boolean' },
        script: { type: 'string' },
        'no-script': { type: 'boolean' },
        'no-structured-data': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
    });
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const problem = renderUsageProblem(values, positionals);
  if (problem) {
    console.error(`${problem}\n${usage}`);
    return 2;
  }
  const [file] = positionals;
  const text = readText(file);
  if (text === undefined) return 1;
  // Loaded only here: `validate` needs no Lit on the server.
  const { renderElement, renderPage } = await import('../dist/ssr.js');
  const options = {
    locale: values.locale,
    theme: values.theme,
    dir: values.dir,
    headingLevel: values['heading-level'] === undefined ? undefined : Number(values['heading-level']),
    sections: values.sections,
    src: values.src,
    structuredData: values['no-structured-data'] ? false : undefined,
  };
  const html = values.page
    ? await renderPage(values.element, text, { ...options, script: pageScript(values) })
    : await renderElement(values.element, text, options);
  if (values.output) writeFileSync(values.output, html);
  // Written out before the process exits: to a pipe, stdout is asynchronous.
  else await new Promise((resolve) => process.stdout.write(html, resolve));
  const result = parseGuide(text);
  if (!result.ok) {
    reportIssues(file, result.issues);
    return 1;
  }
  return 0;
}

/** What is wrong with a render command line, if anything. */
function renderUsageProblem(values, positionals) {
  const elements = ['salary', 'tiers', 'skills', 'demand', 'facts', 'day', 'balance', 'guide'];
  if (positionals.length !== 1) return 'render takes one guide file';
  if (!values.element) return 'render needs --element';
  if (!elements.includes(values.element.replace(/^career-/, ''))) return `unknown element "${values.element.slice(0, 40)}"`;
  if (values.theme !== undefined && !['light', 'dark', 'auto'].includes(values.theme)) return `--theme is light, dark or auto`;
  if (values.dir !== undefined && !['ltr', 'rtl'].includes(values.dir)) return `--dir is ltr or rtl`;
  if (values['heading-level'] !== undefined && !/^[1-6]$/.test(values['heading-level'])) return '--heading-level is 1 to 6';
  if ((values.script !== undefined || values['no-script']) && !values.page) return '--script and --no-script go with --page';
  if (values.script !== undefined && values['no-script']) return 'either --script or --no-script';
  return undefined;
}

/** The page's script: the drop-in bundle from this package's build, inline, unless told otherwise. */
function pageScript(values) {
  if (values['no-script']) return undefined;
  if (values.script) return { src: values.script };
  // Inline, the bundle's source map comment would point at a file beside the page: dropped.
  const bundle = readFileSync(new URL('../dist/cdn/career-widgets.js', import.meta.url), 'utf8');
  return { inline: bundle.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n') };
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${error.code ?? error.message})`);
    return undefined;
  }
}

function reportIssues(file, issues) {
  console.error(`${file}: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}  [${issue.code}]`);
}
