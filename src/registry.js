// @ts-check
/**
 * Every element of the library, once. The build entries (vite.config.ts), the size budgets and
 * checks (scripts/size.mjs), the studio, the JSX types, the benchmarks and the tests read
 * this list. What cannot read it is checked against it: package.json's exports (JSON imports
 * nothing), the exports of src/index.ts and the loaders of src/cdn/elements.ts (a bundler needs
 * each import's path written out) and cdn/career-widgets.css, by `npm run typecheck` and
 * test/registry.test.ts. The autoloader and the embed page read the loaders' tags instead of
 * this module, so that they carry no names, titles or story ids they do not show.
 *
 * Plain JavaScript typed with JSDoc, so that Node runs it as it is (scripts/size.mjs and
 * scripts/bench.mjs are plain .mjs, and Node 20 cannot load TypeScript) while `tsc` checks it and
 * gives TypeScript code its literal names and tags. It holds data only and imports no element.
 *
 * Adding an element `<career-x>`:
 * 1. add its entry below;
 * 2. add its folder, src/x/ (x.ts with the class, `@customElement('career-x')` and the
 *    `HTMLElementTagNameMap` augmentation; x.layout.ts; x.styles.ts), and stories/x.stories.ts
 *    with the demo story named here;
 * 3. run `npm run typecheck`, then `npm test`, and add what they ask for: the export in
 *    src/index.ts, the loader in src/cdn/elements.ts, the conformance spec, the iframe snippet's
 *    measured height, the `./x` entry of package.json's exports, the heights in
 *    cdn/career-widgets.css, a marker of its English words in scripts/size.mjs, and
 *    custom-elements.json (`npm run analyze`). Attributes of its own beyond the shared ones go
 *    in src/jsx.ts (`OwnProps`).
 */

/** @typedef {import('./contract/schema.js').SectionKey} SectionKey */

/**
 * The height an element takes before it is drawn, in CSS pixels: wide, and on phones.
 * @typedef {object} ReservedSize
 * @property {number} wide At the width of a typical article column.
 * @property {number} phone On a phone's screen.
 */

/**
 * One element.
 * @typedef {object} ElementEntry
 * @property {string} name Its short name: the folder `src/<name>/`, the npm entry `career-widgets/<name>`, `element=<name>` in embed URLs.
 * @property {`career-${string}`} tag Its tag, `career-<name>`.
 * @property {`Career${string}`} className The class its module exports and defines the tag with.
 * @property {`src/${string}.ts`} module Its module, from the package root: the build entry of `dist/<name>.js`, the path custom-elements.json names.
 * @property {readonly SectionKey[] | 'all'} sections The contract sections it shows, and so validates (its `shows`); `all` for the whole guide.
 * @property {string} title Its name for people, as the studio offers it.
 * @property {string} description What it shows, in one line, as the studio offers it.
 * @property {string} story The id of its demo story in the Storybook catalogue.
 * @property {readonly string[]} composes The short names of the elements it renders inside itself (and so carries in its build).
 * @property {readonly string[]} words The sections of the English words (src/i18n/en.ts) its module hands its WordsController; those of the elements it composes come with them.
 * @property {ReservedSize} [reserved] Not set yet: the reserved sizes are to be computed from the layout functions at build time (issue 14, item 5); meanwhile cdn/career-widgets.css holds them.
 */

/**
 * Every element, in the order the studio offers them.
 * @satisfies {readonly ElementEntry[]}
 */
export const ELEMENTS = /** @type {const} */ ([
  {
    name: 'salary',
    tag: 'career-salary',
    className: 'CareerSalary',
    module: 'src/salary/salary.ts',
    sections: ['title', 'salary'],
    title: 'Salary',
    description: 'Salary range, median and levels',
    story: 'elements-career-salary--ready',
    composes: [],
    words: ['salary'],
  },
  {
    name: 'tiers',
    tag: 'career-tiers',
    className: 'CareerTiers',
    module: 'src/tiers/tiers.ts',
    sections: ['tiers', 'salary'],
    title: 'Career tiers',
    description: 'Career stages by years of experience',
    story: 'elements-career-tiers--ready',
    composes: [],
    // A tier names its salary level in the salary chart's words.
    words: ['tiers', 'salary'],
  },
  {
    name: 'skills',
    tag: 'career-skills',
    className: 'CareerSkills',
    module: 'src/skills/skills.ts',
    sections: ['skillMap'],
    title: 'Skill map',
    description: 'Skills from foundational to advanced',
    story: 'elements-career-skills--ready',
    composes: [],
    words: ['skills'],
  },
  {
    name: 'demand',
    tag: 'career-demand',
    className: 'CareerDemand',
    module: 'src/demand/demand.ts',
    sections: ['demand', 'outlook', 'facts'],
    title: 'Market demand',
    description: 'Demand gauge with the growth rate',
    story: 'elements-career-demand--ready',
    composes: [],
    words: ['demand'],
  },
  {
    name: 'facts',
    tag: 'career-facts',
    className: 'CareerFacts',
    module: 'src/facts/facts.ts',
    sections: ['title', 'facts', 'outlook', 'salary'],
    title: 'Key facts',
    description: 'Growth, median salary, remote work',
    story: 'elements-career-facts--ready',
    composes: [],
    words: ['facts'],
  },
  {
    name: 'day',
    tag: 'career-day',
    className: 'CareerDay',
    module: 'src/day/day.ts',
    sections: ['day'],
    title: 'A day in the life',
    description: 'A working day, block by block',
    story: 'elements-career-day--ready',
    composes: [],
    words: ['day'],
  },
  {
    name: 'balance',
    tag: 'career-balance',
    className: 'CareerBalance',
    module: 'src/balance/balance.ts',
    sections: ['workLife'],
    title: 'Work-life balance',
    description: 'Stress and balance meters',
    story: 'elements-career-balance--ready',
    composes: [],
    words: ['balance'],
  },
  {
    name: 'guide',
    tag: 'career-guide',
    className: 'CareerGuide',
    module: 'src/guide/guide.ts',
    sections: 'all',
    title: 'Whole guide',
    description: 'Everything, with a table of contents',
    story: 'elements-career-guide--ready',
    composes: ['salary', 'tiers', 'skills', 'demand', 'facts', 'day', 'balance'],
    words: ['guide'],
  },
]);

/** @typedef {(typeof ELEMENTS)[number]} RegisteredElement One entry of the registry, with its literal values. */
/** @typedef {RegisteredElement['name']} ElementName The short name of an element. */
/** @typedef {RegisteredElement['tag']} ElementTag The tag of an element. */
/** @typedef {Extract<RegisteredElement, { composes: readonly [] }>} ChartElement An element that draws one chart and composes no other. */
/** @typedef {ChartElement['name']} ChartName The short name of a chart. */

/**
 * The charts: the elements that compose no other. The tests that measure a chart's own drawing
 * (reserved heights, conformance) run over these.
 * @type {readonly ChartElement[]}
 */
export const CHARTS = ELEMENTS.filter(/** @returns {entry is ChartElement} */ (entry) => entry.composes.length === 0);

/**
 * The elements that a build of `entry` carries: itself, and every element it composes, and so on.
 * @param {RegisteredElement} entry
 * @returns {RegisteredElement[]}
 */
export function carried(entry) {
  /** @type {Set<RegisteredElement>} */
  const found = new Set();
  /** @param {RegisteredElement} next */
  const visit = (next) => {
    if (found.has(next)) return;
    found.add(next);
    for (const name of next.composes) {
      const composed = ELEMENTS.find((candidate) => candidate.name === name);
      if (!composed) throw new Error(`src/registry.js: <${next.tag}> composes "${name}", which is no element's name`);
      visit(composed);
    }
  };
  visit(entry);
  return [...found];
}
