/**
 * The hostile corpus (test/fixtures/hostile/, described in its README) through every element:
 * each document ends in its expected state, and the page is never harmed.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { Guide } from '../src/contract/schema.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { clearGuideCache } from '../src/data/load.js';
import { mount, settled, shadow, text, watchPageErrors } from './support/dom.js';
import { shows } from './support/sections.js';
import { ELEMENTS as REGISTRY } from '../src/registry.js';

const ELEMENTS = REGISTRY.map((element) => element.name);

/**
 * An error names its path; one inside a section (`in`) is shown only by the elements that show
 * that section, and every other element renders safely around it. One at the document (bad JSON,
 * a wrong root, a newer version) is shown by every element.
 */
type Expected = { error: string; kind?: string; in?: keyof Guide } | 'render';

const CORPUS: Record<string, Expected> = {
  'invalid-json.json': { error: 'Not valid JSON', kind: 'invalid-json' },
  'wrong-root-array.json': { error: 'Expected an object, got a list of 3 items' },
  'wrong-root-string.json': { error: 'Expected an object, got "operations-engineer"' },
  'string-for-number.json': { error: 'salary.levels[1].amount: expected a number, got "100k"', in: 'salary' },
  'infinity.json': { error: 'salary.range.min: expected a finite number, got Infinity', in: 'salary' },
  'negative-amount.json': { error: 'salary.median: expected at least 0, got -100000', in: 'salary' },
  'inverted-range.json': { error: 'salary.range.max: must be at least range.min', in: 'salary' },
  'median-outside-range.json': { error: 'salary.median: must lie within the range', in: 'salary' },
  'inverted-tier-years.json': { error: 'tiers[1].years.max: must be at least years.min', in: 'tiers' },
  'empty-arrays.json': 'render',
  'duplicate-keys.json': 'render',
  'prototype-keys.json': 'render',
  'template-shaped-object.json': { error: 'title: expected text, got an object', in: 'title' },
  'template-shaped-label.json': { error: 'salary.levels[0].label: expected text, got an object', in: 'salary' },
  'bidi-and-zero-width.json': 'render',
  'lone-surrogates.json': 'render',
  'nul-bytes.json': 'render',
  'newer-schema-version.json': { error: 'schemaVersion: version 2 is newer than this version of career-widgets reads (1)', kind: 'unsupported-version' },
  'javascript-url.json': { error: 'outlook.source.url: expected an absolute http(s) URL', in: 'outlook' },
};

/** Documents too big to keep as files, made here and given through the data property as JSON text. */
const GENERATED: Record<string, () => string> = {
  'ten-thousand-items': () => JSON.stringify({ schemaVersion: 1, responsibilities: Array.from({ length: 10_000 }, (_, i) => `Task ${i}`) }),
  'megabyte-string': () => JSON.stringify({ schemaVersion: 1, summary: 'A'.repeat(1_000_000) }),
  'deep-nesting': () => `{"schemaVersion":1,"title":${'['.repeat(5000)}${']'.repeat(5000)}}`,
};
const GENERATED_EXPECTED: Record<string, Expected> = {
  'ten-thousand-items': { error: 'responsibilities: expected at most 100 items, got 10000 items', in: 'responsibilities' },
  'megabyte-string': { error: 'summary: expected at most 10000 characters, got 1000000 characters', in: 'summary' },
  'deep-nesting': { error: 'title: expected text, got a list of 1 item', in: 'title' },
};

const pageErrors = watchPageErrors();
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join(',');
const cleanPrototype = prototypeKeys();

afterEach(() => {
  clearGuideCache();
  pageErrors.expectNone();
  expect(prototypeKeys(), 'Object.prototype').to.equal(cleanPrototype);
  expect(({} as Record<string, unknown>).polluted, 'polluted').to.equal(undefined);
  expect((window as { __pwned?: unknown }).__pwned, 'executed').to.equal(undefined);
});

/** What element `name` shows for a document expected to give `expected`. */
function outcome(name: string, expected: Expected): Expected {
  return expected !== 'render' && expected.in !== undefined && !shows(name, expected.in) ? 'render' : expected;
}

async function check(name: string, expected: Expected, setup: (el: GuideElement) => void): Promise<void> {
  const el = await mount(`career-${name}`, 640, setup);
  if (expected === 'render') {
    await settled(el, 'ready');
    const root = shadow(el);
    // Something readable, and no error box.
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(text(root).length).to.be.greaterThan(0);
    expect(root.querySelector('img, script, iframe, object, embed')).to.equal(null);
  } else {
    await settled(el, 'error');
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain(expected.error);
    if (expected.kind && el.state.status === 'error') expect(el.state.error.kind).to.equal(expected.kind);
    // Bounded: a message never carries the document.
    expect(text(alert).length).to.be.lessThan(2_000);
  }
  el.parentElement?.remove();
}

describe('hostile documents', () => {
  it('has a README row for every corpus file and nothing undocumented', async () => {
    const readme = await (await fetch('/test/fixtures/hostile/README.md')).text();
    for (const file of Object.keys(CORPUS)) expect(readme, file).to.contain(`| ${file} |`);
    for (const name of Object.keys(GENERATED)) expect(readme, name).to.contain(`*generated* ${name}`);
    const rows = readme.split('\n').filter((line) => /^\| [a-z-]+\.json \|/.test(line));
    expect(rows).to.have.length(Object.keys(CORPUS).length);
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    describe(file, () => {
      for (const name of ELEMENTS) {
        const shown = outcome(name, expected);
        it(`<career-${name}> ${shown === 'render' ? 'renders safely' : 'shows the error with its path'}`, async () => {
          await check(name, shown, (el) => (el.src = `/test/fixtures/hostile/${file}`));
        });
      }
    });
  }

  for (const [document, make] of Object.entries(GENERATED)) {
    describe(`${document} (generated)`, () => {
      const json = make();
      for (const name of ELEMENTS) {
        const shown = outcome(name, GENERATED_EXPECTED[document]!);
        it(`<career-${name}> ${shown === 'render' ? 'renders safely' : 'shows the error with its path'}`, async () => {
          await check(name, shown, (el) => (el.data = json));
        });
      }
    });
  }

  it('keeps the last of duplicate keys, as JSON does', async () => {
    const el = await settled(await mount('career-guide', 640, (e) => (e.src = '/test/fixtures/hostile/duplicate-keys.json')));
    expect(el.guide?.title).to.equal('Second');
    expect(el.guide?.demand?.level).to.equal('high');
  });

  it('copies no prototype keys into the guide', async () => {
    const el = await settled(await mount('career-salary', 640, (e) => (e.src = '/test/fixtures/hostile/prototype-keys.json')));
    const guide = el.guide as Record<string, unknown>;
    expect(Object.getPrototypeOf(guide)).to.equal(Object.prototype);
    expect(Object.keys(guide)).not.to.include.members(['__proto__', 'constructor', 'prototype']);
    expect((guide.salary as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
