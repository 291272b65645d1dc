import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectedBrowsers } from './test/support/browsers.mjs';
import { faultServer } from './test/support/fault-server.mjs';
import { emulation } from './test/support/emulation.mjs';
import { accessibilityTree } from './test/support/accessibility.mjs';
import { leanD3 } from './test/support/lean-d3.mjs';
import { bundledApp } from './test/support/bundler.mjs';
import { cliRunner } from './test/support/cli.mjs';
import { crossOrigin } from './test/support/cors.mjs';
import { strictCsp } from './test/support/csp.mjs';
import { nodeHttpExample } from './test/support/node-http.mjs';
import { packageInfo } from './test/support/package-info.mjs';
import { printPdf } from './test/support/print.mjs';
import { reactEsm } from './test/support/react-esm.mjs';
import { ssrPages } from './test/support/ssr.mjs';
import { summaryLineReporter } from './test/support/summary-reporter.mjs';

/**
 * Tests that read what the build makes: dist/ from `npm run build` (the drop-in, the autoloader,
 * the embed and studio pages, builder.html that redirects to the studio, and the npm entries
 * that the CLI, the bundler app, the package test and the examples import), storybook-static/
 * from `npm run build-storybook`, or examples/eleventy/_site from `npm run build:eleventy`.
 * `npm test` builds them all first.
 */
const BUILT = ['autoload', 'bundle', 'bundler', 'cli', 'cors', 'csp', 'downloads-build', 'eleventy', 'embed', 'host-page', 'lean-valibot', 'node-http', 'package', 'ssr', 'ssr-a11y', 'ssr-hostile', 'storybook', 'studio', 'studio-publish'].map(
  (name) => `test/${name}.test.ts`,
);

// Watch mode (`npm run test:watch`) reruns tests as the sources change, and the build does not
// follow them: it leaves the tests of built output out, so it also works before any build.
// Files named on the command line (`--files`) replace this list, watched or not.
const watching = process.argv.includes('--watch');

/**
 * Element and pure tests alike run in Chromium, Firefox and WebKit (Debian's packages; `BROWSERS`
 * picks some of them, see test/support/browsers.mjs).
 */
export default {
  files: ['test/**/*.test.ts', ...(watching ? BUILT.map((file) => `!${file}`) : [])],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // reactEsm: React ships CommonJS only; test/react.test.ts renders the elements from it.
  // emulation: viewport and media commands for every engine (test/support/engine.ts).
  // accessibilityTree: Chromium's own accessibility tree (test/support/accessible-text.ts).
  // printPdf: the page printed to PDF and read back (test/print.test.ts).
  // leanD3: d3-scale runs on the stand-ins of src/chart/lean/, as in every build.
  plugins: [leanD3(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), reactEsm(), emulation(), accessibilityTree(), printPdf()],
  middleware: [strictCsp(), faultServer(), packageInfo(), cliRunner(), bundledApp(), ssrPages(), nodeHttpExample(), crossOrigin()],
  // Lit announces its development build once per file; everything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: selectedBrowsers(),
  // Two engines at a time, one page each: at two pages per engine, tests that wait on
  // requestAnimationFrame or ResizeObserver time out (background tabs stop rendering).
  concurrentBrowsers: 2,
  reporters: [defaultReporter(), summaryLineReporter()],
};
