/**
 * The studio's document: the editor's JSON text, every byte of it, and the value it parses to.
 * A document that does not parse keeps its text and has no value; the form then waits for the
 * JSON view to fix it. Edits never change a document: the form makes a new one from a new value,
 * the JSON view from new text, and the history of documents gives undo and redo. Pure: no DOM.
 */
import { parseJson, validateGuide, type GuideIssue } from '../contract/validate.js';

/** One state of the editor's guide. */
export interface StudioDocument {
  /** The JSON text, exactly as the editor brought or typed it, or as the form wrote it. */
  readonly text: string;
  /** Whether the text parses as JSON; `value` is meaningful only then. */
  readonly parsed: boolean;
  /** The parsed value: any JSON, not necessarily a guide (undefined when the text does not parse). */
  readonly value: unknown;
  /** What the contract's validator says of it: the same issues, paths and messages as the elements. */
  readonly issues: readonly GuideIssue[];
}

/** The document of `text`, as typed or opened: kept whole whether it parses or not. */
export function documentFromText(text: string): StudioDocument {
  const parsed = parseJson(text);
  if (!parsed.ok) return { text, parsed: false, value: undefined, issues: parsed.issues };
  return { text, parsed: true, value: parsed.value, issues: issuesOf(parsed.value) };
}

/**
 * The document of a value the form made, written as formatted JSON. The text is written when
 * first read, not at every keystroke: for a 2 MB guide it costs more than the rest of a
 * keystroke, and only the JSON view, the draft and the download read it.
 */
export function documentFromValue(value: unknown): StudioDocument {
  return new ValueDocument(value);
}

/** A document the form made: its value first, its text when asked for. */
class ValueDocument implements StudioDocument {
  readonly parsed = true;
  readonly issues: readonly GuideIssue[];
  #text: string | undefined;

  constructor(readonly value: unknown) {
    this.issues = issuesOf(value);
  }

  get text(): string {
    return (this.#text ??= `${JSON.stringify(this.value, null, 2)}\n`);
  }
}

/** A blank guide: only the version, which every document needs. */
export function blankDocument(): StudioDocument {
  return documentFromValue({ schemaVersion: 1 });
}

function issuesOf(value: unknown): readonly GuideIssue[] {
  const result = validateGuide(value);
  return result.ok ? [] : result.issues;
}

/** Undo and redo: the documents before and after the present one. */
export interface History {
  readonly past: readonly StudioDocument[];
  readonly present: StudioDocument;
  readonly future: readonly StudioDocument[];
  /**
   * What the last change was to (a field's path, or the JSON view), and when: a run of
   * keystrokes in one field is one step of undo, not one per character.
   */
  readonly lastChange?: { readonly key: string; readonly at: number } | undefined;
}

/** How many documents undo keeps: a long session must not grow without bound. */
export const MAX_UNDO = 100;
/** Keystrokes in one field closer together than this are one step of undo. */
export const TYPING_RUN_MS = 1000;

/** A history that starts at `document`. */
export function startHistory(document: StudioDocument): History {
  return { past: [], present: document, future: [] };
}

/**
 * `history` with `document` as the present. A change to the same field (`key`) as the last one,
 * within TYPING_RUN_MS, replaces the present instead of adding a step; pass no key for a change
 * that is always its own step (opening a document, adding or moving an item). Redo is gone.
 */
export function recordChange(history: History, document: StudioDocument, key?: string, now = Date.now()): History {
  if (sameDocument(document, history.present)) return history;
  const last = history.lastChange;
  const sameRun = key !== undefined && last?.key === key && now - last.at < TYPING_RUN_MS;
  const past = sameRun ? history.past : [...history.past, history.present].slice(-MAX_UNDO);
  return { past, present: document, future: [], lastChange: key === undefined ? undefined : { key, at: now } };
}

/**
 * Whether `next` says nothing new. A form edit carries a new value and is a change unless it is
 * the present's value itself (the form does not write a value that is already there): comparing
 * texts would write the text of a long guide at every keystroke.
 */
function sameDocument(next: StudioDocument, present: StudioDocument): boolean {
  if (next instanceof ValueDocument) return next.value === present.value;
  return next.text === present.text;
}

/** One step back, if there is one. */
export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** One step forward again, if there is one. */
export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future };
}
