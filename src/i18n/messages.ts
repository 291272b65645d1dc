/** Picks the elements' own words for a locale. */
import { en, type Messages } from './en.js';

const catalogue: Record<string, Messages> = { en };

/** The messages for `locale`'s language, else English. */
export function messagesFor(locale: string): Messages {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return catalogue[language] ?? en;
}

export type { Messages };
