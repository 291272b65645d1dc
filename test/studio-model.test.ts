/**
 * The studio's pure parts (src/studio/): numbers in the editor's locale, the form read from the
 * published JSON Schema, edits at a path, the document and its history, and what Publish hands
 * over. The page itself is tested in studio.test.ts.
 */
import { expect } from '@open-wc/testing';
import { pathText } from '../src/contract/validate.js';
import { blankDocument, documentFromText, documentFromValue, recordChange, redo, startHistory, undo, MAX_UNDO, TYPING_RUN_MS } from '../src/studio/document.js';
import { emptyValue, fieldId, fieldLabel, fieldModel, parentPathText, pathKeys, valueAt, withValueAt, type SchemaNode } from '../src/studio/form-model.js';
import { formatLocaleNumber, parseLocaleNumber } from '../src/studio/numbers.js';
import { numberOf } from '../src/studio/form.js';
import { guideFileName, guideFileText, guideForElement, inlineSnippet, scriptSafeJson } from '../src/studio/publish.js';
import { CMS_HELP } from '../src/cdn/cms-help.js';
import { fetchJson } from './support/server.js';
import { drawnIn } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { ELEMENTS } from '../src/registry.js';
import '../src/index.js';

const schema = await fetchJson<SchemaNode>('/data/career-guide.schema.json');

describe('numbers in the editor’s locale', () => {
  const cases: [locale: string, text: string, value: number | undefined][] = [
    ['en-US', '100,000', 100000],
    ['en-US', '100000', 100000],
    ['en-US', '1,234.5', 1234.5],
    ['en-US', ' 79,000 ', 79000],
    ['en-US', '-12.5', -12.5],
    ['en-US', '\u221212.5', -12.5],
    ['en-US', '100k', undefined],
    ['en-US', '12 apples', undefined],
    ['en-US', '', undefined],
    ['en-US', '1e5', undefined],
    ['de-DE', '100.000', 100000],
    ['de-DE', '1.234,5', 1234.5],
    ['de-DE', '0,25', 0.25],
    ['de-DE', '100,000', 100],
    ['fr-FR', '100 000', 100000],
    ['fr-FR', '100\u202f000,5', 100000.5],
    ['ar-EG', '١٢٣', 123],
  ];
  for (const [locale, text, value] of cases) {
    it(`reads ${JSON.stringify(text)} in ${locale} as ${String(value)}`, () => {
      expect(parseLocaleNumber(text, locale)).to.equal(value);
    });
  }

  it('writes numbers back as the locale does, and reads back what it wrote', () => {
    expect(formatLocaleNumber(100000, 'en-US')).to.equal('100,000');
    expect(formatLocaleNumber(100000, 'de-DE')).to.equal('100.000');
    expect(formatLocaleNumber(1234.56, 'de-DE')).to.equal('1.234,56');
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ar-EG', 'hi-IN']) {
      for (const value of [0, 7, 1234.5, 100000, 1234567.25]) expect(parseLocaleNumber(formatLocaleNumber(value, locale), locale), `${value} in ${locale}`).to.equal(value);
    }
  });

  it('keeps text that is no number as text, for the validator to name', () => {
    expect(numberOf('100k', 'en-US')).to.equal('100k');
    expect(numberOf('100.000', 'de-DE')).to.equal(100000);
    expect(numberOf('  ', 'en-US')).to.equal(undefined);
  });
});

describe('the form read from the JSON Schema', () => {
  /** Every node of the schema with its path, as the form walks it. */
  function* nodes(node: SchemaNode, path: string): Generator<[string, SchemaNode]> {
    yield [path, node];
    for (const [key, child] of Object.entries(node.properties ?? {})) yield* nodes(child, path ? `${path}.${key}` : key);
    if (node.items) yield* nodes(node.items, `${path}[]`);
  }

  it('knows a kind of field for every node of the contract, with help for each', () => {
    const unknown: string[] = [];
    const undocumented: string[] = [];
    for (const [path, node] of nodes(schema, '')) {
      if (fieldModel(node).kind === 'unknown') unknown.push(path);
      if (!node.description) undocumented.push(path);
    }
    expect(unknown, 'fields the form cannot draw').to.deep.equal([]);
    expect(undocumented, 'fields without a description').to.deep.equal([]);
  });

  it('reads the salary section as groups, lists, numbers and choices', () => {
    const salary = schema.properties!.salary!;
    const kinds = Object.fromEntries(Object.entries(salary.properties!).map(([key, node]) => [key, fieldModel(node).kind]));
    expect(kinds).to.deep.equal({
      country: 'text',
      currency: 'text',
      period: 'choice',
      range: 'group',
      median: 'number',
      percentiles: 'group',
      levels: 'list',
      topEarners: 'group',
      source: 'group',
      asOf: 'text',
    });
    expect(fieldModel(schema.properties!.summary!).kind).to.equal('long-text');
    expect(fieldModel(schema.properties!.schemaVersion!).kind).to.equal('fixed');
    expect(fieldModel(schema.properties!.facts!.properties!.remoteFriendly!).kind).to.equal('yes-no');
    const years = fieldModel(schema.properties!.tiers!.items!.properties!.years!.properties!.max!);
    expect([years.kind, years.nullable, years.node.description]).to.deep.equal(['number', true, schema.properties!.tiers!.items!.properties!.years!.properties!.max!.description]);
  });

  it('gives times of day a time picker and web addresses a URL field, from their patterns', () => {
    const block = schema.properties!.day!.properties!.blocks!.items!.properties!;
    expect([fieldModel(block.start!).kind, fieldModel(block.end!).kind]).to.deep.equal(['time', 'time']);
    expect(fieldModel(schema.properties!.salary!.properties!.source!.properties!.url!).kind).to.equal('url');
    expect(fieldModel(schema.properties!.sources!.items!.properties!.url!).kind).to.equal('url');
  });

  it('draws a field it has never seen, from its node alone', () => {
    expect(fieldModel({ type: 'string', maxLength: 50, description: 'New.' }).kind).to.equal('text');
    expect(fieldModel({ type: 'integer' }).kind).to.equal('number');
    expect(fieldModel({ enum: ['a', 'b'] }).kind).to.equal('choice');
    expect(fieldModel({ anyOf: [{ type: 'string' }, { type: 'number' }] }).kind).to.equal('unknown');
  });

  it('labels a field from its property name', () => {
    expect(['medianSalary', 'asOf', 'p90', 'id', 'url', 'faq', 'topEarners', 'schemaVersion', '$schema'].map(fieldLabel)).to.deep.equal([
      'Median salary',
      'As of',
      'P90',
      'ID',
      'URL',
      'FAQ',
      'Top earners',
      'Schema version',
      'Schema',
    ]);
  });

  it('starts a new group with its required constants, and a list empty', () => {
    expect(emptyValue(schema.properties!.facts!.properties!.growthRate!)).to.deep.equal({ unit: 'percent' });
    expect(emptyValue(schema.properties!.salary!)).to.deep.equal({});
    expect(emptyValue(schema.properties!.tiers!)).to.deep.equal([]);
    expect(emptyValue(schema.properties!.responsibilities!.items!)).to.equal('');
    expect(emptyValue(schema.properties!.salary!.properties!.median!)).to.equal(undefined);
  });
});

describe('paths and edits', () => {
  it('spells paths as the validator does, and reads them back', () => {
    const path = ['salary', 'levels', 1, 'amount'] as const;
    expect(pathText(path)).to.equal('salary.levels[1].amount');
    expect(pathKeys('salary.levels[1].amount')).to.deep.equal(path);
    expect(pathKeys('')).to.deep.equal([]);
    expect(parentPathText('salary.levels[1].amount')).to.equal('salary.levels[1]');
    expect(parentPathText('salary.levels[1]')).to.equal('salary.levels');
    expect(parentPathText('salary')).to.equal('');
    expect(parentPathText('')).to.equal(undefined);
    expect(fieldId(path)).to.equal('field-.salary.levels-1.amount');
    expect(fieldId(['salary', 'levels', 1])).not.to.equal(fieldId(['salary', 'levels1']));
  });

  it('writes a value at a path without changing the original, and removes emptied properties', () => {
    const guide = { schemaVersion: 1, salary: { levels: [{ id: 'a', amount: 1 }], currency: 'USD' } };
    const frozen = JSON.stringify(guide);
    const next = withValueAt(guide, ['salary', 'levels', 0, 'amount'], 2) as typeof guide;
    expect(next.salary.levels[0]!.amount).to.equal(2);
    expect(JSON.stringify(guide)).to.equal(frozen);
    expect(next.salary.currency).to.equal('USD');
    expect(withValueAt(guide, ['salary', 'currency'], undefined)).to.deep.equal({ schemaVersion: 1, salary: { levels: [{ id: 'a', amount: 1 }] } });
    expect(withValueAt({}, ['salary', 'range', 'min'], 5)).to.deep.equal({ salary: { range: { min: 5 } } });
    expect(valueAt(next, ['salary', 'levels', 0, 'id'])).to.equal('a');
    expect(valueAt(next, ['salary', 'levels', 'x'])).to.equal(undefined);
  });

  it('puts a property that was not there where the schema orders it', () => {
    const salary = { country: 'US', range: { min: 1, max: 2, basis: 'typical' }, levels: [], asOf: '2024' };
    const guide = { schemaVersion: 1, title: 'T', salary };
    const withMedian = withValueAt(guide, ['salary', 'median'], 5, schema) as { salary: object };
    expect(Object.keys(withMedian.salary)).to.deep.equal(['country', 'range', 'median', 'levels', 'asOf']);
    expect(Object.keys(withValueAt(guide, ['id'], 'x', schema) as object)).to.deep.equal(['schemaVersion', 'id', 'title', 'salary']);
    // Unknown properties keep their place; without a schema, a new property goes last.
    expect(Object.keys(withValueAt({ zeta: 1, title: 'T' }, ['schemaVersion'], 1, schema) as object)).to.deep.equal(['schemaVersion', 'zeta', 'title']);
    expect(Object.keys(withValueAt(salary, ['median'], 5) as object)).to.deep.equal(['country', 'range', 'levels', 'asOf', 'median']);
  });
});

describe('the document and its history', () => {
  it('keeps every byte of text that is not JSON, with the reason', () => {
    const text = '{ "schemaVersion": 1, "title": ';
    const doc = documentFromText(text);
    expect([doc.text, doc.parsed, doc.value]).to.deep.equal([text, false, undefined]);
    expect(doc.issues.map((issue) => issue.code)).to.deep.equal(['invalid_json']);
  });

  it('validates with the contract’s validator', () => {
    const doc = documentFromValue({ schemaVersion: 1, salary: { country: 'US', currency: 'USD', period: 'year', range: { min: '100k', max: 2, basis: 'typical' } } });
    expect(doc.issues).to.deep.equal([{ path: 'salary.range.min', code: 'invalid_type', message: 'expected a number, got "100k"' }]);
    expect(doc.text).to.equal(`${JSON.stringify(doc.value, null, 2)}\n`);
    expect(blankDocument().issues).to.deep.equal([]);
  });

  it('undoes a run of keystrokes in one field as one step, and other changes one by one', () => {
    const docs = ['a', 'ab', 'abc', 'abcd'].map((title) => documentFromValue({ schemaVersion: 1, title }));
    let history = startHistory(blankDocument());
    history = recordChange(history, docs[0]!, 'title', 1000);
    history = recordChange(history, docs[1]!, 'title', 1500);
    history = recordChange(history, docs[2]!, 'title', 1500 + TYPING_RUN_MS);
    history = recordChange(history, docs[3]!, undefined, 5000);
    expect(history.present).to.equal(docs[3]);
    history = undo(history);
    expect(history.present).to.equal(docs[2]);
    history = undo(history);
    expect(history.present, 'the run a, ab is one step').to.equal(docs[1]);
    history = undo(history);
    expect(history.present.text).to.equal(blankDocument().text);
    expect(undo(history)).to.equal(history);
    history = redo(redo(history));
    expect(history.present).to.equal(docs[2]);
    // A change after undo drops what redo had.
    history = recordChange(undo(history), docs[0]!, undefined, 9000);
    expect(history.future).to.deep.equal([]);
  });

  it('keeps at most MAX_UNDO steps', () => {
    let history = startHistory(blankDocument());
    for (let i = 0; i < MAX_UNDO + 10; i += 1) history = recordChange(history, documentFromValue({ schemaVersion: 1, title: `t${i}` }));
    expect(history.past).to.have.length(MAX_UNDO);
  });
});

describe('what Publish hands over', () => {
  it('writes the guide file formatted, with $schema first, keeping a $schema of its own', () => {
    expect(guideFileText({ schemaVersion: 1, title: 'X' }, 'https://cdn.example/s.json')).to.equal('{\n  "$schema": "https://cdn.example/s.json",\n  "schemaVersion": 1,\n  "title": "X"\n}\n');
    expect(guideFileText({ schemaVersion: 1, $schema: './mine.json' }, 'https://cdn.example/s.json')).to.equal('{\n  "$schema": "./mine.json",\n  "schemaVersion": 1\n}\n');
  });

  it('names the file after the guide', () => {
    expect(guideFileName({ id: 'operations-engineer', title: 'Ops' })).to.equal('operations-engineer.json');
    expect(guideFileName({ title: 'Night Nurse (RN)' })).to.equal('night-nurse-rn.json');
    expect(guideFileName({ title: '???' })).to.equal('career-guide.json');
    expect(guideFileName(undefined)).to.equal('career-guide.json');
  });

  it('puts in a snippet only the parts of the guide its widget reads', () => {
    const guide = { $schema: './career-guide.schema.json', ...sampleGuide() };
    expect(Object.keys(guideForElement(guide, 'salary') as object)).to.deep.equal(['schemaVersion', 'id', 'lang', 'title', 'salary']);
    expect(Object.keys(guideForElement(guide, 'tiers') as object)).to.deep.equal(['schemaVersion', 'id', 'lang', 'salary', 'tiers']);
    expect(Object.keys(guideForElement(guide, 'guide') as object)).to.deep.equal(Object.keys(sampleGuide()).filter((key) => key !== '$schema'));
    expect(guideForElement('{ "schemaVersion": ', 'salary')).to.equal('{ "schemaVersion": ');
  });

  for (const element of ELEMENTS) {
    it(`draws <${element.tag}> from its part of the guide as from the whole guide`, async () => {
      const whole = await drawnIn(element.tag, sampleGuide(), 700, 'ltr');
      const part = await drawnIn(element.tag, guideForElement(sampleGuide(), element.name), 700, 'ltr');
      expect(part.state.status).to.equal('ready');
      expect(part.shadowRoot!.textContent).to.equal(whole.shadowRoot!.textContent);
      whole.parentElement!.remove();
      part.parentElement!.remove();
    });
  }

  it('puts the guide inside the snippet so that no text can end its script', () => {
    const guide = { schemaVersion: 1, title: '</script><script>alert(1)</script><!--' };
    expect(scriptSafeJson(guide)).not.to.contain('<');
    expect(JSON.parse(scriptSafeJson(guide))).to.deep.equal(guide);
    const snippet = inlineSnippet({ element: 'tiers', attributes: [['theme', 'dark'], ['locale', '"de-DE']], guide, base: 'https://cdn.example/w/' });
    const page = new DOMParser().parseFromString(snippet, 'text/html');
    expect(page.querySelector('career-tiers')!.getAttribute('theme')).to.equal('dark');
    expect(page.querySelector('career-tiers')!.getAttribute('locale')).to.equal('"de-DE');
    expect(page.querySelectorAll('script')).to.have.length(2);
    expect(page.querySelector('script')!.getAttribute('src')).to.equal('https://cdn.example/w/autoload.js');
    expect(JSON.parse(page.querySelector('career-tiers > script')!.textContent)).to.deep.equal(guide);
  });
});

describe('the help beside the snippets', () => {
  it('says what the README’s table of CMSes says, row for row', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('| CMS | where the snippet goes |'));
    const rows = table
      .split('\n')
      .slice(2)
      .filter((line, index, lines) => line.startsWith('|') && lines.slice(0, index).every((before) => before.startsWith('|')))
      .map((line) => line.slice(2, -2).split(' | '));
    expect(rows.map(([cms, where]) => ({ cms, where }))).to.deep.equal(CMS_HELP);
  });
});
