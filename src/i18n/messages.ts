/** Picks the elements' own words for a locale. */
import { en, type Messages } from './en.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** Every language the elements speak, by ISO 639-1 code. */
const catalogue: Record<string, Messages> = { en, de, es, fr };

/** The messages for `locale`'s language, else English. */
export function messagesFor(locale: string): Messages {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return catalogue[language] ?? en;
}

export type { Messages };
