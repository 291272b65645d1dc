#!/usr/bin/env node
/**
 * career-widgets validate [--json] FILE.json [FILE.json …]
 *   Checks guide files against the data contract with the same path-precise messages the
 *   elements show, e.g. `salary.levels[1].amount: expected a number, got "100k"`, and reads them
 *   as the elements read a response (contract/text.ts: the same size cap, a byte-order mark
 *   allowed). `--json` prints one JSON document for CI.
 *
 * career-widgets render FILE.json --element NAME [options]
 *   Renders an element showing the guide to HTML with declarative shadow DOM, as
 *   `career-widgets/ssr` does (see the README, "Server rendering and search"). Exits 1 when the
 *   guide is invalid (the HTML, with the element's error message, is still written).
 *
 * Exit codes: 0 valid, 1 invalid (or unreadable, or too large), 2 wrong usage. Every message is
 * escaped (`escapeText`): file names and guide contents never reach the terminal as control or
 * invisible formatting characters.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatIssue, GuideTextDecoder, MAX_GUIDE_BYTES, parseGuide } from '../dist/contract.js';

/**
 * Characters that must not reach a terminal raw: controls (C0, DEL, C1: ESC starts escape
 * sequences, BEL ends them), invisible formatting (bidi overrides and isolates, zero-width
 * characters, the byte-order mark), line and paragraph separators and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

const EXIT_CODES = `exit codes:
  0  every file is valid (render: and the HTML is written)
  1  a file is invalid, larger than ${(MAX_GUIDE_BYTES / 1_000_000).toFixed(1)} MB, or cannot be read
  2  wrong usage`;

const validateUsage = `usage: career-widgets validate [--json] FILE.json [FILE.json …]

Checks each guide against the data contract, as the elements read it: UTF-8, a leading
byte-order mark allowed, at most ${(MAX_GUIDE_BYTES / 1_000_000).toFixed(1)} MB; the same messages, at most 20 per file.

  --json      print one JSON document on standard output and nothing else:
              {"ok": false, "files": [{"file": "a.json", "ok": false,
                "issues": [{"path": "salary.currency", "code": "invalid_format", "message": "…"}]}]}
              issue codes are the contract's (GuideIssueCode), plus "unreadable"
  -h, --help  show this text

${EXIT_CODES}`;

const renderUsage = `usage: career-widgets render FILE.json --element NAME [--locale TAG] [--theme light|dark|auto]
              [--dir ltr|rtl] [--heading-level N] [--sections "salary tiers …"] [--src URL]
              [--page [--script URL | --no-script]] [--no-structured-data] [--output FILE]

  --element NAME   salary, tiers, skills, demand, facts, day, balance or guide
  --page           a complete HTML document; it carries the drop-in script inline, so that it
                   opens as it is, or loads it from --script URL; --no-script leaves it out
  --output FILE    write there instead of to standard output
  -h, --help       show this text

${EXIT_CODES}`;

const usage = `usage: career-widgets validate [--json] FILE.json [FILE.json …]
       career-widgets render FILE.json --element NAME [options]
       career-widgets COMMAND --help
       career-widgets --version

${EXIT_CODES}`;

const [command, ...rest] = process.argv.slice(2);

if (command === '--help' || command === '-h') {
  console.log(usage);
  process.exit(0);
}
if (command === '--version' || command === '-v') {
  print(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  process.exit(0);
}
if (command === 'validate') process.exit(validate(rest));
if (command === 'render') process.exit(await render(rest));
if (command !== undefined) printError(`unknown command "${command.slice(0, 40)}"`);
console.error(usage);
process.exit(2);

/** Validates each file; the exit code. */
function validate(args) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    printError(error.message);
    console.error(validateUsage);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(validateUsage);
    return 0;
  }
  if (files.length === 0) {
    printError('validate needs at least one file');
    console.error(validateUsage);
    return 2;
  }
  const results = files.map((file) => {
    const read = readGuide(file);
    const result = read.ok ? parseGuide(read.text) : read;
    return { file, ok: result.ok, issues: result.ok ? [] : result.issues.map(({ path, code, message }) => ({ path, code, message })) };
  });
  const ok = results.every((result) => result.ok);
  if (values.json) print(JSON.stringify({ ok, files: results }));
  else {
    for (const result of results) {
      if (result.ok) print(`${result.file}: valid`);
      else reportIssues(result.file, result.issues);
    }
  }
  return ok ? 0 : 1;
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    printError(error.message);
    console.error(renderUsage);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(renderUsage);
    return 0;
  }
  const problem = renderUsageProblem(values, positionals);
  if (problem) {
    printError(problem);
    console.error(renderUsage);
    return 2;
  }
  const [file] = positionals;
  const read = readGuide(file);
  if (!read.ok) {
    reportIssues(file, read.issues);
    return 1;
  }
  const { text } = read;
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

/**
 * The file's text as the elements read a response (contract/text.ts): UTF-8, a leading
 * byte-order mark dropped, refused past the size cap without reading the rest. Or the issue.
 */
function readGuide(file) {
  const decoder = new GuideTextDecoder();
  let fd;
  try {
    fd = openSync(file, 'r');
    const chunk = new Uint8Array(256 * 1024);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0 || !decoder.push(chunk.subarray(0, read))) break;
    }
  } catch (error) {
    return { ok: false, issues: [{ path: '', code: 'unreadable', message: `cannot read (${error.code ?? error.message})` }] };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decoder.finish();
}

function reportIssues(file, issues) {
  if (issues.length === 1 && issues[0].code === 'unreadable') {
    printError(`${file}: ${issues[0].message}`);
    return;
  }
  printError(`${file}: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}`);
  for (const issue of issues) printError(`  ${formatIssue(issue)}  [${issue.code}]`);
}

/**
 * `text` with every unsafe character written as `\u001b`, one escape per UTF-16 unit, as JSON
 * writes them: so the same function keeps JSON output valid (JSON.stringify has already escaped
 * C0 controls; this adds C1, bidi and the rest).
 */
function escapeText(text) {
  return text.replace(UNSAFE, (match) => {
    let escaped = '';
    for (let i = 0; i < match.length; i += 1) escaped += `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** Prints one line on standard output, escaped (a newline in it too). */
function print(message) {
  console.log(escapeText(message));
}

/** Prints one line on standard error, escaped (a newline in it too). */
function printError(message) {
  console.error(escapeText(message));
}
