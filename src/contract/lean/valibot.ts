/**
 * The part of Valibot the contract uses, for the browser builds: vite.config.ts points `valibot`
 * here in the drop-in and CDN builds, as it does with the lean d3 modules (src/chart/lean/). The
 * npm build and the JSON Schema (scripts/write-schema.ts) keep the real Valibot.
 *
 * Only what validate.ts reads of an issue is kept: its type, input, expected, requirement,
 * message (of a regex) and path (key and input of each item), in Valibot's order. What Valibot
 * adds for other uses (its own messages, languages, Standard Schema, async, defaults and
 * fallbacks, metadata) is left out. test/lean-valibot.test.ts checks that the drop-in bundle,
 * built on this, reports the same issues and the same guide as the sources, built on Valibot.
 */

/** One step of a path: the key in its parent, and the parent. */
export interface IssuePathItem {
  readonly key: string | number;
  readonly input: unknown;
}

/** A problem found, in the fields validate.ts reads. */
export interface BaseIssue {
  readonly type: string;
  readonly input: unknown;
  readonly expected: string | null;
  readonly requirement?: unknown;
  readonly message?: string | undefined;
  path?: IssuePathItem[];
}

interface Dataset {
  value: unknown;
  typed?: boolean;
  issues?: BaseIssue[];
}

/** A schema, or a step of a pipe: checks (and for objects and arrays, copies) a dataset's value. */
export interface GenericSchema {
  readonly kind: 'schema' | 'validation' | 'metadata';
  readonly type: string;
  readonly expects: string | null;
  /** Optional schemas accept a missing key of an object. */
  readonly optional?: boolean;
  readonly run: (dataset: Dataset) => Dataset;
}

function addIssue(
  dataset: Dataset,
  type: string,
  expected: string | null,
  extra: { input?: unknown; requirement?: unknown; message?: string | undefined; path?: IssuePathItem[] } = {},
): void {
  (dataset.issues ??= []).push({ type, input: dataset.value, expected, ...extra });
}

/** Valibot's way of writing a literal in `expected`; the contract's literals are text and numbers. */
const stringify = (input: unknown): string => (typeof input === 'string' ? `"${input}"` : String(input));

/** A schema of one type: `test` says whether a value is of it. */
function leaf(type: string, expects: string, test: (value: unknown) => boolean): GenericSchema {
  return {
    kind: 'schema',
    type,
    expects,
    run(dataset) {
      if (test(dataset.value)) dataset.typed = true;
      else addIssue(dataset, type, expects);
      return dataset;
    },
  };
}

/**
 * A step of a pipe: runs on a value of the right type, and adds an issue when `test` fails.
 * validate.ts words these issues from their type and requirement, so none says what it expected.
 */
function check(type: string, requirement: unknown, test: (value: never) => boolean, message?: string): GenericSchema {
  return {
    kind: 'validation',
    type,
    expects: null,
    run(dataset) {
      if (dataset.typed && !test(dataset.value as never)) addIssue(dataset, type, null, { requirement, message });
      return dataset;
    },
  };
}

/** The issues of `inner`, each a step deeper, moved to `dataset`. */
function adopt(dataset: Dataset, inner: Dataset, item: IssuePathItem): void {
  if (!inner.issues) return;
  for (const issue of inner.issues) (issue.path ??= []).unshift(item);
  (dataset.issues ??= []).push(...inner.issues);
}

/* @__NO_SIDE_EFFECTS__ */
export const string = () => leaf('string', 'string', (value) => typeof value === 'string');
/* @__NO_SIDE_EFFECTS__ */
export const number = () => leaf('number', 'number', (value) => typeof value === 'number' && !isNaN(value));
/* @__NO_SIDE_EFFECTS__ */
export const boolean = () => leaf('boolean', 'boolean', (value) => typeof value === 'boolean');
/* @__NO_SIDE_EFFECTS__ */
export const literal = (literal: unknown) => leaf('literal', stringify(literal), (value) => value === literal || (Number.isNaN(value) && Number.isNaN(literal)));
/* @__NO_SIDE_EFFECTS__ */
export const picklist = (options: readonly unknown[]) => {
  const words = [...new Set(options.map(stringify))];
  return leaf('picklist', words.length > 1 ? `(${words.join(' | ')})` : (words[0] ?? 'never'), (value) => options.includes(value));
};

/* @__NO_SIDE_EFFECTS__ */
export const minLength = (requirement: number) => check('min_length', requirement, (value: string) => value.length >= requirement);
/* @__NO_SIDE_EFFECTS__ */
export const maxLength = (requirement: number) => check('max_length', requirement, (value: string) => value.length <= requirement);
/* @__NO_SIDE_EFFECTS__ */
export const minValue = (requirement: number) => check('min_value', requirement, (value: number) => value >= requirement);
/* @__NO_SIDE_EFFECTS__ */
export const maxValue = (requirement: number) => check('max_value', requirement, (value: number) => value <= requirement);
/* @__NO_SIDE_EFFECTS__ */
export const gtValue = (requirement: number) => check('gt_value', requirement, (value: number) => value > requirement);
/* @__NO_SIDE_EFFECTS__ */
export const finite = () => check('finite', Number.isFinite, Number.isFinite);
/* @__NO_SIDE_EFFECTS__ */
export const regex = (requirement: RegExp, message: string) => check('regex', requirement, (value: string) => requirement.test(value), message);
/* @__NO_SIDE_EFFECTS__ */
export const description = (_description: string): GenericSchema => ({ kind: 'metadata', type: 'description', expects: null, run: (dataset) => dataset });

/** The schema, then each step; a step sees a value only once the schema has accepted it. */
/* @__NO_SIDE_EFFECTS__ */
export const pipe = (schema: GenericSchema, ...steps: GenericSchema[]): GenericSchema => ({
  ...schema,
  run(dataset) {
    dataset = schema.run(dataset);
    for (const step of steps) dataset = step.run(dataset);
    return dataset;
  },
});

/** `undefined` (or, for nullable, `null`) is accepted as it is; anything else goes to `wrapped`. */
function maybe(type: string, missing: unknown, wrapped: GenericSchema): GenericSchema {
  return {
    kind: 'schema',
    type,
    expects: `(${wrapped.expects} | ${String(missing)})`,
    optional: type === 'optional',
    run(dataset) {
      if (dataset.value === missing) {
        dataset.typed = true;
        return dataset;
      }
      return wrapped.run(dataset);
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export const optional = (wrapped: GenericSchema) => maybe('optional', undefined, wrapped);
/* @__NO_SIDE_EFFECTS__ */
export const nullable = (wrapped: GenericSchema) => maybe('nullable', null, wrapped);

/* @__NO_SIDE_EFFECTS__ */
export const array = (item: GenericSchema): GenericSchema => ({
  kind: 'schema',
  type: 'array',
  expects: 'Array',
  run(dataset) {
    const input = dataset.value;
    if (!Array.isArray(input)) {
      addIssue(dataset, 'array', 'Array');
      return dataset;
    }
    dataset.typed = true;
    // Array.from, not map: a hole in a sparse array is read as undefined, as Valibot reads it.
    dataset.value = Array.from(input, (value: unknown, key) => {
      const inner = item.run({ value });
      adopt(dataset, inner, { key, input });
      if (!inner.typed) dataset.typed = false;
      return inner.value;
    });
    return dataset;
  },
});

/**
 * An object with `entries`: the value is a copy with those keys only. A key that is missing and
 * not optional is reported on the object, with the key as what was expected.
 */
/* @__NO_SIDE_EFFECTS__ */
export const object = (entries: Record<string, GenericSchema>): GenericSchema => ({
  kind: 'schema',
  type: 'object',
  expects: 'Object',
  run(dataset) {
    const input = dataset.value as Record<string, unknown>;
    if (!input || typeof input !== 'object') {
      addIssue(dataset, 'object', 'Object');
      return dataset;
    }
    dataset.typed = true;
    const output: Record<string, unknown> = {};
    dataset.value = output;
    for (const key in entries) {
      const schema = entries[key]!;
      if (key in input) {
        const inner = schema.run({ value: input[key] });
        adopt(dataset, inner, { key, input });
        if (!inner.typed) dataset.typed = false;
        output[key] = inner.value;
      } else if (!schema.optional) {
        addIssue(dataset, 'object', `"${key}"`, { input: undefined, path: [{ key, input }] });
        dataset.typed = false;
      }
    }
    return dataset;
  },
});

/** Valibot's `safeParse`, without its configuration. */
export function safeParse(schema: GenericSchema, input: unknown) {
  const dataset = schema.run({ value: input });
  return { success: !dataset.issues, output: dataset.value, issues: dataset.issues };
}
