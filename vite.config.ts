import { fileURLToPath } from 'node:url';
import { createFilter, defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { ELEMENTS } from './src/registry.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { stripDescriptions } from './scripts/strip-descriptions.js';
import leanModules from './src/chart/lean/modules.json' with { type: 'json' };

/**
 * The d3 modules that d3-scale imports, each replaced by its number-only stand-in
 * (src/chart/lean/) in every mode: the dev server, Storybook (which reads this file) and every
 * build, the npm package included. The test runner reads the same list.
 */
const leanAliases = Object.fromEntries(
  Object.entries(leanModules).map(([name, file]) => [name, fileURLToPath(new URL(`./${file}`, import.meta.url))]),
);

/**
 * One build config, two outputs:
 * - `vite build`: the npm package, one ES module per entry, with d3 and the stand-ins inside;
 *   only Lit is left to the user's bundler.
 * - `vite build --mode cdn`: `dist/cdn/career-widgets.js`, one self-contained module with every
 *   element, for a plain `<script type="module">`.
 * - `vite build --mode cdn-split`: `dist/cdn/autoload.js`, `embed.js` and `embed-host.js`, which
 *   load per-element chunks on demand (scripts/cdn-assets.mjs then adds the embed page and the
 *   bundled guides).
 * Every build writes source maps beside its modules, with the sources inside them
 * (`sourcesContent`), since src/ does not ship.
 * `vite` (npm start) serves the demo page, index.html.
 */
export default defineConfig(({ mode }) => ({
  server: { host: '127.0.0.1', port: 5173 },
  // d3-interpolate serves colors and strings, d3-format d3's own tick labels: our charts use
  // neither, so one set of small stand-ins runs everywhere (one runtime, not one per tool).
  resolve: { alias: leanAliases },
  // The contract's descriptions document the JSON Schema; browsers never show them. Vite
  // minifies the JavaScript but not the CSS inside css`` templates.
  plugins: [sourceSideEffects(), stripDescriptions(), minifyCssLiterals()],
  build: buildOptions(mode),
}));

/**
 * Which of our sources have side effects, for the builds' tree-shaking: the index and the modules
 * one folder down (each element's class file runs `customElements.define`, and the registry,
 * styles and words modules register what they hold); nothing deeper (src/chart/lean/,
 * src/contract/lean/), so unused parts of those drop out. package.json's `sideEffects` speaks for
 * what ships, dist/, and src/ does not ship: Vite would read it for our sources too and mark
 * every one of them side-effect free, dropping the element definitions.
 */
function sourceSideEffects(): Plugin {
  const src = fileURLToPath(new URL('./src/', import.meta.url));
  const effectful = createFilter(['index.ts', '*/*.ts'], null, { resolve: src });
  return {
    name: 'career-widgets:source-side-effects',
    apply: 'build',
    transform: {
      order: 'post',
      handler(_code, id) {
        if (!id.startsWith(src)) return null;
        return { moduleSideEffects: effectful(id) };
      },
    },
  };
}

/** The build for each mode: the npm package, the drop-in bundle, or the on-demand CDN files. */
function buildOptions(mode: string): BuildEnvironmentOptions {
  // Library mode keeps whitespace even with minify: true; the CDN builds minify the output itself.
  const minified = { minify: true, comments: false } as const;
  if (mode === 'cdn') {
    return {
      outDir: 'dist/cdn',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: 'src/cdn/career-widgets.ts', formats: ['es'], fileName: () => 'career-widgets.js' },
      // One file, as promised: the languages loaded on demand elsewhere are inlined here.
      rolldownOptions: { output: { ...minified, codeSplitting: false } },
    };
  }
  if (mode === 'cdn-split') {
    // The autoloader, the iframe embed and its host script: small entries that load each
    // element's chunk (dist/cdn/chunks/) only when a page uses it.
    return {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        // The studio is a page for editors, with its own entry (builder.html only redirects to it).
        entry: { autoload: 'src/cdn/autoload.ts', embed: 'src/cdn/embed.ts', 'embed-host': 'src/cdn/embed-host.ts', studio: 'src/studio/studio.ts' },
        formats: ['es'],
      },
      rolldownOptions: { output: { ...minified, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    };
  }
  return {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        // One npm entry per element: `career-widgets/<name>` defines `<career-<name>>`.
        ...Object.fromEntries(ELEMENTS.map((element) => [element.name, element.module])),
        contract: 'src/contract/index.ts',
        // Server rendering, for Node: `career-widgets/ssr`.
        ssr: 'src/ssr/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Lit is left to the user's bundler, to share with their other elements. d3 is bundled:
      // left external, an app would resolve d3-scale's own imports to the full d3-interpolate
      // and d3-format, and run other code than the CDN build does.
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
      // Shared code lands in dist/chunks/, which package.json lists as side-effectful because
      // element definitions live there.
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  };
}
