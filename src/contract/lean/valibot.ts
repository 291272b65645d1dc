/**
 * The part of Valibot the contract uses, written for it: the one validator the library runs, in
 * the browser builds, the npm package, the dev server, Storybook and the tests alike.
 * src/contract imports it by path; Valibot itself is only a development dependency.
 *
 * Only what validate.ts reads of an issue is kept: its type, input, expected, requirement,
 * message (of a regex) and path (key and input of each item), in Valibot's order. What Valibot
 * adds for other uses (its own messages, languages, Standard Schema, async, defaults and
 * fallbacks) is left out.
 *
 * Each schema keeps its arguments under Valibot's names (`entries`, `item`, `wrapped`, `pipe`,
 * `literal`, `options`, `requirement`, `message`, `description`), so that scripts/valibot.ts can
 * rebuild the contract with Valibot itself: scripts/write-schema.ts writes the JSON Schema from
 * that, and test/lean-valibot.test.ts checks that both find the same issues and keep the same
 * guide.
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

/** What a schema checks: the value (copied by objects and arrays), whether it has the schema's type, the issues found. */
export interface Dataset {
  value: unknown;
  typed?: boolean;
  issues?: BaseIssue[];
}

/**
 * A schema, or a step of a pipe: `run` checks (and for objects and arrays, copies) a dataset's
 * value. The other fields record how it was made, as Valibot names them.
 */
export interface GenericSchema<TOutput = unknown> {
  readonly kind: 'schema' | 'validation' | 'metadata';
  readonly type: string;
  readonly expects: string | null;
  readonly run: (dataset: Dataset) => Dataset;
  /** Optional schemas accept a missing key of an object. */
  readonly optional?: boolean;
  /** The schema of each key, for an object. */
  readonly entries?: ObjectEntries;
  /** The schema of each item, for an array. */
  readonly item?: GenericSchema;
  /** The schema of a present value, for optional and nullable. */
  readonly wrapped?: GenericSchema;
  /** The schema and then its steps, for a pipe. */
  readonly pipe?: readonly GenericSchema[];
  /** The one value accepted, for a literal. */
  readonly literal?: unknown;
  /** The values accepted, for a picklist. */
  readonly options?: readonly unknown[];
  /** The bound or pattern, for a step that checks one. */
  readonly requirement?: unknown;
  /** The issue's message, for a regex. */
  readonly message?: string | undefined;
  /** The text, for a description. */
  readonly description?: string;
  /** Never set: the type of a valid value, for `InferOutput`, as Valibot carries it. */
  readonly '~types'?: { readonly output: TOutput };
}

/** The schemas of an object's keys. */
export type ObjectEntries = Record<string, GenericSchema>;

/** The type of a value that `schema` accepts, as validated. */
export type InferOutput<S extends GenericSchema> = NonNullable<S['~types']>['output'];

/** A schema that also accepts `undefined`, and a missing key of an object. */
export interface OptionalSchema<S extends GenericSchema> extends GenericSchema<InferOutput<S> | undefined> {
  readonly optional: true;
  readonly wrapped: S;
}

/** An object schema: its keys' schemas are kept in its type too, as Valibot's are. */
export interface ObjectSchema<E extends ObjectEntries> extends GenericSchema<ObjectOutput<E>> {
  readonly entries: E;
}

type Prettify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<E extends ObjectEntries> = { [K in keyof E]: E[K] extends { readonly optional: true } ? K : never }[keyof E];

/** What Valibot infers for an object: an optional entry's key may be missing. */
type ObjectOutput<E extends ObjectEntries> = Prettify<
  { -readonly [K in Exclude<keyof E, OptionalKeys<E>>]: InferOutput<E[K]> } & {
    -readonly [K in OptionalKeys<E>]?: InferOutput<E[K]>;
  }
>;

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

/** A schema of one type: `test` says whether a value is of it; `made` records its argument. */
function leaf<T>(type: string, expects: string, test: (value: unknown) => boolean, made?: object): GenericSchema<T> {
  return {
    ...made,
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
function check(type: string, requirement: unknown, test: (value: never) => boolean, message?: string): GenericSchema<never> {
  return {
    kind: 'validation',
    type,
    expects: null,
    requirement,
    message,
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

/** Text. */
/* @__NO_SIDE_EFFECTS__ */
export const string = () => leaf<string>('string', 'string', (value) => typeof value === 'string');
/** A number, not NaN. */
/* @__NO_SIDE_EFFECTS__ */
export const number = () => leaf<number>('number', 'number', (value) => typeof value === 'number' && !isNaN(value));
/** True or false. */
/* @__NO_SIDE_EFFECTS__ */
export const boolean = () => leaf<boolean>('boolean', 'boolean', (value) => typeof value === 'boolean');
/** Exactly `literal`. */
/* @__NO_SIDE_EFFECTS__ */
export const literal = <const T extends string | number>(literal: T) =>
  leaf<T>('literal', stringify(literal), (value) => value === literal || (Number.isNaN(value) && Number.isNaN(literal)), { literal });
/** One of `options`. */
/* @__NO_SIDE_EFFECTS__ */
export const picklist = <const T extends readonly (string | number)[]>(options: T) => {
  const words = [...new Set(options.map(stringify))];
  return leaf<T[number]>('picklist', words.length > 1 ? `(${words.join(' | ')})` : (words[0] ?? 'never'), (value) => options.includes(value as T[number]), { options });
};

/** At least `requirement` characters or items. */
/* @__NO_SIDE_EFFECTS__ */
export const minLength = (requirement: number) => check('min_length', requirement, (value: string) => value.length >= requirement);
/** At most `requirement` characters or items. */
/* @__NO_SIDE_EFFECTS__ */
export const maxLength = (requirement: number) => check('max_length', requirement, (value: string) => value.length <= requirement);
/** At least `requirement`. */
/* @__NO_SIDE_EFFECTS__ */
export const minValue = (requirement: number) => check('min_value', requirement, (value: number) => value >= requirement);
/** At most `requirement`. */
/* @__NO_SIDE_EFFECTS__ */
export const maxValue = (requirement: number) => check('max_value', requirement, (value: number) => value <= requirement);
/** More than `requirement`. */
/* @__NO_SIDE_EFFECTS__ */
export const gtValue = (requirement: number) => check('gt_value', requirement, (value: number) => value > requirement);
/** Neither infinite nor NaN. */
/* @__NO_SIDE_EFFECTS__ */
export const finite = () => check('finite', Number.isFinite, Number.isFinite);
/** Matches `requirement`; the issue carries `message`. */
/* @__NO_SIDE_EFFECTS__ */
export const regex = (requirement: RegExp, message: string) => check('regex', requirement, (value: string) => requirement.test(value), message);
/** A description for the JSON Schema: checks nothing. */
/* @__NO_SIDE_EFFECTS__ */
export const description = (description: string): GenericSchema<never> => ({ kind: 'metadata', type: 'description', expects: null, description, run: (dataset) => dataset });

/** The schema, then each step; a step sees a value only once the schema has accepted it. */
/* @__NO_SIDE_EFFECTS__ */
export const pipe = <S extends GenericSchema>(schema: S, ...steps: GenericSchema[]): GenericSchema<InferOutput<S>> => ({
  ...schema,
  pipe: [schema, ...steps],
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
    wrapped,
    run(dataset) {
      if (dataset.value === missing) {
        dataset.typed = true;
        return dataset;
      }
      return wrapped.run(dataset);
    },
  };
}

/** `wrapped`, or `undefined`: as an object's entry, the key may be missing. */
/* @__NO_SIDE_EFFECTS__ */
export const optional = <S extends GenericSchema>(wrapped: S) => maybe('optional', undefined, wrapped) as OptionalSchema<S>;
/** `wrapped`, or `null`. */
/* @__NO_SIDE_EFFECTS__ */
export const nullable = <S extends GenericSchema>(wrapped: S) => maybe('nullable', null, wrapped) as GenericSchema<InferOutput<S> | null>;

/** A list of `item`. */
/* @__NO_SIDE_EFFECTS__ */
export const array = <S extends GenericSchema>(item: S): GenericSchema<InferOutput<S>[]> => ({
  kind: 'schema',
  type: 'array',
  expects: 'Array',
  item,
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
 * not optional is reported on the object, with the key as what was expected. A list is not an
 * object here (Valibot's own `object` takes one), as in JSON Schema's `"type": "object"`.
 */
/* @__NO_SIDE_EFFECTS__ */
export const object = <E extends ObjectEntries>(entries: E): ObjectSchema<E> => ({
  kind: 'schema',
  type: 'object',
  expects: 'Object',
  entries,
  run(dataset) {
    const input = dataset.value as Record<string, unknown>;
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
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

/** The outcome of `safeParse`: the validated value, or the issues found (at least one). */
export type SafeParseResult<S extends GenericSchema> =
  | { readonly success: true; readonly output: InferOutput<S>; readonly issues: undefined }
  | { readonly success: false; readonly output: unknown; readonly issues: [BaseIssue, ...BaseIssue[]] };

/** Valibot's `safeParse`, without its configuration. */
export function safeParse<S extends GenericSchema>(schema: S, input: unknown): SafeParseResult<S> {
  const dataset = schema.run({ value: input });
  return { success: !dataset.issues, output: dataset.value, issues: dataset.issues } as SafeParseResult<S>;
}
