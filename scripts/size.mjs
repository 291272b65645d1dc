/**
 * Sizes of what we ship, minified, gzip -9 and brotli, checked against budgets: the build fails
 * when a file grows past its budget. Run by `npm run build`; `--write` also records the figures
 * in BENCHMARKS.md (section "Sizes").
 *
 * Measured: the drop-in bundle, the autoloader files, the stylesheet of reserved heights, the
 * studio page's script, and each element on its own (its generated sheet of reserved heights included) — the element
 * built alone into one self-contained module (Lit, d3 and the contract inside), which is what a
 * page that uses only that element pays. Each element validates only the sections it shows, and
 * its build must carry no other section's schema or rules: checked here by strings that only one
 * section holds.
 *
 * And the npm path: an app built by Vite from the packed tarball with
 * `import 'career-widgets/salary'`, which must cost about what the CDN build of that element
 * does (one runtime: the same code, only bundled by someone else).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ELEMENTS, carried } from '../src/registry.js';

/**
 * Budgets in gzip bytes: about a kilobyte above today's sizes, so that growth is a decision. The
 * goal (issue 9) is 24 kB for everything and 16 kB for <career-salary> alone; not reached yet
 * (BENCHMARKS.md says where the bytes go).
 */
export const BUDGETS = {
  // Raised for issue 15 by Lit's hydration support (+1,994 B measured on the drop-in), the
  // server forms (+409 B) and <career-guide>'s Occupation JSON-LD (+1,553 B): every element
  // takes over server-rendered HTML without redrawing, and the guide tells search engines.
  // Raised for issue 17 by <career-salary>'s notes (what the range and the open arrow mean,
  // the source and its date) and its title naming the occupation, in four languages (+932 B);
  // then, all issue 17 and 16 fixes merged (63,423 B measured): language of parts and the live
  // region (+553 B), text colour paired with its surface, per-tier fades and the current tier's
  // outline, the narrowest server form zoomed below 280 px, WebKit's focus-ring room.
  // Raised for issue 17 items 1, 6 and 8 (64,769 B measured, +1,346 B): charts scaled with the
  // reader's font size, text wrapped at every width with the frame's lines in each layout
  // (src/chart/frame.ts), the listbox marks with their selection and on-screen cue.
  // Raised for issue 19's downloads (70,333 B measured, from 64,777 B): the export code inline
  // (+3,983 B; the npm build and the autoloader load it on demand) and the "Download" button on
  // the salary, tiers and day charts with its words (+1,573 B). Raised again for the downloads of
  // demand, facts, balance and skills (71,072 B measured, +510 B): their CSV rows and their row;
  // and for the printed addresses of each chart's sources (71,322 B measured, +250 B); and for
  // the images of the four charts drawn in HTML, traced into SVG (72,246 B measured, +924 B); and
  // for copying in the reader's click, which Safari requires (72,536 B measured, +290 B).
  'dist/cdn/career-widgets.js': 72_800,
  'dist/cdn/autoload.js': 1_000,
  'dist/cdn/embed-host.js': 1_000,
  // The heights reserved before the script runs, one rule per width band and element
  // (generated; each element's own sheet of the same heights is inside its bundle above).
  'dist/cdn/career-widgets.css': 1_500,
  // Raised for issues 16 and 17 (the same fixes as above): <career-tiers>, the largest, 30,573 B;
  // then 31,535 B with items 1, 6 and 8 (wrapped titles, the panel measured by wrapping).
  // Raised for issue 19 by the "Download" button, its choices and their words, and the page-wide
  // switch (+917 B on <career-tiers>, 32,461 B measured); the export code itself loads on demand.
  // 33,014 B with the downloads of the other four charts and the printed source addresses.
  element: 33_300,
  // The whole guide composes every element (+548 B for the salary notes, issue 17; 56,483 B
  // measured with every issue 16 and 17 fix; 57,674 B with items 1, 6 and 8).
  // 58,819 B with issue 19's "Download" buttons; 59,500 B with the other four charts' downloads
  // and the printed source addresses.
  guide: 59_800,
  // One language's words (German, Spanish, French), fetched only by pages in that language.
  language: 3_000,
  // The downloads (issue 19): CSV, copy, the standalone SVG and the PNG painted from it; loaded
  // by any element the first time a reader chooses a download (4,420 B measured; 5,740 B once
  // it traced the charts drawn in HTML into SVG: demand, facts, balance and skills; 6,053 B once
  // it wrote a chart drawn larger for a reader's larger text at its designed size).
  exports: 6_200,
  floor: Infinity,
  // The studio, a page for editors, not readers: Lit, the validator, the contract's JSON Schema
  // (its form) and the studio itself; 31,072 B measured at the end of issue 18's first session,
  // with the script and iframe snippets and their heights, the whole guide's options and their
  // English words. 32,113 B at the end of issue 18: the builder's snippets for an opened guide,
  // the time and URL fields, the field announcements, and the elements' shared download switch.
  studio: 33_000,
  // Not a size but a margin: the app importing career-widgets/salary from npm may weigh this
  // much more than <career-salary> alone in the CDN build (a bundler's own helpers, chunk seams).
  npmOverCdn: 1_024,
};

/** Text found only in one section's schema or cross-field rules (src/contract/). */
const SECTION_MARKERS = {
  salary: 'expected an ISO 3166-1 country code',
  tiers: 'is not the id of any salary.levels entry',
  day: 'expected a 24-hour time as HH:MM',
};

/** Of those sections, the ones each element shows (its `sections` in src/registry.js): it must carry these and none of the others. */
const MARKED_SECTIONS = Object.fromEntries(
  ELEMENTS.map(({ name, sections }) => [name, Object.keys(SECTION_MARKERS).filter((section) => sections === 'all' || sections.includes(section))]),
);

/**
 * Names found only in the export code (src/export/): an element's code loaded first must hold
 * none of them, since the export code is its own chunk, loaded on first use.
 */
const EXPORT_MARKERS = ['XMLSerializer', 'Path2D', 'toBlob'];

/** The export module: the name of its chunk among those an element loads on demand. */
const EXPORT_MODULE = 'export.ts';

/** Each element's English words, by a sentence found only in them (src/i18n/en.ts). */
const WORD_MARKERS = {
  salary: 'This guide has no salary figures.',
  tiers: 'This guide has no career tiers.',
  skills: 'This guide has no skill map.',
  demand: 'This guide has no market demand.',
  facts: 'This guide has no headline facts.',
  day: 'This guide has no day in the life.',
  balance: 'This guide has no work-life balance.',
  guide: 'This guide is empty.',
};

/**
 * The English words each element reads: those its module hands its WordsController (its
 * `words` in src/registry.js) and those of the elements it composes. It must carry these and
 * none of the others.
 */
const WORDS_READ = Object.fromEntries(ELEMENTS.map((element) => [element.name, carried(element).flatMap((each) => each.words)]));

/** What is wrong with the sections and words element `name` carries, if anything. */
function sectionProblems(name, code) {
  const sections = Object.entries(SECTION_MARKERS).flatMap(([section, marker]) => {
    const shown = MARKED_SECTIONS[name].includes(section);
    if (code.includes(marker) === shown) return [];
    return [shown ? `<career-${name}> alone lacks the ${section} section it shows` : `<career-${name}> alone carries the ${section} section, which it does not show`];
  });
  const words = Object.entries(WORD_MARKERS).flatMap(([element, marker]) => {
    const read = WORDS_READ[name].includes(element);
    if (code.includes(marker) === read) return [];
    return [read ? `<career-${name}> alone lacks the English words it reads of <career-${element}>` : `<career-${name}> alone carries the English words of <career-${element}>`];
  });
  // Each part is reported once, by the element whose module registers it.
  const unmarked = ELEMENTS.find((element) => element.name === name).words.filter((part) => !Object.hasOwn(WORD_MARKERS, part));
  return [...sections, ...words, ...unmarked.map((part) => `the English words "${part}" of <career-${name}> have no marker sentence in WORD_MARKERS`)];
}

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Builds `entry` alone, self-contained and minified as the drop-in bundle is, in memory. Returns
 * the entry chunk with every shared chunk (what an English page loads), the entry with only the
 * chunks it imports statically (`loadedFirst`, for a page that loads elements on demand), and the
 * chunks it loads on demand (the other languages), by module name.
 */
async function standalone(entry, plugins = []) {
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      emptyOutDir: false,
      // Arrays merge by concatenation in Vite's config: leave `formats` to the cdn mode's ['es'].
      lib: { entry, fileName: () => 'out.js' },
      rolldownOptions: { output: { codeSplitting: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  const main = chunks.filter((chunk) => chunk.isEntry);
  if (main.length !== 1) throw new Error(`${entry}: expected one entry chunk, got ${main.length}`);
  // Shared chunks imported statically would be loaded with the entry: count them in.
  const lazy = chunks.filter((chunk) => !chunk.isEntry && chunk.isDynamicEntry);
  const eager = chunks.filter((chunk) => !chunk.isEntry && !chunk.isDynamicEntry);
  // What the entry imports statically, and they in turn: for a page that loads elements on
  // demand, the chunks those share among themselves are not loaded first.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reached = new Set();
  const visit = (chunk) => {
    if (reached.has(chunk)) return;
    reached.add(chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name));
  };
  visit(main[0]);
  return {
    loadedFirst: Buffer.from([...reached].map((chunk) => chunk.code).join('')),
    modules: Object.entries(main[0].modules).map(([id, info]) => ({ id, length: info.renderedLength })),
    entry: Buffer.from([...main, ...eager].map((chunk) => chunk.code).join('')),
    onDemand: lazy.map((chunk) => ({ name: chunk.facadeModuleId?.split('/').pop() ?? chunk.fileName, bytes: Buffer.from(chunk.code) })),
  };
}

/**
 * The drop-in bundle as it would be without the downloads: built in one file as
 * `vite build --mode cdn` does, with the export module replaced by an empty one. The difference
 * from dist/cdn/career-widgets.js is what carrying the export code inline costs the drop-in.
 */
async function dropInWithoutExports() {
  const stub = '\0career-widgets:no-exports';
  const output = await build({
    configFile: 'vite.config.ts',
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false },
    plugins: [
      {
        name: 'career-widgets:no-exports',
        enforce: 'pre',
        resolveId: (id) => (/\/export\/export\.js$/.test(id) ? stub : null),
        load: (id) => (id === stub ? 'export const exportChart = async () => "";' : null),
      },
    ],
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  return Buffer.from(chunks.map((chunk) => chunk.code).join(''));
}

/** The entry chunk of a build and the chunks it imports statically, as one text: what a page loads first. */
function eagerCode(output) {
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk');
  return Buffer.from(chunks.filter((chunk) => chunk.isEntry || !chunk.isDynamicEntry).map((chunk) => chunk.code).join(''));
}

/**
 * A user's app: `npm pack` of this package unpacked into a scratch node_modules, its dependencies
 * linked from ours (nothing is downloaded), and Vite's default production build of a module
 * that imports `career-widgets/salary`. Returns the code that app loads first.
 */
async function npmApp() {
  const scratch = mkdtempSync(join(tmpdir(), 'career-widgets-app-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--offline', '--pack-destination', scratch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    const app = join(scratch, 'app');
    const installed = join(app, 'node_modules', 'career-widgets');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const link = join(app, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(resolve('node_modules', name), link, 'dir');
    }
    writeFileSync(join(app, 'main.js'), "import 'career-widgets/salary';\n");
    const output = await build({ configFile: false, root: app, logLevel: 'silent', build: { write: false, rolldownOptions: { input: join(app, 'main.js') } } });
    return eagerCode(output);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Where an element's bytes come from, by library or folder of ours. */
const GROUPS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/task', /node_modules\/@lit\/task\//],
  ['d3-scale, d3-array and the other d3 modules', /node_modules\/d3-|src\/chart\/lean\//],
  ['the validator (src/contract/lean/valibot.ts, in place of Valibot)', /src\/contract\/lean\//],
  ['the contract (schema, validation messages, consistency rules)', /src\/contract\//],
  ['English words (src/i18n)', /src\/i18n\//],
  ['the shared element: base class, loading, controllers, frame (src/element, src/data)', /src\/(element|data)\//],
  ['shared styles (src/styles)', /src\/styles\//],
  ['chart helpers (src/chart)', /src\/chart\//],
  ['the element itself: layout, template, styles', /src\/[a-z]+\/[a-z]+(\.layout|\.styles)?\.ts$/],
];

function groupModules(modules) {
  const total = modules.reduce((sum, module) => sum + module.length, 0);
  const sums = new Map();
  for (const { id, length } of modules) {
    const group = GROUPS.find(([, pattern]) => pattern.test(id))?.[0] ?? 'other';
    sums.set(group, (sums.get(group) ?? 0) + length);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).map(([group, length]) => ({ group, share: length / total }));
}

let breakdown = [];
const rows = [];
for (const file of ['dist/cdn/career-widgets.js', 'dist/cdn/autoload.js', 'dist/cdn/embed-host.js', 'dist/cdn/career-widgets.css']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the build first.`);
    process.exit(1);
  }
  rows.push({ name: file, budget: BUDGETS[file], ...measure(readFileSync(file)) });
}
let languages = [];
let exportChunk;
const misplaced = [];
for (const { name, module, composes } of ELEMENTS) {
  const budget = composes.length > 0 ? BUDGETS.guide : BUDGETS.element;
  const built = await standalone(module);
  const row = { name: `<career-${name}> alone`, budget, ...measure(built.entry) };
  rows.push(row);
  misplaced.push(...sectionProblems(name, built.entry.toString()));
  const carriedExports = EXPORT_MARKERS.filter((marker) => built.entry.includes(marker));
  if (carriedExports.length > 0) misplaced.push(`<career-${name}> alone loads the export code first (${carriedExports.join(', ')}), not on demand`);
  if (name === 'salary') {
    const budget = row.gzip + BUDGETS.npmOverCdn;
    const app = { name: 'an app importing career-widgets/salary from the npm package (Vite)', budget, ...measure(await npmApp()) };
    app.note = `${app.gzip - row.gzip >= 0 ? '+' : ''}${app.gzip - row.gzip} B gzip against <career-salary> alone, at most +${BUDGETS.npmOverCdn}`;
    rows.push(app);
  }
  if (name === 'salary') breakdown = groupModules(built.modules);
  if (languages.length === 0) languages = built.onDemand.filter((chunk) => chunk.name !== EXPORT_MODULE);
  exportChunk ??= built.onDemand.find((chunk) => chunk.name === EXPORT_MODULE);
}
if (!exportChunk) {
  console.error('No element loads the export code on demand (src/export/export.ts).');
  process.exit(1);
}
{
  const row = { name: 'the downloads (src/export/), loaded on demand by any element on first use', budget: BUDGETS.exports, ...measure(exportChunk.bytes) };
  const dropIn = rows[0];
  const without = measure(await dropInWithoutExports());
  row.note = `the drop-in carries them inline: +${dropIn.gzip - without.gzip} B gzip (${without.gzip} B without them)`;
  rows.push(row);
}
for (const { name, bytes } of languages) {
  rows.push({ name: `language ${name.replace(/\.ts$/, '')}, loaded on demand by any element`, budget: BUDGETS.language, ...measure(bytes) });
}
{
  // The studio page's script: what the editor's browser loads before the first widget (each
  // element it previews is loaded on demand, and counted above).
  const studio = await standalone('src/studio/studio.ts');
  rows.push({ name: 'the studio page (dist/cdn/studio.html), before any widget', budget: BUDGETS.studio, ...measure(studio.loadedFirst) });
}
rows.push({ name: 'floor: a trivial LitElement alone', budget: BUDGETS.floor, ...measure((await standalone('scripts/bench/floor-element.ts')).entry) });

let failed = false;
for (const row of rows) {
  const over = row.gzip > row.budget;
  failed ||= over;
  const budget = Number.isFinite(row.budget) ? ` (budget ${row.budget} B gzip)` : '';
  const note = row.note ? `; ${row.note}` : '';
  console.log(`${over ? '✗' : '✓'} ${row.name}: ${row.raw} B minified, ${row.gzip} B gzip, ${row.brotli} B brotli${budget}${note}`);
}

if (process.argv.includes('--write')) {
  const table = [
    '| file | minified | gzip -9 | brotli | budget (gzip) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.name.replace(/</g, '&lt;')} | ${row.raw} | ${row.gzip} | ${row.brotli} | ${Number.isFinite(row.budget) ? row.budget : '—'} |`),
  ].join('\n');
  const shares = breakdown.map(({ group, share }) => `| ${group} | ${(share * 100).toFixed(0)} % |`).join('\n');
  const where = `\n\nWhere the bytes of \`<career-salary>\` alone go (shares of its code as Rolldown renders it, before minification):\n\n| part | share |\n| --- | ---: |\n${shares}\n`;
  const section = `## Sizes\n\nMeasured by \`node scripts/size.mjs --write\` after \`npm run build\` (Vite 8 / Rolldown, minified, no comments; gzip level 9 and brotli quality 11 from Node's zlib). "Alone" is the element built by itself into one self-contained module, as a page in English using only that element would load it; a page in German, Spanish or French also loads that language's module, listed below. The app from the npm package is Vite's default production build of \`import 'career-widgets/salary'\` with the package installed from \`npm pack\` (what it loads first, including Vite's preload helper for the languages loaded on demand).\n\n${table}${where}`;
  const file = 'BENCHMARKS.md';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = /## Sizes\n[\s\S]*?(?=\n## |$)/.test(current)
    ? current.replace(/## Sizes\n[\s\S]*?(?=\n## |$)/, section)
    : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  console.log('wrote the sizes to BENCHMARKS.md');
}

for (const problem of misplaced) console.log(`✗ ${problem}`);
if (misplaced.length === 0) console.log(`✓ each element alone carries the schemas, rules and English words of its own sections only`);

if (failed) {
  console.error('A file is over its size budget.');
  process.exit(1);
}
if (misplaced.length > 0) {
  console.error("An element alone carries another section's schema or words, or lacks its own (a helper in schema.ts missing its @__NO_SIDE_EFFECTS__ mark? a WordsController section missing or extra?).");
  process.exit(1);
}
