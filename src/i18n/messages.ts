/**
 * Picks the elements' own words for a locale. English ships with every element, each element
 * bringing its own part of it (`useEnglish`); the other languages are separate modules loaded
 * the first time a page asks for them, so that a page in English does not download German,
 * Spanish and French. (The one-file drop-in bundle inlines them all: it promises to be
 * self-contained.)
 */
import { enCommon, type Messages } from './en.js';

/** The languages besides English, by ISO 639-1 code, each loaded on first use. */
const loaders: Record<string, () => Promise<Messages>> = {
  de: () => import('./de.js').then((module) => module.de),
  es: () => import('./es.js').then((module) => module.es),
  fr: () => import('./fr.js').then((module) => module.fr),
};

/** Every language the elements speak. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders)];

/**
 * English as far as the elements on the page need it: the shared words, and each section an
 * element module adds when it loads. A bundle with `<career-salary>` alone then carries none of
 * the other elements' words.
 */
const en = { ...enCommon } as Messages;

/** Words of one element, by its section of `Messages`. */
type Section = Exclude<keyof Messages, keyof typeof enCommon>;

/** Adds an element's English words; called by each element module for the sections it reads. */
export function useEnglish<S extends Section>(section: S, words: Messages[S]): void {
  (en as Record<Section, unknown>)[section] = words;
}

const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/** The language subtag of a BCP 47 locale, lower case: `de` for `de-AT`. */
function languageOf(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? 'en';
}

/**
 * The messages for `locale`'s language if they are at hand (English always is; a language we
 * do not speak gets English), else `undefined` until `loadMessages` has fetched them.
 */
export function loadedMessages(locale: string): Messages | undefined {
  const language = languageOf(locale);
  return loaded.get(language) ?? (language in loaders ? undefined : en);
}

/**
 * Loads the messages for `locale`'s language, once per page however many elements ask. A
 * language whose module cannot be loaded (a file missing from a server, say) falls back to
 * English rather than leaving the elements without words.
 */
export function loadMessages(locale: string): Promise<Messages> {
  const language = languageOf(locale);
  const ready = loadedMessages(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]!()
      .catch(() => en)
      .then((messages) => {
        loaded.set(language, messages);
        loading.delete(language);
        return messages;
      });
    loading.set(language, pending);
  }
  return pending;
}

export type { Messages };
