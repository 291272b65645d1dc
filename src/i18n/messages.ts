/**
 * The elements' own words, by language. English ships with every element: each element hands
 * the English sections it reads to its WordsController, so a bundle with `<career-salary>` alone
 * carries none of the other elements' words, and reading a section the element did not bring is
 * a type error, not `undefined` at run time. The other languages are separate modules loaded the
 * first time a page asks for them, so that a page in English does not download German, Spanish
 * and French. (The one-file drop-in bundle inlines them all: it promises to be self-contained.)
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

/** The words every element uses: states, keyboard hint, table button. */
export type CommonWords = typeof enCommon;

/** The name of one element's words in `Messages`: `salary`, `tiers`… */
export type WordsSection = Exclude<keyof Messages, keyof CommonWords>;

/** What an element that reads sections `S` may read: the common words and those sections. */
export type Words<S extends WordsSection> = CommonWords & Pick<Messages, S>;

/** An element's English: its sections, as `en.ts` exports them. */
export type EnglishSections<S extends WordsSection> = Pick<Messages, S>;

const loaded = new Map<string, Messages>();
const loading = new Map<string, Promise<Messages>>();

/** The language subtag of a BCP 47 locale, lower case: `de` for `de-AT`. */
export function languageOf(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? 'en';
}

/**
 * The words for `locale`'s language if they are at hand: `english` for English and for a
 * language the elements do not speak, a loaded language's words, else `undefined` until
 * `loadMessages` has fetched them.
 */
export function wordsFor<S extends WordsSection>(locale: string, english: Words<S>): Words<S> | undefined {
  const language = languageOf(locale);
  if (!(language in loaders)) return english;
  return loaded.get(language);
}

/**
 * Loads the words for `locale`'s language, once per page however many elements ask. A
 * language whose module cannot be loaded (a file missing from a server, say) is marked as
 * not spoken, and its elements fall back to English rather than staying without words.
 */
export function loadMessages(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (!(language in loaders) || loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]!().then(
      (messages) => {
        loaded.set(language, messages);
        loading.delete(language);
        return messages;
      },
      () => {
        // Never asked again on this page: wordsFor now answers with English.
        delete loaders[language];
        loading.delete(language);
        return undefined as never;
      },
    );
    loading.set(language, pending);
  }
  return pending.then(() => undefined);
}

export type { Messages };
