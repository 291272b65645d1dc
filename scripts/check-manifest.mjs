/**
 * Fails when custom-elements.json is not what the analyzer writes from the sources now (the
 * manifest is the public API and must never drift from the code), or when tools cannot read it:
 * - it must follow the Custom Elements Manifest schema of custom-elements-manifest 2.1.0, as a
 *   whole and with each element checked as a `CustomElementDeclaration` (as a whole, an element
 *   that breaks the element rules, such as an event without a type, still passes as a plain
 *   class);
 * - its paths name what ships, never src/ (test/package.test.ts checks that the package has
 *   each of them, after the build).
 */
import { Ajv } from 'ajv';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'custom-elements.json';
/** The most schema errors printed per document or element: a broken plugin breaks every element alike. */
const SHOWN_ERRORS = 5;

let committed = '';
try {
  committed = readFileSync(MANIFEST, 'utf8');
} catch {
  // missing counts as stale
}
const problems = [...stale(committed), ...(committed ? unreadable(JSON.parse(committed)) : [])];
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length) process.exitCode = 1;
else console.log(`✓ ${MANIFEST} matches the sources, follows the schema (custom-elements-manifest 2.1.0) and names only shipped paths.`);

/** Whether the analyzer writes other bytes from the sources now. */
function stale(text) {
  // The analyzer joins --outdir to the working directory, so the scratch folder lives inside.
  const outdir = join('node_modules', '.cache', `cem-check-${process.pid}`);
  try {
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', outdir], { stdio: 'pipe' });
    return readFileSync(join(outdir, 'custom-elements.json'), 'utf8') === text ? [] : ['custom-elements.json is stale: run `npm run analyze` and commit it.'];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** What keeps a tool from reading `manifest`: schema errors, and paths into src/. */
function unreadable(manifest) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8')), 'cem');
  const problems = [];
  const check = (ref, value, what) => {
    const validate = ajv.getSchema(ref);
    if (validate(value)) return;
    const errors = validate.errors ?? [];
    const shown = errors.slice(0, SHOWN_ERRORS).map((error) => `  ${error.instancePath || '/'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
    problems.push([`${what} does not follow the schema${ref.replace(/^cem#\/definitions\//, ' as a ').replace(/^cem$/, '')}:`, ...shown, ...(errors.length > SHOWN_ERRORS ? [`  and ${errors.length - SHOWN_ERRORS} more`] : [])].join('\n'));
  };
  check('cem', manifest, MANIFEST);
  const elements = (manifest.modules ?? []).flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => [module, declaration]));
  if (elements.length === 0) problems.push(`${MANIFEST} declares no custom element`);
  // The base class, GuideElement, is one too, with no tag.
  for (const [module, element] of elements) check('cem#/definitions/CustomElementDeclaration', element, `${element.tagName ? `<${element.tagName}>` : element.name} (${module.path})`);

  // Every `path` and `module` anywhere: modules, exports, superclasses, inheritedFrom, type references.
  const paths = [];
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
    return value;
  });
  const sources = [...new Set(paths.filter((path) => !/^dist\/[\w/.-]+\.js$/.test(path)))];
  if (sources.length) problems.push(`${MANIFEST} names paths other than the built dist/*.js: ${sources.join(', ')}`);
  return problems;
}
