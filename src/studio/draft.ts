/**
 * The draft: the document's text kept in the browser's storage as the editor types, so that a
 * reload or a crash loses nothing. Storage may be full or refused (private modes, blocked
 * cookies, a sandboxed frame); each call then says so in a sentence for the editor, and editing
 * goes on without it.
 */

/** The storage key; a prefix of the library's own, so other pages' keys are left alone. */
export const DRAFT_KEY = 'career-widgets:studio:draft';

/** A draft as stored. */
export interface Draft {
  readonly text: string;
  /** When it was saved, as an ISO 8601 timestamp. */
  readonly savedAt: string;
}

/** What storing or reading a draft came to. */
export type DraftOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const UNAVAILABLE =
  'This browser does not let the studio keep a draft (storage is turned off, as in some private windows). ' +
  'Editing works, but a reload loses your changes: download the guide to keep them.';
const FULL = 'The browser’s storage is full, so the latest changes are not kept as a draft. Download the guide to keep them.';

/** localStorage, or why not: merely reading the property throws where storage is blocked. */
function storage(): DraftOutcome<Storage> {
  try {
    const found = globalThis.localStorage;
    return found ? { ok: true, value: found } : { ok: false, problem: UNAVAILABLE };
  } catch {
    return { ok: false, problem: UNAVAILABLE };
  }
}

/** The saved draft, `undefined` when there is none. */
export function readDraft(): DraftOutcome<Draft | undefined> {
  const store = storage();
  if (!store.ok) return store;
  try {
    const raw = store.value.getItem(DRAFT_KEY);
    if (raw === null) return { ok: true, value: undefined };
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.text !== 'string') return { ok: true, value: undefined };
    return { ok: true, value: { text: draft.text, savedAt: typeof draft.savedAt === 'string' ? draft.savedAt : '' } };
  } catch {
    return { ok: false, problem: UNAVAILABLE };
  }
}

/** Keeps `text` as the draft. */
export function saveDraft(text: string, now = new Date()): DraftOutcome<Draft> {
  const store = storage();
  if (!store.ok) return store;
  const draft: Draft = { text, savedAt: now.toISOString() };
  try {
    store.value.setItem(DRAFT_KEY, JSON.stringify(draft));
    return { ok: true, value: draft };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return { ok: false, problem: full ? FULL : UNAVAILABLE };
  }
}
