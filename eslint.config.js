/**
 * ESLint for the whole project (`npm run lint`, the first step of `npm test`): the elements,
 * tests, stories, build scripts and tool configs. TypeScript files are linted with type
 * information, from the tsconfig nearest to each file.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated or built output, and test fixtures that are deliberately odd pages.
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'bench-results/', 'tmp/', 'test/fixtures/', 'examples/eleventy/_site/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter or binding kept for its position, as tsc's noUnusedParameters reads it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types chai's equal as returning a Promise (only its .dom.equal
        // is async, and no test uses it), so every `expect(…).to.equal(…)` would count.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      // Passing on an abort reason or a caught error as it came, as only-throw-error allows for throw.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // Augmenting React's JSX namespace (src/jsx.ts) can only be written as a namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // Off: Lit calls a listener bound in a template (`@click=${this.onClick}`) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Off in tests: chai asserts through property getters (`expect(x).to.exist`).
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, test-server middleware, bin, configs) is in no tsconfig,
    // so it gets the rules that need no types, and Node's globals.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Bench pages' scripts, and the functions that the bench and screenshot scripts hand to
    // page.evaluate, run in the browser.
    files: ['scripts/bench/*.js', 'scripts/bench.mjs', 'scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
