/** Guides for tests: the bundled sample, and small variations of it. */
import sample from '../../data/operations-engineer.json';
import type { Guide } from '../../src/contract/schema.js';

/** A fresh deep copy of the bundled Operations Engineer guide, safe to change. */
export function sampleGuide(): Guide & Record<string, unknown> {
  return structuredClone(sample) as unknown as Guide & Record<string, unknown>;
}

/** The sample with only its salary section. */
export function salaryOnlyGuide(): Guide {
  const { salary } = sampleGuide();
  return { schemaVersion: 1, salary };
}

/** The URL of the bundled guide on the test server. */
export const SAMPLE_URL = '/data/operations-engineer.json';
