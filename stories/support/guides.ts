/** Guides for stories: the bundled sample and variations of it. */
import sample from '../../data/operations-engineer.json';
import type { Guide } from '../../src/contract/schema.js';

/** A fresh copy of the bundled Operations Engineer guide. */
export const sampleGuide = (): Guide => structuredClone(sample) as unknown as Guide;

/** The sample without one of its sections. */
export const guideWithout = (section: keyof Guide): Guide => {
  const guide = sampleGuide() as Record<string, unknown>;
  delete guide[section];
  return guide as Guide;
};

/** A guide whose salary has a typo a maintainer might make. */
export const invalidGuide = (): unknown => {
  const guide = sampleGuide() as unknown as { salary: { levels: { amount: unknown }[] } };
  guide.salary.levels[1]!.amount = '100k';
  return guide;
};
