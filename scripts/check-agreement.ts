/**
 * One truth for validity (`npm run check-agreement`, part of `npm test`): thousands of generated
 * documents through `validateGuide` and through ajv (JSON Schema 2020-12) on the published
 * schema, data/career-guide.schema.json. They must agree on valid against invalid, except where
 * the contract's cross-field rules (code `inconsistent`, src/contract/consistency.ts), which a
 * JSON Schema cannot say, are all that `validateGuide` finds. Seeded, so a disagreement found
 * once is found again; the first ones are printed with their paths.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateGuide } from '../src/contract/validate.ts';

const SEED = 20261205;
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 4000);

const schema = JSON.parse(readFileSync('data/career-guide.schema.json', 'utf8')) as object;
const sample = JSON.parse(readFileSync('data/operations-engineer.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: false });
const validByAjv = ajv.compile(schema);

/** Every path to a value in `value`, as keys from the root. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** A copy of the sample with the value at `path` replaced, or deleted for "<delete>". */
function mutated(path: (string | number)[], value: unknown): unknown {
  const guide = structuredClone(sample) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = guide;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === '<delete>') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return guide;
}

const odd = fc.constantFrom<unknown>('<delete>', null, -1, 0, 0.5, 51, 81, 1e9, '', ' ', 'x'.repeat(201), 'x'.repeat(10_001), 'USD', 'usd', 'US', 'year', 'hour', 'month', '09:00', '9:00', '24:00', 'http://a', 'javascript:x', 'low', 'high', 'percent', 2, true, [], {}, [1], { a: 1 }, { min: 1, max: 0 }, 'en', 'en-US', '2025', '2025-13');
const anyValue = fc.oneof(odd, fc.jsonValue({ maxDepth: 2 }), fc.array(odd, { maxLength: 3 }));
const allPaths = paths(sample);
// One to three changes to the sample, anywhere in it.
const documents = fc.array(fc.tuple(fc.constantFrom(...allPaths), anyValue), { minLength: 1, maxLength: 3 }).map((changes) => {
  let document: unknown = sample;
  for (const [path, value] of changes) document = path.length === 0 ? value : mutatedFrom(document, path, value);
  return document;
});

/** `mutated`, applied to `document` instead of the sample (the path may no longer exist: then nothing changes). */
function mutatedFrom(document: unknown, path: (string | number)[], value: unknown): unknown {
  if (!document || typeof document !== 'object') return document;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return document;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (!node || typeof node !== 'object') return document;
  const last = path[path.length - 1]!;
  const parent = node as Record<string | number, unknown>;
  if (value === '<delete>') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const disagreements: string[] = [];
let valid = 0;
let ruleOnly = 0;
for (const document of fc.sample(documents, { seed: SEED, numRuns: RUNS })) {
  const ours = validateGuide(document);
  const theirs = validByAjv(document);
  if (ours.ok) valid += 1;
  if (ours.ok === theirs) continue;
  if (!ours.ok && theirs && ours.issues.every((issue) => issue.code === 'inconsistent')) {
    ruleOnly += 1;
    continue;
  }
  const said = ours.ok ? 'validateGuide: valid' : `validateGuide: ${ours.issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`;
  const ajvSaid = theirs ? 'ajv: valid' : `ajv: ${(validByAjv.errors ?? []).slice(0, 3).map((error) => `${error.instancePath} ${error.message}`).join('; ')}`;
  disagreements.push(`${said} | ${ajvSaid}`);
}

// A check that cannot fail proves nothing: the schema with one rule loosened must disagree.
const loosened = structuredClone(schema) as { properties: { salary: { properties: { median: Record<string, unknown> } } } };
delete loosened.properties.salary.properties.median.minimum;
const validLoosened = ajv.compile({ ...loosened, $id: 'loosened' });
const negativeMedian = mutated(['salary', 'median'], -5);
const caught = validLoosened(negativeMedian) && !validateGuide(negativeMedian).ok;

console.log(`${RUNS} generated documents: ${valid} valid, ${RUNS - valid} invalid by validateGuide; ${ruleOnly} refused by the cross-field rules alone; ${disagreements.length} disagreements with ajv`);
for (const line of disagreements.slice(0, 10)) console.error(`  ${line}`);
if (!caught) console.error('the self-check failed: a loosened schema went unnoticed');
process.exit(disagreements.length > 0 || !caught ? 1 : 0);
