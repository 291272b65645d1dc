/**
 * A test-server plugin that serves React's CommonJS modules (react, react-dom, scheduler) as ES
 * modules with their named exports, so test/react.test.ts can write
 * `import { createElement } from 'react'` as any React app does.
 *
 * Why not Rollup's CommonJS plugin through @web/dev-server-rollup: its proxy modules need
 * Rollup's module graph to know that a required file is CommonJS. Without it, react-dom's
 * `require("react")` got an ES namespace wrapper instead of React's exports, and react-dom
 * failed while loading (`Cannot read properties of undefined (reading 'S')`); the entry
 * modules had no named exports either.
 *
 * What this does instead, per file: every `require("…")` with a literal name becomes an
 * `import` (the test server resolves it like any other import), the file's text runs inside a
 * CommonJS function wrapper with `process.env.NODE_ENV` = "development", and the names the
 * file assigns to `exports` (directly, or through `module.exports = require('./…')`) are
 * exported by name. Only these three packages
 * are touched, and only their development builds are imported.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const PACKAGES = /^\/node_modules\/(react|react-dom|scheduler)\/.+\.js$/;
// The production and profiling builds sit in the branch that NODE_ENV=development never takes.
const OTHER_BUILD = /\.(production|profiling)(\.min)?\.js$/;
const REQUIRE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;
const ASSIGNED = /\bexports\.([A-Za-z_$][\w$]*)\s*=/g;
const REEXPORT = /\bmodule\.exports\s*=\s*require\(\s*(['"])(\.[^'"]+)\1\s*\)/g;

/**
 * The names a CommonJS file exports, read from its text (as Node's CommonJS lexer does): each
 * `exports.name =`, and through `module.exports = require('./…')` the names of that file.
 * (Running the file in the test runner's process would break its console.)
 */
function exportNames(file) {
  const source = readFileSync(file, 'utf8');
  const names = new Set([...source.matchAll(ASSIGNED)].map((match) => match[1]));
  for (const [, , target] of source.matchAll(REEXPORT)) {
    if (!OTHER_BUILD.test(target)) for (const name of exportNames(resolve(dirname(file), target))) names.add(name);
  }
  names.delete('default');
  return [...names];
}

export function reactEsm() {
  let rootDir = process.cwd();

  return {
    name: 'react-esm',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    transform(context) {
      if (!PACKAGES.test(context.path)) return undefined;
      const source = String(context.body);
      const specifiers = [...new Set([...source.matchAll(REQUIRE)].map((match) => match[2]))].filter((id) => !OTHER_BUILD.test(id));
      const imports = specifiers.map((id, i) => `import __cjs${i} from ${JSON.stringify(id)};`);
      const table = specifiers.map((id, i) => `${JSON.stringify(id)}: __cjs${i}`).join(', ');
      const named = exportNames(resolve(rootDir, `.${context.path}`));
      const body = [
        ...imports,
        `const __deps = { ${table} };`,
        `const module = { exports: {} };`,
        `(function (module, exports, require, process) {`,
        source,
        `\n}).call(module.exports, module, module.exports, (id) => {`,
        `  if (id in __deps) return __deps[id];`,
        `  throw new Error('react-esm: ' + id + ' was not imported for ' + ${JSON.stringify(context.path)});`,
        `}, { env: { NODE_ENV: 'development' } });`,
        `export default module.exports;`,
        ...named.map((name) => `export const ${name} = module.exports.${name};`),
      ];
      return { body: body.join('\n') };
    },
  };
}
