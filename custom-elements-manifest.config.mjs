import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** @custom-elements-manifest/analyzer: the API of every element, from the sources' JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.layout.ts', 'src/**/*.styles.ts', 'src/**/*.reserved.ts', 'src/contract/**', 'src/chart/**', 'src/i18n/**', 'src/styles/**', 'src/element/axis.ts', 'src/element/keyboard.ts', 'src/element/locale.ts', 'src/element/resize-controller.ts', 'src/element/define.ts', 'src/element/cssom-style.ts', 'src/element/figure.ts', 'src/element/marks-controller.ts', 'src/cdn/**', 'src/studio/**', 'src/jsx.ts'],
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
              const type = `Career${name[0].toUpperCase()}${name.slice(1)}Event`;
              // Named by its source here; `shipped-paths` points it at the JavaScript that ships.
              event.type = { text: type, references: [{ name: type, module: 'src/element/events.ts', start: 0, end: type.length }] };
            }
          }
        }
      },
    },
    {
      // `data` is typed `unknown` in TypeScript, since the element takes any value and validates
      // it (see GuideElement); what a page should hand it is a guide, or its JSON text, and that
      // is what the manifest, like the JSX types, says. The guide's type is linked wherever it
      // is named.
      name: 'guide-type',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const member of declaration.members ?? []) {
              if (member.kind === 'field' && member.name === 'data') member.type = { text: 'Guide | string | undefined' };
              const text = member.type?.text ?? '';
              const references = [...text.matchAll(/\bGuide\b/g)].map((match) => ({ name: 'Guide', module: 'src/contract/schema.ts', start: match.index, end: match.index + 5 }));
              if (references.length) member.type.references = references;
            }
          }
        }
      },
    },
    {
      // Paths name the JavaScript that ships, not src/, which does not.
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        shipPaths(customElementsManifest);
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

/**
 * The source module of each entry of the package, with the JavaScript that ships for it, from
 * package.json's `exports`: an entry's types mirror src/ (`dist/types/salary/salary.d.ts` is
 * `src/salary/salary.ts`), and its `default` is the file that ships (`dist/salary.js`).
 */
const ENTRIES = new Map(
  Object.values(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).exports)
    .filter((target) => typeof target === 'object' && target.types && target.default)
    .map((target) => [target.types.replace(/^\.\/dist\/types\/(.*)\.d\.ts$/, 'src/$1.ts'), target.default.replace(/^\.\//, '')]),
);

/**
 * Rewrites the manifest from the sources the analyzer read to the modules npm users import.
 * Each entry (an element's `dist/salary.js`, the index `dist/index.js`, `dist/ssr.js`) becomes
 * a module with the declarations of its source. Everything else in src/ is bundled into
 * chunks that no one imports by name: a declaration of it that an entry re-exports (the base
 * class, the event classes, `configureWidgets`…) is declared in that entry instead, its own
 * entry first and else the first in `exports` (the index), and the rest, the elements' inner
 * workings, leaves the manifest. Every reference (exports, superclasses, `inheritedFrom`, type
 * references) then names an entry, a package, or `global:` for a built-in such as `Error`.
 */
function shipPaths(manifest) {
  // Inherited members share objects with their base class's; a copy through JSON (structuredClone
  // would keep them shared) lets each be rewritten once.
  const modules = new Map(JSON.parse(JSON.stringify(manifest.modules)).map((module) => [module.path, module]));
  /** The source module a specifier of `from` names: the analyzer writes them relative, rooted or plain, in .js or .ts. */
  const sourceOf = (specifier, from) => (specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : specifier.replace(/^\//, '')).replace(/\.js$/, '.ts');
  /** Where `name`, as `path` exports it, is declared: followed through re-exports. */
  const origin = (path, name) => {
    const module = modules.get(path);
    const reexport = module?.declarations?.some((declaration) => declaration.name === name) ? undefined : module?.exports?.find((item) => item.kind === 'js' && item.name === name);
    const from = reexport && sourceOf(reexport.declaration.module, path);
    return from && from !== path ? origin(from, reexport.declaration.name) : { path, name };
  };
  const key = ({ path, name }) => `${path}#${name}`;

  // Where each declaration ships: the entry that declares it, else the first that re-exports it.
  const homes = new Map();
  /** Modules that an entry re-exports whole (`export *`) without the analyzer having read them. */
  const wholeHomes = new Map();
  for (const [source, shipped] of ENTRIES) {
    for (const declaration of modules.get(source)?.declarations ?? []) homes.set(key({ path: source, name: declaration.name }), shipped);
  }
  for (const [source, shipped] of ENTRIES) {
    for (const item of modules.get(source)?.exports ?? []) {
      if (item.kind !== 'js') continue;
      const from = sourceOf(item.declaration.module, source);
      const names = item.name === '*' ? (modules.get(from)?.exports ?? []).filter((inner) => inner.kind === 'js').map((inner) => origin(from, inner.name)) : [origin(from, item.declaration.name)];
      if (item.name === '*' && !modules.has(from) && !wholeHomes.has(from)) wholeHomes.set(from, shipped);
      for (const found of names) if (!homes.has(key(found))) homes.set(key(found), shipped);
    }
  }
  const home = (path, name) => {
    const found = origin(path, name);
    return homes.get(key(found)) ?? wholeHomes.get(found.path);
  };

  /** `reference` (module and name) pointed at the entry that ships it; throws when none does, so that a new case is seen. */
  const ship = (reference, from, superclass = false) => {
    if (reference.package || !reference.module) return reference;
    const path = sourceOf(reference.module, from);
    const shipped = home(path, reference.name);
    if (shipped) return { ...reference, module: shipped };
    // The analyzer names a built-in base class (Error, CustomEvent) as if declared in the module that extends it.
    const known = modules.get(path);
    if (superclass && known && !known.declarations?.some((declaration) => declaration.name === reference.name) && !known.exports?.some((item) => item.name === reference.name)) {
      return { name: reference.name, package: 'global:' };
    }
    throw new Error(`${from}: ${reference.name} from ${reference.module} is in no entry of package.json's exports`);
  };
  /** Every reference inside a declaration, pointed at what ships. */
  const shipDeclaration = (declaration, from) => {
    if (declaration.superclass) declaration.superclass = ship(declaration.superclass, from, true);
    for (const list of [declaration.members, declaration.attributes, declaration.events]) {
      for (const item of list ?? []) {
        if (item.inheritedFrom) item.inheritedFrom = ship(item.inheritedFrom, from);
        for (const type of [item.type, item.return?.type, ...(item.parameters ?? []).map((parameter) => parameter.type)]) {
          if (type?.references) type.references = type.references.map((reference) => ship(reference, from));
        }
      }
    }
    return declaration;
  };

  const shipped = new Map();
  for (const [source, path] of ENTRIES) {
    const module = modules.get(source);
    if (!module) continue;
    const exports = (module.exports ?? []).flatMap((item) => {
      const from = sourceOf(item.declaration.module, source);
      if (item.name !== '*') return [{ ...item, declaration: ship(item.declaration, source) }];
      // `export *` of a module that ships inside this one: its names, one by one. Of a module
      // the manifest leaves out (the contract), nothing: no file of the package is that module.
      return (modules.get(from)?.exports ?? []).filter((inner) => inner.kind === 'js').map((inner) => ({ kind: 'js', name: inner.name, declaration: ship(inner.declaration, from) }));
    });
    shipped.set(path, { ...module, path, declarations: (module.declarations ?? []).map((declaration) => shipDeclaration(declaration, source)), exports });
  }
  // Sorted, so that declarations moved into an entry come in the same order every run.
  for (const module of [...modules.values()].filter((module) => !ENTRIES.has(module.path)).sort((a, b) => (a.path < b.path ? -1 : 1))) {
    for (const declaration of module.declarations ?? []) {
      const target = shipped.get(home(module.path, declaration.name));
      if (target && !target.declarations.some((existing) => existing.name === declaration.name)) target.declarations.push(shipDeclaration(declaration, module.path));
    }
  }
  manifest.modules = [...shipped.values()];
}
