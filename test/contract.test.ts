import { expect } from '@open-wc/testing';
import { MAX_ISSUES, formatIssue, parseGuide, validateGuide, type GuideIssue } from '../src/contract/index.js';
import {
  daySection,
  demandSection,
  factsSection,
  guidePart,
  outlookSection,
  salarySection,
  skillMapSection,
  tiersSection,
  titleSection,
  validatePart,
  wholeGuide,
  workLifeSection,
  type GuidePart,
  type Section,
} from '../src/contract/sections.js';
import type { Guide } from '../src/contract/schema.js';
import { sampleGuide } from './support/guides.js';
import { CHART_SECTIONS, HEADER } from './support/sections.js';

/** Sets `value` at a dotted path like `salary.levels.1.amount` in a copy of the sample. */
function sampleWith(path: string, value: unknown): unknown {
  const guide = sampleGuide() as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = guide;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return guide;
}

function issuesOf(input: unknown): readonly GuideIssue[] {
  const result = validateGuide(input);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}

describe('contract', () => {
  it('reports the cross-field problems together with the shape problems', () => {
    const guide = sampleGuide() as Record<string, unknown>;
    guide.salary = { ...sampleGuide().salary!, range: { ...sampleGuide().salary!.range, min: 200_000 } };
    guide.facts = 'nine percent';
    const result = validateGuide(guide);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const said = result.issues.map(formatIssue);
      expect(said.some((line) => line.startsWith('facts: expected')), said.join('\n')).to.equal(true);
      expect(said.some((line) => line.startsWith('salary.range.max: must be at least range.min')), said.join('\n')).to.equal(true);
    }
    // A rule that reads a broken section checks without it, rather than on broken data.
    const tiers = sampleGuide() as Record<string, unknown>;
    tiers.salary = { ...sampleGuide().salary!, levels: 'none' };
    const tiersResult = validateGuide(tiers);
    expect(tiersResult.ok).to.equal(false);
    if (!tiersResult.ok) expect(tiersResult.issues.map((issue) => issue.path)).to.deep.equal(['salary.levels']);
  });

  it('refuses a list where a section is an object, as the JSON Schema does', () => {
    for (const key of ['facts', 'qualifications', 'jobMarket', 'workLife', 'prosCons', 'outlook']) {
      const result = validateGuide({ schemaVersion: 1, [key]: [] });
      expect(result.ok, key).to.equal(false);
      if (!result.ok) expect(result.issues.map(formatIssue), key).to.deep.equal([`${key}: expected an object, got a list of 0 items`]);
    }
  });

  it('accepts the bundled Operations Engineer guide', () => {
    const result = validateGuide(sampleGuide());
    expect(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n')).to.equal(true);
  });

  it('accepts a document with only schemaVersion and salary', () => {
    const { salary } = sampleGuide();
    expect(validateGuide({ schemaVersion: 1, salary }).ok).to.equal(true);
  });

  it('ignores unknown fields, so older readers read newer documents', () => {
    const guide = sampleGuide();
    const result = validateGuide({ ...guide, futureSection: { a: 1 }, salary: { ...guide.salary, bonus: 5 } });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.guide).not.to.have.property('futureSection');
      expect(result.guide.salary).not.to.have.property('bonus');
    }
  });

  const invalid: [name: string, input: unknown, path: string, code: GuideIssue['code'], message: RegExp][] = [
    ['a string for a number', sampleWith('salary.levels.1.amount', '100k'), 'salary.levels[1].amount', 'invalid_type', /^expected a number, got "100k"$/],
    ['a missing required field', sampleWith('salary.currency', undefined), 'salary.currency', 'missing', /required/],
    ['a lower-case currency', sampleWith('salary.currency', 'usd'), 'salary.currency', 'invalid_format', /ISO 4217/],
    ['an unknown pay period', sampleWith('salary.period', 'month'), 'salary.period', 'invalid_value', /one of "year", "hour", got "month"/],
    ['a negative amount', sampleWith('salary.median', -5), 'salary.median', 'too_small', /at least 0, got -5/],
    ['Infinity from 1e309', JSON.parse('{"schemaVersion":1,"salary":{"country":"US","currency":"USD","period":"year","range":{"min":1e309,"max":2,"basis":"typical"}}}'), 'salary.range.min', 'invalid_value', /finite number, got Infinity/],
    ['an inverted range', sampleWith('salary.range', { min: 130000, max: 70000, basis: 'typical' }), 'salary.range.max', 'inconsistent', /at least range.min/],
    ['a median outside the range', sampleWith('salary.median', 200000), 'salary.median', 'inconsistent', /within the range/],
    ['a duplicate level id', sampleWith('salary.levels.2.id', 'entry'), 'salary.levels[2].id', 'inconsistent', /earlier level/],
    ['a tier naming a missing level', sampleWith('tiers.0.salaryLevel', 'intern'), 'tiers[0].salaryLevel', 'inconsistent', /not the id/],
    ['an open lower bound', sampleWith('tiers.0.years.min', null), 'tiers[0].years.min', 'invalid_type', /expected a number, got null/],
    ['inverted tier years', sampleWith('tiers.1.years', { min: 5, max: 2 }), 'tiers[1].years.max', 'inconsistent', /at least years.min/],
    ['a 12-hour time', sampleWith('day.blocks.0.start', '9:00 AM'), 'day.blocks[0].start', 'invalid_format', /HH:MM/],
    ['a block that ends before it starts', sampleWith('day.blocks.0.end', '08:00'), 'day.blocks[0].end', 'inconsistent', /after start/],
    ['an unknown demand level', sampleWith('demand.level', 'extreme'), 'demand.level', 'invalid_value', /one of "low", "moderate", "high"/],
    ['a javascript: source URL', sampleWith('outlook.source', { name: 'x', url: 'javascript:alert(1)' }), 'outlook.source.url', 'invalid_format', /http\(s\) URL/],
    ['a percent given as a fraction word', sampleWith('facts.growthRate.unit', 'fraction'), 'facts.growthRate.unit', 'invalid_value', /expected "percent"/],
    ['an empty title', sampleWith('title', ''), 'title', 'too_short', /must not be empty/],
    ['a list where an object belongs', sampleWith('salary', []), 'salary', 'invalid_type', /expected an object, got a list of 0 items/],
    ['a template-shaped object for text', sampleWith('title', { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] }), 'title', 'invalid_type', /expected text, got an object/],
    ['a missing schemaVersion', sampleWith('schemaVersion', undefined), 'schemaVersion', 'missing', /required/],
    ['a newer schemaVersion', sampleWith('schemaVersion', 2), 'schemaVersion', 'unsupported_version', /newer than this version of career-widgets reads \(1\)/],
  ];

  for (const [name, input, path, code, message] of invalid) {
    it(`reports ${name} at ${path}`, () => {
      const issues = issuesOf(input);
      const issue = issues.find((candidate) => candidate.path === path);
      expect(issue, issues.map(formatIssue).join('\n')).to.exist;
      expect(issue!.code).to.equal(code);
      expect(issue!.message).to.match(message);
    });
  }

  it('describes a wrong root type at the document', () => {
    const issues = issuesOf([1, 2, 3]);
    expect(issues).to.deep.equal([{ path: '', code: 'invalid_type', message: 'expected an object, got a list of 3 items' }]);
  });

  it('reports invalid JSON without throwing', () => {
    const result = parseGuide('{"schemaVersion": 1,');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues[0]!.code).to.equal('invalid_json');
      expect(result.issues[0]!.message).to.match(/^not valid JSON/);
    }
  });

  it('bounds the number of issues and says how many were left out', () => {
    const levels = Array.from({ length: 60 }, (_, i) => ({ id: `l${i}`, label: 'L', amount: 'lots' }));
    const issues = issuesOf(sampleWith('salary.levels', levels));
    expect(issues).to.have.length(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES]).to.deep.include({ code: 'too_many_issues' });
    expect(issues[MAX_ISSUES]!.message).to.match(/and \d+ more issues/);
  });

  it('never echoes more than a few characters of a huge string', () => {
    const huge = 'A'.repeat(1_000_000);
    const issues = issuesOf(sampleWith('salary.currency', huge));
    const text = issues.map(formatIssue).join('\n');
    expect(text.length).to.be.below(400);
    expect(text).to.contain('(1000000 characters)');
  });

  it('refuses a 10,000-entry list with the path and the limit', () => {
    const issues = issuesOf(sampleWith('responsibilities', Array.from({ length: 10_000 }, () => 'x')));
    expect(issues[0]).to.deep.equal({ path: 'responsibilities', code: 'too_long', message: 'expected at most 100 items, got 10000 items' });
  });

  it('escapes invisible formatting characters in messages', () => {
    const issues = issuesOf(sampleWith('salary.currency', 'U\u202eDS'));
    expect(issues[0]!.message).to.contain('\\u202e');
    expect(issues[0]!.message).not.to.contain('\u202e');
  });

  it('does not let __proto__ keys reach the output or any prototype', () => {
    const result = parseGuide('{"schemaVersion":1,"__proto__":{"polluted":true},"salary":{"__proto__":{"polluted":true},"country":"US","currency":"USD","period":"year","range":{"min":1,"max":2,"basis":"typical"}}}');
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.guide)).to.equal(Object.prototype);
      expect((result.guide as Record<string, unknown>).polluted).to.equal(undefined);
      expect((result.guide.salary as Record<string, unknown>).polluted).to.equal(undefined);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  describe('each element reads its own sections', () => {
    const SECTIONS: Partial<Record<keyof Guide, Section>> = {
      title: titleSection,
      facts: factsSection,
      demand: demandSection,
      salary: salarySection,
      tiers: tiersSection,
      day: daySection,
      workLife: workLifeSection,
      skillMap: skillMapSection,
      outlook: outlookSection,
    };
    /** The reader of element `name`'s sections, as listed in test/support/sections.ts. */
    const partOf = (name: string): GuidePart => guidePart(...CHART_SECTIONS[name]!.map((key) => SECTIONS[key]!));
    const root = (path: string) => path.split(/[.[]/)[0] as keyof Guide;

    for (const [name, input, path, code] of invalid) {
      it(`reports ${name} only where ${root(path)} is shown, at the same path`, () => {
        for (const element of Object.keys(CHART_SECTIONS)) {
          const result = validatePart(input, partOf(element));
          const shown = (HEADER as readonly string[]).includes(root(path)) || CHART_SECTIONS[element]!.includes(root(path));
          if (!shown) {
            expect(result.ok, `<career-${element}>`).to.equal(true);
            continue;
          }
          expect(result.ok, `<career-${element}>`).to.equal(false);
          if (!result.ok) expect(result.issues, `<career-${element}>`).to.deep.include(issuesOf(input).find((issue) => issue.path === path && issue.code === code));
        }
      });
    }

    it('accepts a guide whose other sections are all malformed, and keeps only the header and its own', () => {
      // The salary chart reads the title too: it names the occupation.
      const guide = { ...sampleGuide(), tiers: 'soon', faq: 42, summary: { _$litType$: 1 }, day: { blocks: [{ start: 'noon' }] } };
      const result = validatePart(guide, partOf('salary'));
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(Object.keys(result.guide).sort()).to.deep.equal(['$schema', 'id', 'lang', 'salary', 'schemaVersion', 'title']);
        expect(result.guide.salary).to.deep.equal(sampleGuide().salary);
      }
    });

    it("checks a tier's salary level only in a reader that reads salary too", () => {
      const input = sampleWith('tiers.0.salaryLevel', 'intern');
      expect(validatePart(input, guidePart(tiersSection, salarySection)).ok).to.equal(false);
      expect(validatePart(input, guidePart(tiersSection)).ok).to.equal(true);
      expect(validatePart(input, guidePart(salarySection)).ok).to.equal(true);
    });

    it('refuses a document that is not an object, or of a newer version, in every reader', () => {
      for (const element of Object.keys(CHART_SECTIONS)) {
        expect(validatePart([1, 2, 3], partOf(element))).to.deep.equal(validateGuide([1, 2, 3]));
        const newer = validatePart(sampleWith('schemaVersion', 2), partOf(element));
        expect(newer.ok ? [] : newer.issues.map((issue) => issue.code)).to.deep.equal(['unsupported_version']);
      }
    });

    it('reads the whole guide as validateGuide does', () => {
      for (const input of [sampleGuide(), sampleWith('tiers.0.salaryLevel', 'intern'), sampleWith('faq', 42), { schemaVersion: 1 }]) {
        expect(validatePart(input, wholeGuide)).to.deep.equal(validateGuide(input));
      }
    });

    it('validates an object once per set of sections', () => {
      const guide = sampleGuide();
      expect(guidePart(tiersSection, salarySection)).to.equal(guidePart(salarySection, tiersSection));
      const salary = validatePart(guide, guidePart(salarySection));
      expect(validatePart(guide, guidePart(salarySection))).to.equal(salary);
      const tiers = validatePart(guide, guidePart(salarySection, tiersSection));
      expect(tiers).not.to.equal(salary);
      expect(validatePart(guide, guidePart(tiersSection, salarySection))).to.equal(tiers);
      // A new object is validated afresh: a guide is replaced, not mutated.
      expect(validatePart(sampleGuide(), guidePart(salarySection))).not.to.equal(salary);
    });
  });
});
