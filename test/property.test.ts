/**
 * Property-based tests (fast-check, seeded so runs repeat): random JSON never throws from the
 * validator or any element; every valid generated guide renders; a mutation of the sample guide
 * gives either a render or an error that names the mutated place.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { Guide } from '../src/contract/schema.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { clearGuideCache } from '../src/data/load.js';
import { validateGuide, type GuideIssue } from '../src/contract/validate.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled, watchPageErrors } from './support/dom.js';
import { HEADER, readBy, shows } from './support/sections.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';

const ELEMENTS = REGISTRY.map((element) => element.name);
const SEED = 20261127;

const pageErrors = watchPageErrors();
afterEach(() => {
  clearGuideCache();
  pageErrors.expectNone();
});

/**
 * Renders `data` in element `name` and returns its settled state: ready when the header and the
 * sections it shows are valid, whatever the other sections hold.
 */
async function render(name: string, data: unknown): Promise<GuideElement['state']['status']> {
  const el = await mount(`career-${name}`, 560, (e) => (e.data = data));
  await settled(el, validateGuide(readBy(name, data)).ok ? 'ready' : 'error');
  const status = el.state.status;
  el.parentElement?.remove();
  return status;
}

// --- Arbitraries for valid guides ------------------------------------------------------------

const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim().length > 0);
const amount = fc.integer({ min: 0, max: 2_000_000 });
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const time = fc.integer({ min: 0, max: 23 * 60 + 59 });
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const salary = fc
  .record({
    lo: amount,
    span: fc.integer({ min: 0, max: 500_000 }),
    medianAt: fc.double({ min: 0, max: 1, noNaN: true }),
    levels: fc.uniqueArray(fc.record({ id: slug, label: text(30), amount }), { maxLength: 6, selector: (level) => level.id }),
    top: fc.option(fc.record({ percent: fc.integer({ min: 1, max: 50 }), from: amount }), { nil: undefined }),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'INR'),
    period: fc.constantFrom('year' as const, 'hour' as const),
  })
  .map(({ lo, span, medianAt, levels, top, currency, period }) => ({
    country: 'US',
    currency,
    period,
    range: { min: lo, max: lo + span, basis: 'typical' as const },
    median: Math.round(lo + span * medianAt),
    levels,
    ...(top ? { topEarners: top } : {}),
  }));

const tiers = fc.array(
  fc.record({ title: text(60), min: fc.integer({ min: 0, max: 40 }), len: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), summary: fc.option(text(300), { nil: undefined }) }),
  { maxLength: 6 },
).map((list) => list.map(({ title, min, len, summary }) => ({ title, years: { min, max: len === null ? null : min + len }, ...(summary ? { summary } : {}) })));

const day = fc
  .uniqueArray(time, { minLength: 2, maxLength: 8 })
  .map((times) => [...times].sort((a, b) => a - b))
  .chain((times) =>
    fc.tuple(...times.slice(1).map(() => fc.record({ label: text(20), focus: fc.option(text(40), { nil: undefined }), tasks: fc.array(text(80), { maxLength: 4 }) }))).map((blocks) =>
      blocks.map((block, i) => ({ ...block, start: hhmm(times[i]!), end: hhmm(times[i + 1]!) })),
    ),
  );

const guide = fc.record(
  {
    schemaVersion: fc.constant(1),
    title: text(80),
    salary,
    tiers,
    day: day.map((blocks) => ({ blocks })),
    demand: fc.record({ level: fc.constantFrom('low', 'moderate', 'high') }),
    workLife: fc.record({ stress: fc.constantFrom('low', 'low-to-moderate', 'moderate', 'moderate-to-high', 'high'), balance: fc.constantFrom('poor', 'challenging', 'fair', 'good', 'excellent') }),
    skillMap: fc.record({ levels: fc.array(fc.record({ title: text(40), skills: fc.array(text(60), { maxLength: 6 }) }), { maxLength: 4 }) }),
    facts: fc.record({ growthRate: fc.record({ value: fc.integer({ min: -50, max: 200 }), unit: fc.constant('percent') }), remoteFriendly: fc.boolean() }),
    faq: fc.array(fc.record({ question: text(100), answer: text(300) }), { maxLength: 3 }),
  },
  { requiredKeys: ['schemaVersion'] },
);

// --- Properties --------------------------------------------------------------------------------

describe('properties', () => {
  it('random JSON never makes the validator throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateGuide(value);
        expect(result.ok || result.issues.length > 0).to.equal(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('random JSON with a schemaVersion never makes the validator throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('salary', 'tiers', 'day', 'skillMap', 'facts', 'demand', 'workLife', 'faq', 'title', '__proto__', 'constructor'), fc.jsonValue()), (value) => {
        validateGuide({ schemaVersion: 1, ...value });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  for (const name of ELEMENTS) {
    it(`random JSON never makes <career-${name}> throw`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          const status = await render(name, value);
          expect(['ready', 'error']).to.include(status);
        }),
        { seed: SEED, numRuns: 15 },
      );
    });
  }

  it('generates only valid guides (the generator itself is right)', () => {
    fc.assert(
      fc.property(guide, (value) => {
        const result = validateGuide(value);
        expect(result.ok, result.ok ? '' : JSON.stringify(result.issues[0])).to.equal(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  for (const name of ELEMENTS) {
    it(`<career-${name}> renders every valid generated guide`, async () => {
      await fc.assert(
        fc.asyncProperty(guide, async (value) => {
          const status = await render(name, value);
          expect(status).to.equal('ready');
        }),
        { seed: SEED, numRuns: 12 },
      );
    });
  }

  it('a mutation of the sample gives a render or an error naming the mutated place, in the elements that show it', async () => {
    // Every leaf of the sample, by path.
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      else leaves.push(path);
    };
    walk(sampleGuide(), []);
    const format = (path: (string | number)[]) => path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
    const related = (issue: GuideIssue, mutated: string) =>
      issue.path === mutated ||
      mutated.startsWith(`${issue.path}.`) ||
      mutated.startsWith(`${issue.path}[`) ||
      // Cross-field rules (min below max, references, time order) name the field they compare
      // the mutated one with.
      issue.code === 'inconsistent';

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...ELEMENTS), async (path, replacement, name) => {
        const mutated = sampleGuide() as Record<string | number, unknown>;
        let node = mutated;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = replacement;
        const result = validateGuide(mutated);
        if (!result.ok) {
          const where = format(path);
          expect(result.issues.some((issue) => related(issue, where)), `${where}: ${JSON.stringify(result.issues.slice(0, 3))}`).to.equal(true);
        }
        const status = await render(name, mutated);
        expect(status).to.equal(validateGuide(readBy(name, mutated)).ok ? 'ready' : 'error');
        // A section the element does not show cannot turn it into an error.
        const section = path[0] as keyof Guide;
        if (!(HEADER as readonly unknown[]).includes(section) && !shows(name, section)) expect(status).to.equal('ready');
      }),
      { seed: SEED, numRuns: 120 },
    );
  });
});
