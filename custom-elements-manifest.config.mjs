/** @custom-elements-manifest/analyzer: the API of every element, from the sources' JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.layout.ts', 'src/**/*.styles.ts', 'src/**/*.reserved.ts', 'src/contract/**', 'src/chart/**', 'src/i18n/**', 'src/styles/**', 'src/element/axis.ts', 'src/element/keyboard.ts', 'src/element/locale.ts', 'src/element/resize-controller.ts', 'src/element/define.ts', 'src/element/cssom-style.ts', 'src/element/figure.ts', 'src/element/marks-controller.ts', 'src/cdn/**', 'src/jsx.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer reads files concurrently and lists modules in the order they finish, which
      // varies from run to run; sorted, the manifest is the same bytes every time and the
      // freshness check cannot fail by chance.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
