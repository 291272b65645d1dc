/**
 * The contract validates with src/contract/lean/valibot.ts, everywhere. Checked here against
 * Valibot itself: the same schemas rebuilt with Valibot's functions (scripts/valibot.ts) and run
 * through the same validateAgainst must find the same issues, in the same order, and keep the
 * same guide.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as valibot from 'valibot';
import { toValibot } from '../scripts/valibot.js';
import { checkConsistency } from '../src/contract/consistency.js';
import type { BaseIssue, GenericSchema } from '../src/contract/lean/valibot.js';
import { GuideSchema, type Guide } from '../src/contract/schema.js';
import { parseGuide, parseJson, validateAgainst, validateGuide, type GuideResult } from '../src/contract/validate.js';
import { sampleGuide } from './support/guides.js';

/** The whole guide's schema with Valibot doing the checking, in the shape validateAgainst takes. */
const rebuilt = toValibot(GuideSchema);
const checkedByValibot: GenericSchema<Guide> = {
  kind: 'schema',
  type: 'object',
  expects: 'Object',
  run(dataset) {
    const result = valibot.safeParse(rebuilt, dataset.value);
    return { value: result.output, typed: result.success, ...(result.issues && { issues: result.issues as unknown as BaseIssue[] }) };
  },
};

/** validateGuide and parseGuide, with Valibot in place of the lean module. */
const withValibot = {
  validateGuide: (input: unknown): GuideResult => validateAgainst(input, checkedByValibot, checkConsistency),
  parseGuide(text: string): GuideResult {
    const parsed = parseJson(text);
    return parsed.ok ? withValibot.validateGuide(parsed.value) : parsed;
  },
};

const SEED = 20261127;

/** Every path to a value in `value`, as keys from the root. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** A copy of the sample with the value at `path` replaced, or deleted when `value` is the string "<delete>". */
function mutated(path: (string | number)[], value: unknown): unknown {
  const guide = sampleGuide() as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = guide;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === '<delete>') delete node[last];
  else node[last] = value;
  return guide;
}

const odd = fc.constantFrom<unknown>('<delete>', undefined, null, NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 51, 81, '', ' ', 'x'.repeat(201), 'x'.repeat(10_001), 'USD', 'usd', 'US', 'year', 'month', '09:00', '9:00', 'http://a', 'javascript:x', 'low', 'percent', 2, true, [], {}, [1], { a: 1 });
const anyValue = fc.oneof(odd, fc.jsonValue({ maxDepth: 2 }), fc.array(odd, { maxLength: 3 }), fc.dictionary(fc.constantFrom('min', 'max', 'id', 'label', 'amount', 'title', 'x'), odd));

describe('the lean Valibot against Valibot', () => {
  it('checks with Valibot itself on one side', () => {
    expect(rebuilt).to.have.property('~standard');
    expect(GuideSchema).not.to.have.property('~standard');
  });

  it('reads the sample guide as Valibot does', () => {
    const result = withValibot.validateGuide(sampleGuide());
    expect(result.ok).to.equal(true);
    expect(result).to.deep.equal(validateGuide(sampleGuide()));
  });

  it('finds what Valibot finds in each hostile fixture', async () => {
    const names = ['bidi-and-zero-width', 'duplicate-keys', 'empty-arrays', 'infinity', 'invalid-json', 'inverted-range', 'inverted-tier-years', 'javascript-url', 'lone-surrogates', 'median-outside-range', 'negative-amount', 'newer-schema-version', 'nul-bytes', 'prototype-keys', 'string-for-number', 'template-shaped-label', 'template-shaped-object', 'wrong-root-array', 'wrong-root-string'];
    for (const name of names) {
      const text = await (await fetch(`/test/fixtures/hostile/${name}.json`)).text();
      expect(withValibot.parseGuide(text), name).to.deep.equal(parseGuide(text));
    }
  });

  it('finds what Valibot finds in any one change to the sample', () => {
    const all = paths(sampleGuide());
    fc.assert(
      fc.property(fc.constantFrom(...all), anyValue, (path, value) => {
        const input = mutated(path, value);
        expect(withValibot.validateGuide(input), path.join('.')).to.deep.equal(validateGuide(input));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('finds what Valibot finds in several changes at once, and in anything at all', () => {
    const all = paths(sampleGuide());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), anyValue), { minLength: 2, maxLength: 6 }), (changes) => {
        const input = sampleGuide();
        for (const [path, value] of changes) {
          let node = input as Record<string | number, unknown>;
          let ok = true;
          for (const key of path.slice(0, -1)) {
            const next = node[key];
            if (!next || typeof next !== 'object') ok = false;
            else node = next as Record<string | number, unknown>;
          }
          if (ok && path.length > 0) node[path[path.length - 1]!] = value;
        }
        expect(withValibot.validateGuide(input)).to.deep.equal(validateGuide(input));
      }),
      { seed: SEED, numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(withValibot.validateGuide(input)).to.deep.equal(validateGuide(input));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
