/**
 * Which sections each element shows, as src/registry.js lists them (the elements declare theirs
 * in their own files; test/conformance.test.ts checks the two agree). An element validates the
 * document's header and these sections only, so it behaves as if the document held nothing else.
 */
import type { Guide } from '../../src/contract/schema.js';
import { CHARTS, ELEMENTS } from '../../src/registry.js';

/** The header every element reads, whatever it shows. */
export const HEADER = ['$schema', 'schemaVersion', 'id', 'lang'] as const;

/** The sections each chart element shows, by element name (`career-<name>`); `<career-guide>` shows them all. */
export const CHART_SECTIONS: Readonly<Record<string, readonly (keyof Guide)[]>> = Object.fromEntries(CHARTS.map((chart) => [chart.name, chart.sections]));

/** The sections element `name` shows, or 'all'. */
function sectionsOf(name: string): readonly (keyof Guide)[] | 'all' {
  const element = ELEMENTS.find((candidate) => candidate.name === name);
  if (!element) throw new Error(`no element named ${name} in src/registry.js`);
  return element.sections;
}

/** Whether element `name` shows section `key`. */
export function shows(name: string, key: keyof Guide): boolean {
  const sections = sectionsOf(name);
  return sections === 'all' || sections.includes(key);
}

/** `document` as element `name` reads it: the header and the element's sections, nothing else. */
export function readBy(name: string, document: unknown): unknown {
  const sections = sectionsOf(name);
  if (sections === 'all' || typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const kept = new Set<string>([...HEADER, ...sections]);
  return Object.fromEntries(Object.entries(document).filter(([key]) => kept.has(key)));
}
