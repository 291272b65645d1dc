/** @custom-elements-manifest/analyzer: the API of every element, from the sources' JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.layout.ts', 'src/**/*.styles.ts', 'src/**/*.reserved.ts', 'src/contract/**', 'src/chart/**', 'src/i18n/**', 'src/styles/**', 'src/element/axis.ts', 'src/element/keyboard.ts', 'src/element/locale.ts', 'src/element/resize-controller.ts', 'src/element/define.ts', 'src/element/cssom-style.ts', 'src/element/figure.ts', 'src/element/marks-controller.ts', 'src/cdn/**', 'src/jsx.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The manifest is the public API: members a page cannot use (private, protected, `#x`)
      // are the elements' inner workings, and made up most of the file.
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public').filter((member) => !member.name.startsWith('#'));
          }
        }
      },
    },
    {
      // Each event with the class a listener gets: `career-load` is a CareerLoadEvent
      // (src/element/events.ts), named from the tag as those classes are.
      name: 'event-types',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const event of declaration.events ?? []) {
              if (event.type || !/^career-[a-z]+$/.test(event.name)) continue;
              const name = event.name.replace(/^career-/, '');
              event.type = { text: `Career${name[0].toUpperCase()}${name.slice(1)}Event` };
            }
          }
        }
      },
    },
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
