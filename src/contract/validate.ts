/**
 * Turning untrusted input into a `Guide` or a bounded list of issues, each with a path, a code
 * and a message that says what was wrong and never echoes more than a few characters of input.
 */
import * as v from './lean/valibot.js';
import { GuideSchema, SCHEMA_VERSION, type Guide } from './schema.js';
import { checkConsistency } from './consistency.js';

/** What kind of problem an issue is. Stable: tools and tests may switch on it. */
export type GuideIssueCode =
  | 'invalid_json'
  /** More bytes than the size cap (`MAX_GUIDE_BYTES`). */
  | 'too_large'
  | 'invalid_type'
  | 'missing'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'too_long'
  | 'too_short'
  | 'unsupported_version'
  | 'inconsistent'
  | 'too_many_issues';

/** One problem in a guide document. */
export interface GuideIssue {
  /** Where: `salary.levels[1].amount`; empty for the document itself. */
  readonly path: string;
  /** What kind of problem. */
  readonly code: GuideIssueCode;
  /** What was wrong, in a sentence, without the path. */
  readonly message: string;
}

/** The outcome of validating a document: the guide, or why not. */
export type GuideResult =
  | { readonly ok: true; readonly guide: Guide }
  | { readonly ok: false; readonly issues: readonly GuideIssue[] };

/** At most this many issues are reported; one more says how many were left out. */
export const MAX_ISSUES = 20;
const MAX_ECHO = 40;

/** Validates a parsed JSON value against the contract: the whole guide. Never throws. */
export function validateGuide(input: unknown): GuideResult {
  return validateAgainst(input, GuideSchema, checkConsistency);
}

/** Parses JSON text and validates it: the whole guide. Never throws. */
export function parseGuide(text: string): GuideResult {
  const parsed = parseJson(text);
  return parsed.ok ? validateGuide(parsed.value) : parsed;
}

/**
 * Validates a parsed JSON value against `schema` (the whole guide's, or the header and a few
 * sections'), then runs `check`, the cross-field rules, on its valid output. Never throws.
 */
export function validateAgainst(input: unknown, schema: v.GenericSchema<Guide>, check: (guide: Guide) => GuideIssue[]): GuideResult {
  const version = versionIssue(input);
  if (version) return { ok: false, issues: [version] };
  const parsed = v.safeParse(schema, input);
  if (!parsed.success) {
    // The cross-field rules still run on the sections whose shape is valid, so that a writer
    // fixing the shape problems meets no second round of problems that were there all along.
    const shapeIssues = parsed.issues.map(toGuideIssue);
    return { ok: false, issues: bound(unique([...shapeIssues, ...check(soundSections(parsed.output, parsed.issues))])) };
  }
  const inconsistencies = check(parsed.output);
  if (inconsistencies.length > 0) return { ok: false, issues: bound(inconsistencies) };
  return { ok: true, guide: parsed.output };
}

/**
 * The top-level sections of a validated copy that no issue points into: each has the shape the
 * contract gives it, so the rules can read it. (A section with an issue is left out, and a rule
 * that also reads it, as the tiers' does the salary levels, checks without it.)
 */
function soundSections(output: unknown, issues: readonly v.BaseIssue[]): Guide {
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return {} as Guide;
  const broken = new Set(issues.map((issue) => issue.path?.[0]?.key));
  // A key missing on the document itself is reported on the root, with no path.
  if (issues.some((issue) => !issue.path?.length)) return {} as Guide;
  return Object.fromEntries(Object.entries(output).filter(([key]) => !broken.has(key))) as Guide;
}

/** Parses JSON text: the value, or the issue that says why it is not JSON. Never throws. */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly GuideIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // Engines put a snippet of the input in the message; keep it short.
    const detail = error instanceof Error ? clip(error.message, 120) : 'unreadable';
    return { ok: false, issues: [{ path: '', code: 'invalid_json', message: `not valid JSON (${detail})` }] };
  }
}

/** `path: message`, or the message alone for the document itself. */
export function formatIssue(issue: GuideIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A short, safe description of a value for a message: never the whole of a long string. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
    // JSON.stringify escapes control characters and lone surrogates; escape the invisible
    // formatting characters (bidi overrides, zero-width) too, so a message cannot be reordered.
    const quoted = JSON.stringify(shown).replace(
      /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    return value.length > MAX_ECHO ? `${quoted} (${value.length} characters)` : quoted;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function versionIssue(input: unknown): GuideIssue | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isFinite(version) && version > SCHEMA_VERSION) {
    return {
      path: 'schemaVersion',
      code: 'unsupported_version',
      message:
        `version ${describeValue(version)} is newer than this version of career-widgets reads ` +
        `(${SCHEMA_VERSION}); update career-widgets to show this guide`,
    };
  }
  return undefined;
}

function bound(issues: GuideIssue[]): GuideIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const left = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: '', code: 'too_many_issues', message: `and ${left} more issue${left === 1 ? '' : 's'}` },
  ];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A path as issues spell it, `salary.levels[1].amount`, from its keys (`salary`, `levels`, 1,
 * `amount`). The studio names its fields with it, so an issue finds its field by its path.
 */
export function pathText(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** `salary.levels[1].amount` from Valibot's path items. */
function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  return pathText((path ?? []).map((item) => item.key));
}

const TYPE_WORDS: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  null: 'null',
};

function expectedWords(expected: string | null): string {
  if (!expected) return 'something else';
  // Valibot writes unions as `(number | null)` and picklists as `"a" | "b"`.
  const parts = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  const words = parts.map((part) => TYPE_WORDS[part] ?? part);
  if (parts.length > 1 && parts.every((part) => part.startsWith('"'))) return `one of ${words.join(', ')}`;
  return words.join(' or ');
}

/** One issue per path and message: a list given for an object yields one issue, not one per key. */
function unique(issues: GuideIssue[]): GuideIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toGuideIssue(issue: v.BaseIssue): GuideIssue {
  // Valibot takes an array for an object and then misses every key; say what really happened.
  const last = issue.path?.[issue.path.length - 1];
  if (issue.type === 'object' && last && Array.isArray(last.input)) {
    return { path: formatPath(issue.path?.slice(0, -1)), code: 'invalid_type', message: `expected an object, got ${describeValue(last.input)}` };
  }
  const path = formatPath(issue.path);
  const got = describeValue(issue.input);
  const requirement = issue.requirement;
  const size = (input: unknown) =>
    typeof input === 'string' ? `${input.length} characters` : Array.isArray(input) ? `${input.length} items` : got;
  switch (issue.type) {
    case 'min_length':
      return requirement === 1
        ? { path, code: 'too_short', message: 'must not be empty' }
        : { path, code: 'too_short', message: `expected at least ${String(requirement)}, got ${size(issue.input)}` };
    case 'max_length':
      return { path, code: 'too_long', message: `expected at most ${String(requirement)} ${Array.isArray(issue.input) ? 'items' : 'characters'}, got ${size(issue.input)}` };
    case 'min_value':
      return { path, code: 'too_small', message: `expected at least ${String(requirement)}, got ${got}` };
    case 'gt_value':
      return { path, code: 'too_small', message: `expected more than ${String(requirement)}, got ${got}` };
    case 'max_value':
      return { path, code: 'too_big', message: `expected at most ${String(requirement)}, got ${got}` };
    case 'finite':
      return { path, code: 'invalid_value', message: `expected a finite number, got ${got}` };
    case 'regex':
      // Every regex in the schema carries a message of ours that names the expected format.
      return { path, code: 'invalid_format', message: `${issue.message}, got ${got}` };
    case 'literal':
    case 'picklist':
      if (issue.input === undefined) return { path, code: 'missing', message: `required, expected ${expectedWords(issue.expected)}` };
      return { path, code: 'invalid_value', message: `expected ${expectedWords(issue.expected)}, got ${got}` };
    case 'object':
      // Valibot reports a missing key on the object, with the key's name as "expected".
      if (issue.input === undefined) return { path, code: 'missing', message: 'required, but missing' };
      return { path, code: 'invalid_type', message: `expected an object, got ${got}` };
    default:
      if (issue.input === undefined) return { path, code: 'missing', message: `required, expected ${expectedWords(issue.expected)}` };
      return { path, code: 'invalid_type', message: `expected ${expectedWords(issue.expected)}, got ${got}` };
  }
}
