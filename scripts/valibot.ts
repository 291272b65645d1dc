/**
 * The contract's schemas rebuilt with Valibot itself, from what each schema of
 * src/contract/lean/valibot.ts records of how it was made. Two uses, both outside the library:
 * scripts/write-schema.ts gives the result to @valibot/to-json-schema, and
 * test/lean-valibot.test.ts checks that the contract finds the same issues on either.
 *
 * Each schema becomes the Valibot function of the same name with the same arguments, so a
 * difference found by the test is a difference between the two functions, not in the contract.
 */
import * as valibot from 'valibot';
import type { GenericSchema } from '../src/contract/lean/valibot.ts';

/** A step of a Valibot pipe, typed as loosely as the rebuilt tree is known. */
type Step = valibot.PipeItem<unknown, unknown, valibot.BaseIssue<unknown>>;

/** `schema`, a schema of the contract, made with Valibot's functions of the same names. */
export function toValibot(schema: GenericSchema): valibot.GenericSchema {
  return toPart(schema) as valibot.GenericSchema;
}

// Valibot types each step by the schema before it; a tree rebuilt from values is only known to be
// one of its schemas or steps, so the parts are `unknown` until put in place.
function toPart(schema: GenericSchema): unknown {
  const made = <T>(field: T | undefined): T => {
    if (field === undefined) throw new Error(`scripts/valibot.ts: a ${schema.type} schema that records no arguments`);
    return field;
  };
  // A pipe keeps the fields of its first schema, so it is recognised before its type is read.
  if (schema.pipe) {
    const [first, ...steps] = schema.pipe.map(toPart);
    return valibot.pipe(first as valibot.GenericSchema, ...(steps as Step[]));
  }
  switch (schema.type) {
    case 'string':
      return valibot.string();
    case 'number':
      return valibot.number();
    case 'boolean':
      return valibot.boolean();
    case 'literal':
      return valibot.literal(made(schema.literal) as valibot.Literal);
    case 'picklist':
      return valibot.picklist(made(schema.options) as valibot.PicklistOptions);
    case 'optional':
      return valibot.optional(toValibot(made(schema.wrapped)));
    case 'nullable':
      return valibot.nullable(toValibot(made(schema.wrapped)));
    case 'array':
      return valibot.array(toValibot(made(schema.item)));
    case 'object':
      return notAList(valibot.object(Object.fromEntries(Object.entries(made(schema.entries)).map(([key, entry]) => [key, toValibot(entry)]))));
    case 'min_length':
      return valibot.minLength(made(schema.requirement) as number);
    case 'max_length':
      return valibot.maxLength(made(schema.requirement) as number);
    case 'min_value':
      return valibot.minValue(made(schema.requirement) as number);
    case 'max_value':
      return valibot.maxValue(made(schema.requirement) as number);
    case 'gt_value':
      return valibot.gtValue(made(schema.requirement) as number);
    case 'finite':
      return valibot.finite();
    case 'regex':
      return valibot.regex(made(schema.requirement) as RegExp, made(schema.message));
    case 'description':
      return valibot.description(made(schema.description));
    default:
      throw new Error(`scripts/valibot.ts does not know the ${schema.type} schema: add it here and to src/contract/lean/valibot.ts`);
  }
}

/**
 * Valibot's `object` takes a list as an object; the contract's lean `object` (and JSON Schema's
 * `"type": "object"`) do not. The same check in front of Valibot's, with the issue the lean
 * module reports: an `object` issue on the list itself.
 */
function notAList<S extends valibot.GenericSchema>(schema: S): S {
  return {
    ...schema,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return schema['~run'](dataset, config);
      const issue = { kind: 'schema', type: 'object', input: dataset.value, expected: 'Object', received: 'Array', message: 'Invalid type: Expected Object but received Array' } as valibot.BaseIssue<unknown>;
      return { ...dataset, typed: false, issues: [issue] };
    },
  };
}
