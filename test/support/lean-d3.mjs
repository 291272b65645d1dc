/**
 * A test-server plugin: d3's own imports of d3-interpolate and d3-format resolve to the
 * number-only stand-ins of src/chart/lean/, as in every Vite mode (vite.config.ts reads the same
 * list, src/chart/lean/modules.json). The tests then run the code the builds ship.
 *
 * Only imports made by d3's packages are redirected: test/lean.test.ts imports the real
 * d3-interpolate by name, to compare the stand-ins with it.
 */
import { readFileSync } from 'node:fs';

const LEAN = JSON.parse(readFileSync(new URL('../../src/chart/lean/modules.json', import.meta.url), 'utf8'));
const D3_FILE = /\/node_modules\/d3-[a-z]+\//;

/** The plugin, for web-test-runner.config.mjs. */
export function leanD3() {
  return {
    name: 'career-widgets:lean-d3',
    resolveImport({ source, context }) {
      if (Object.hasOwn(LEAN, source) && D3_FILE.test(context.path)) return `/${LEAN[source]}`;
      return undefined;
    },
  };
}
