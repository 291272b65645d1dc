/**
 * The studio's form, read from the published JSON Schema (data/career-guide.schema.json, which
 * `npm run schema` writes from the contract's one definition, src/contract/schema.ts). Each
 * schema node becomes one kind of field; labels come from the property names and help from the
 * descriptions, so a field added to the contract appears in the studio with no studio code.
 * And the edits: reading and writing a value at a path, immutably. Pure: no DOM, no Lit.
 */

import { HTTP_URL, TIME_OF_DAY } from '../contract/schema.js';

/** The subset of JSON Schema (draft 2020-12) that the contract's generator writes. */
export interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
}

/** A key in a document: a property name, or a list index. */
export type PathKey = string | number;
/** Where a value sits in the document, from the root. */
export type Path = readonly PathKey[];

/**
 * What a field is, for the form:
 * - `group`: an object, a fieldset of its properties;
 * - `list`: an array, its items in order, each removable and movable;
 * - `text` and `long-text`: a string, one line or a paragraph;
 * - `time` and `url`: a string of the contract's time-of-day or web-address pattern, with the
 *   browser's control for it (a time picker; a URL keyboard);
 * - `number`: a number, written in the editor's locale;
 * - `choice`: one of a few strings, a select;
 * - `yes-no`: a boolean, a select (the contract's booleans are optional: "not stated" is a third answer);
 * - `fixed`: a constant the editor cannot change (`schemaVersion`, a percentage's unit);
 * - `unknown`: a shape the studio does not know yet; it is edited in the JSON view.
 */
export type FieldKind = 'group' | 'list' | 'text' | 'long-text' | 'time' | 'url' | 'number' | 'choice' | 'yes-no' | 'fixed' | 'unknown';

/** A schema node, read for the form. */
export interface FieldModel {
  readonly kind: FieldKind;
  /** The node that gives the field its shape (the non-null one of a nullable pair). */
  readonly node: SchemaNode;
  /** Whether `null` is a value of its own, as for an open-ended range ("8 years and more"). */
  readonly nullable: boolean;
}

/** Strings that may be longer than a label get a text area: a paragraph or a list entry (see LIMITS in the contract). */
const ONE_LINE_MAX = 200;

/** How the form shows `node`. */
export function fieldModel(node: SchemaNode): FieldModel {
  if (node.anyOf) {
    const others = node.anyOf.filter((member) => member.type !== 'null');
    if (others.length === 1 && others.length < node.anyOf.length) {
      const inner = fieldModel({ ...others[0], description: node.description ?? others[0]!.description });
      return { ...inner, nullable: true };
    }
    return { kind: 'unknown', node, nullable: false };
  }
  const kind = ((): FieldKind => {
    if ('const' in node) return 'fixed';
    if (node.enum) return 'choice';
    switch (node.type) {
      case 'object':
        return 'group';
      case 'array':
        return 'list';
      case 'string':
        if (node.pattern === TIME_OF_DAY.source) return 'time';
        if (node.pattern === HTTP_URL.source) return 'url';
        return node.maxLength !== undefined && node.maxLength > ONE_LINE_MAX ? 'long-text' : 'text';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'yes-no';
      default:
        return 'unknown';
    }
  })();
  return { kind, node, nullable: false };
}

/** Words a label writes in capitals. */
const ACRONYMS: Readonly<Record<string, string>> = { id: 'ID', url: 'URL', faq: 'FAQ' };

/**
 * A property's label from its name: `medianSalary` → "Median salary", `asOf` → "As of",
 * `p90` → "P90". The contract names its properties in plain English camelCase; the description
 * beside the field says the rest.
 */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/^\$/, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => ACRONYMS[word.toLowerCase()] ?? word.toLowerCase());
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The element id of the field at `path`: a path made of name characters only, so that it works
 * in a URL fragment and in `getElementById` alike. `salary.levels[1].amount` → `field-salary.levels-1.amount`.
 */
export function fieldId(path: Path): string {
  return `field-${path.map((key) => (typeof key === 'number' ? `-${key}` : `.${key.replace(/[^\w$]/g, '_')}`)).join('')}`;
}

/** The path one step up from `text` (`salary.levels[1]` from `salary.levels[1].amount`), or undefined at the root. */
export function parentPathText(text: string): string | undefined {
  if (text === '') return undefined;
  const shorter = text.replace(/(\[\d+\]|\.?[^.[]+)$/, '');
  return shorter === text ? '' : shorter;
}

/** The keys of a path as issues spell it: `salary.levels[1].amount` → salary, levels, 1, amount. */
export function pathKeys(text: string): Path {
  const keys: PathKey[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return keys;
}

/** The value at `path` in `root`, or undefined where there is none. */
export function valueAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    if (Array.isArray(here) !== (typeof key === 'number')) return undefined;
    here = (here as Record<PathKey, unknown>)[key];
  }
  return here;
}

/**
 * A copy of `root` with `value` at `path`, sharing every branch it does not change; `undefined`
 * removes a property (an emptied field means "not given") and is written as is into a list.
 * Objects are made on the way where none is. Given the `schema` of `root`, a property that is
 * not there yet goes where the schema orders it, so that clearing a field and typing it again
 * leaves the document's text as it was.
 */
export function withValueAt(root: unknown, path: Path, value: unknown, schema?: SchemaNode): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [PathKey, ...PathKey[]];
  const shape = schema ? fieldModel(schema).node : undefined;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[key] = withValueAt(list[key], rest, value, shape?.items);
    return list;
  }
  const object: Record<string, unknown> = typeof root === 'object' && root !== null && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  const next = withValueAt(object[key], rest, value, shape?.properties?.[key]);
  if (next === undefined) {
    delete object[key];
    return object;
  }
  if (key in object || !shape?.properties) {
    object[key] = next;
    return object;
  }
  // A new property: before the first one present that the schema lists after it.
  const order = Object.keys(shape.properties);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : Infinity);
  const entries = Object.entries(object);
  const at = entries.findIndex(([name]) => rank(name) > rank(key));
  entries.splice(at < 0 ? entries.length : at, 0, [key, next]);
  return Object.fromEntries(entries);
}

/**
 * What a new field of `node` starts as: an object with its required constants (a percentage
 * gets its unit), an empty list, an empty string; a number or a choice starts unset. The
 * validator then says what is still missing.
 */
export function emptyValue(node: SchemaNode): unknown {
  const { kind, node: shape } = fieldModel(node);
  switch (kind) {
    case 'group': {
      const object: Record<string, unknown> = {};
      for (const key of shape.required ?? []) {
        const property = shape.properties?.[key];
        if (property && 'const' in property) object[key] = property.const;
      }
      return object;
    }
    case 'list':
      return [];
    case 'text':
    case 'long-text':
      return '';
    case 'fixed':
      return shape.const;
    default:
      return undefined;
  }
}

/** A copy of `list` with the item at `from` moved to `to` (both within the list). */
export function movedItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** A copy of `list` without the item at `index`. */
export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}
