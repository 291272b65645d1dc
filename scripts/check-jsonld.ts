/**
 * The sample guide's Occupation JSON-LD (data/operations-engineer.json through
 * toOccupationJsonLd and serializeJsonLd, in an HTML page as a server writes it) against
 * schema.org's vocabulary and the estimated-salary result's required properties, in Node
 * (`npm run check-jsonld`, part of `npm test`):
 *
 * - structured-data-testing-tool extracts the JSON-LD from the page as a crawler's extractor
 *   does and runs the required properties as tests (a preset of ours: it has none for
 *   Occupation). It checks no property against the vocabulary, so:
 * - every `@type` in the tree must be a schema.org type, by the type list the tool ships;
 * - the JSON is type-checked as schema-dts's `WithContext<Occupation>` (schema.org's vocabulary
 *   as TypeScript types): a property that its type does not define, a nested `@type` that its
 *   property does not take, or a value of the wrong kind is an error.
 *
 * Both vocabularies ship in their packages: nothing is fetched (the `jsonld` package would need
 * schema.org's context from the network to expand the document). Each check also runs on broken
 * copies of the sample, and must refuse every one: a check that cannot fail proves nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import ts from 'typescript';
import { serializeJsonLd, toOccupationJsonLd } from '../src/contract/occupation.ts';
import { validateGuide } from '../src/contract/validate.ts';

interface SdttTest {
  test: string;
  expect?: string;
  type?: 'jsonld';
  description: string;
  error?: { message: string };
}
interface SdttResult {
  failed: SdttTest[];
}
interface Sdtt {
  structuredDataTestHtml(html: string, options: { schemas: string[]; presets: unknown[] }): Promise<SdttResult>;
}

const require = createRequire(import.meta.url);
const sdtt = require('structured-data-testing-tool') as Sdtt;
const { schemas: schemaOrgTypes } = require('structured-data-testing-tool/lib/schemas') as { schemas: Record<string, unknown> };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The page's URL, as a publisher passes it. */
const URL_OF_PAGE = 'https://example.com/careers/operations-engineer';

/** What Google asks of an Occupation for the estimated-salary result (its required properties). */
const O = 'Occupation[0]';
const S = `${O}.estimatedSalary`;
/**
 * Tests in the tool's JMESPath form. A test passes when its path finds a value, or the value it
 * expects. (4.5.0 counts a RegExp that matches as failed, and `false` as found: the
 * conditions below map to a word and expect it.)
 */
const is = (condition: string) => `(${condition}) && 'yes' || 'no'`;
const ESTIMATED_SALARY = {
  name: 'Estimated salary (Occupation)',
  tests: [
    { test: `${O}.name`, description: 'Occupation has a name' },
    { test: `${S}."@type"`, expect: 'MonetaryAmountDistribution', description: 'estimatedSalary is a MonetaryAmountDistribution' },
    { test: `${S}.name`, description: 'estimatedSalary has a name' },
    { test: is(`length(${S}.currency) == \`3\``), expect: 'yes', description: 'estimatedSalary has an ISO 4217 currency' },
    { test: is(`contains(['P1Y', 'PT1H'], ${S}.duration)`), expect: 'yes', description: 'estimatedSalary.duration is P1Y or PT1H' },
    {
      test: is(`length(${S}.[percentile10, percentile25, median, percentile75, percentile90][?@ != null]) > \`0\``),
      expect: 'yes',
      description: 'estimatedSalary states a figure',
    },
    { test: `${O}.occupationLocation."@type"`, description: 'occupationLocation has a type' },
    { test: `${O}.occupationLocation.name`, description: 'occupationLocation has a name' },
  ].map((test) => ({ ...test, type: 'jsonld' })),
};

/** The page as a server writes it. */
const page = (ld: Json) => `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(ld as object)}</script></head><body></body></html>`;

/** Every `@type` in the tree. */
function typesOf(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(typesOf);
  if (typeof node !== 'object' || node === null) return [];
  const own = node['@type'];
  return [...(own === undefined ? [] : [own].flat().map(String)), ...Object.values(node).flatMap(typesOf)];
}

/** What the extractor and the required properties say against `ld`. */
async function extractorProblems(ld: Json): Promise<string[]> {
  const unknown = typesOf(ld).filter((type) => !Object.hasOwn(schemaOrgTypes, type));
  let failed: SdttTest[];
  try {
    failed = (await sdtt.structuredDataTestHtml(page(ld), { schemas: ['jsonld:Occupation'], presets: [ESTIMATED_SALARY] })).failed;
  } catch (error) {
    const result = (error as { res?: SdttResult }).res;
    if (!result) throw error;
    failed = result.failed;
  }
  return [...unknown.map((type) => `@type ${type} is not a schema.org type`), ...failed.map((test) => `${test.description}: ${test.error?.message ?? 'failed'}`)];
}

/** What schema.org's vocabulary (schema-dts) says against each JSON-LD, by name: one program for all. */
function vocabularyProblems(cases: Record<string, Json>): Record<string, string[]> {
  const root = resolve(import.meta.dirname, '..');
  const files = new Map(
    Object.entries(cases).map(([name, ld], i) => [
      resolve(root, `__jsonld-check-${i}.ts`),
      { name, text: `import type { Occupation, WithContext } from 'schema-dts';\nexport const ld: WithContext<Occupation> = ${JSON.stringify(ld, null, 2)};\n` },
    ]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file)?.text ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const virtual = files.get(file);
    return virtual ? ts.createSourceFile(file, virtual.text, language) : getSourceFile.call(host, file, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const problems = Object.fromEntries(Object.keys(cases).map((name) => [name, [] as string[]]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file && files.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]!;
    if (!file) throw new Error(`the vocabulary check itself does not compile: ${message}`);
    problems[file.name]!.push(message);
  }
  return problems;
}

const result = validateGuide(JSON.parse(readFileSync(new URL('../data/operations-engineer.json', import.meta.url), 'utf8')));
if (!result.ok) throw new Error('data/operations-engineer.json is not a valid guide');
const sample = toOccupationJsonLd(result.guide, { url: URL_OF_PAGE }) as unknown as JsonObject;
const salary = sample.estimatedSalary as JsonObject;

/** Broken copies of the sample, each with what one check must say about it. */
const BROKEN: Record<string, { ld: Json; says: RegExp }> = {
  'a misspelt property': { ld: { ...sample, estimatedSalary: { ...salary, medain: salary.median! } }, says: /medain/ },
  'a property of another type': { ld: { ...sample, currency: 'USD' }, says: /currency.* does not exist in type 'WithContext<OccupationLeaf>'/ },
  'a place that is no administrative area': { ld: { ...sample, occupationLocation: { '@type': 'Place', name: 'US' } }, says: /Place/ },
  'a figure as text': { ld: { ...sample, estimatedSalary: { ...salary, median: '100k' } }, says: /100k/ },
  'a type schema.org does not have': { ld: { ...sample, '@type': 'Occupaton' }, says: /@type Occupaton is not a schema.org type/ },
  'no duration': { ld: { ...sample, estimatedSalary: { ...salary, duration: null } }, says: /duration is P1Y or PT1H/ },
  'a currency in words': { ld: { ...sample, estimatedSalary: { ...salary, currency: 'dollars' } }, says: /ISO 4217 currency/ },
  'a monthly duration': { ld: { ...sample, estimatedSalary: { ...salary, duration: 'P1M' } }, says: /duration is P1Y or PT1H/ },
  'no figure': { ld: { ...sample, estimatedSalary: { ...salary, median: null, percentile90: null } }, says: /states a figure/ },
  'no location': { ld: { ...sample, occupationLocation: null }, says: /occupationLocation has a name/ },
};

const vocabulary = vocabularyProblems({ sample, ...Object.fromEntries(Object.entries(BROKEN).map(([name, { ld }]) => [name, ld])) });
const problemsOf = async (name: string, ld: Json) => [...vocabulary[name]!, ...(await extractorProblems(ld))];

let failed = false;
const found = await problemsOf('sample', sample);
if (found.length > 0) {
  failed = true;
  console.error(`✗ the sample's Occupation JSON-LD:\n  ${found.join('\n  ')}`);
} else {
  const types = [...new Set(typesOf(sample))].join(', ');
  console.log(`✓ the sample's Occupation JSON-LD: schema.org terms only, on their types (${types}); the estimated-salary result's required properties`);
}
for (const [name, { ld, says }] of Object.entries(BROKEN)) {
  const problems = await problemsOf(name, ld);
  if (!problems.some((problem) => says.test(problem))) {
    failed = true;
    console.error(`✗ the check accepts ${name}: expected a problem matching ${says}, got ${JSON.stringify(problems)}`);
  }
}
if (!failed) console.log(`✓ the check refuses each of ${Object.keys(BROKEN).length} broken copies`);
process.exitCode = failed ? 1 : 0;
