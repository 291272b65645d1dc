/**
 * Which sections each element shows, written out for the tests (the elements declare theirs in
 * their own files; test/conformance.test.ts checks the two agree). An element validates the
 * document's header and these sections only, so it behaves as if the document held nothing else.
 */
import type { Guide } from '../../src/contract/schema.js';

/** The header every element reads, whatever it shows. */
export const HEADER = ['$schema', 'schemaVersion', 'id', 'lang'] as const;

/** The sections each chart element shows, by element name (`career-<name>`); `<career-guide>` shows them all. */
export const CHART_SECTIONS: Readonly<Record<string, readonly (keyof Guide)[]>> = {
  salary: ['salary'],
  tiers: ['tiers', 'salary'],
  skills: ['skillMap'],
  demand: ['demand', 'outlook', 'facts'],
  facts: ['title', 'facts', 'outlook', 'salary'],
  day: ['day'],
  balance: ['workLife'],
};

/** Whether element `name` shows section `key`. */
export function shows(name: string, key: keyof Guide): boolean {
  return name === 'guide' || CHART_SECTIONS[name]!.includes(key);
}

/** `document` as element `name` reads it: the header and the element's sections, nothing else. */
export function readBy(name: string, document: unknown): unknown {
  if (name === 'guide' || typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const kept = new Set<string>([...HEADER, ...CHART_SECTIONS[name]!]);
  return Object.fromEntries(Object.entries(document).filter(([key]) => kept.has(key)));
}
