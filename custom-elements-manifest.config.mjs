/** @custom-elements-manifest/analyzer: the API of every element, from the sources' JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.layout.ts', 'src/**/*.styles.ts', 'src/contract/**', 'src/chart/**', 'src/i18n/**', 'src/styles/**', 'src/element/axis.ts', 'src/element/keyboard.ts', 'src/element/locale.ts', 'src/element/resize-controller.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
