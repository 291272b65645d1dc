/** Guides for tests: the bundled sample, and small variations of it. */
import type { Guide } from '../../src/contract/schema.js';

/** The URL of the bundled guide on the test server. */
export const SAMPLE_URL = '/data/operations-engineer.json';

// Fetched as the elements fetch it, not imported: the file on disk is what is tested.
const sample = (await (await fetch(SAMPLE_URL)).json()) as Guide & Record<string, unknown>;

/** A fresh deep copy of the bundled Operations Engineer guide, safe to change. */
export function sampleGuide(): Guide & Record<string, unknown> {
  return structuredClone(sample);
}

/** The sample with only its salary section. */
export function salaryOnlyGuide(): Guide {
  const { salary } = sampleGuide();
  return { schemaVersion: 1, salary };
}
