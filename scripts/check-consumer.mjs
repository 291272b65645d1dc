/**
 * The package as an npm user's project meets it (after `npm run build`): `npm pack`, then a fresh
 * project outside the repository (test/fixtures/consumer) installs the tarball with the
 * `typescript`, `vite`, `@types/node` and `@types/react` this repository locks; its own tsc
 * type-checks it under `moduleResolution: bundler` and under `nodenext` (skipLibCheck off, so the
 * shipped .d.ts files are checked too), and its own Vite builds its index.html, whose output
 * must register <career-salary>. Any failure exits 1.
 *
 * The consumer's lock is cut from this repository's, so the install needs nothing that
 * `npm ci` has not already put in npm's cache (it goes to the registry only for what is missing).
 *
 *   npm run check-consumer              # the summary; tool output only on failure
 *   npm run check-consumer -- --keep    # also keep the consumer project, and say where it is
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIXTURE = 'test/fixtures/consumer';
/** What a consumer installs beside the package: a TypeScript project built by Vite, with React's JSX types. */
const TOOLS = ['typescript', 'vite', '@types/node', '@types/react'];
const keep = process.argv.includes('--keep');

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'career-widgets-consumer-'));
const results = [];
const started = performance.now();

/** Runs one step, timed; its output is printed only when it fails. */
async function step(name, command, args, check = () => undefined) {
  const start = performance.now();
  // Listed in the order the steps start, whichever ends first.
  const result = { ok: false, name, seconds: 0 };
  results.push(result);
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root, maxBuffer: 50_000_000, env: { ...process.env, NO_COLOR: '1' } });
    const problem = check(stdout);
    if (problem) throw Object.assign(new Error(problem), { stdout, stderr });
    result.ok = true;
  } catch (error) {
    console.log(`✗ ${name}\n${[error.stdout, error.stderr, error.message].filter(Boolean).join('\n').trim()}\n`);
  }
  result.seconds = (performance.now() - start) / 1000;
}

/**
 * The lock's entries that a project depending on `wanted` needs, at the same paths, found as Node
 * finds a package: in the nested node_modules of the one that needs it, then upwards. Optional
 * peers and optional dependencies missing from the lock are left out.
 */
function lockedTree(wanted) {
  const packages = {};
  const visit = (from, name, optional) => {
    const segments = from === '' ? [] : from.slice('node_modules/'.length).split('/node_modules/');
    for (let depth = segments.length; depth >= 0; depth -= 1) {
      const path = `node_modules/${[...segments.slice(0, depth), name].join('/node_modules/')}`;
      const entry = lock.packages[path];
      if (!entry) continue;
      if (packages[path]) return;
      const { dev: _dev, devOptional, peer: _peer, ...kept } = entry;
      packages[path] = devOptional ? { ...kept, optional: true } : kept;
      const optionalPeers = Object.keys(entry.peerDependenciesMeta ?? {}).filter((peer) => entry.peerDependenciesMeta[peer].optional);
      for (const dependency of Object.keys({ ...entry.dependencies, ...entry.peerDependencies })) {
        if (!optionalPeers.includes(dependency)) visit(path, dependency, false);
      }
      for (const dependency of Object.keys(entry.optionalDependencies ?? {})) visit(path, dependency, true);
      return;
    }
    if (!optional) throw new Error(`package-lock.json has no ${name} for ${from || 'the project'}`);
  };
  for (const name of wanted) visit('', name, false);
  return packages;
}

try {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--offline', '--pack-destination', root], { maxBuffer: 50_000_000 });
  const [packed] = JSON.parse(stdout);
  const tarball = readFileSync(join(root, packed.filename));
  console.log(`packed ${packed.filename} (${packed.size} B) into a consumer project at ${root}`);

  cpSync(FIXTURE, root, { recursive: true });
  const versions = Object.fromEntries(TOOLS.map((name) => [name, lock.packages[`node_modules/${name}`].version]));
  const dependencies = { 'career-widgets': `file:${packed.filename}` };
  const project = { name: 'career-widgets-consumer', private: true, type: 'module', dependencies, devDependencies: versions };
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
  const tree = lockedTree([...Object.keys(manifest.dependencies), ...TOOLS]);
  const { devDependencies: _dev, scripts: _scripts, files: _files, exports: _exports, allowScripts: _allow, ...own } = manifest;
  tree['node_modules/career-widgets'] = {
    version: manifest.version,
    resolved: `file:${packed.filename}`,
    integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
    license: own.license,
    dependencies: own.dependencies,
    bin: own.bin,
    engines: own.engines,
    peerDependencies: own.peerDependencies,
    peerDependenciesMeta: own.peerDependenciesMeta,
  };
  const consumerLock = { name: project.name, lockfileVersion: 3, requires: true, packages: { '': { name: project.name, dependencies, devDependencies: versions }, ...tree } };
  writeFileSync(join(root, 'package-lock.json'), `${JSON.stringify(consumerLock, null, 2)}\n`);

  await step(`npm ci: the tarball, ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}`, 'npm', [
    'ci',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--loglevel=error',
  ]);
  const installed = results.at(-1).ok;
  if (installed) {
    const tsc = ['node_modules/typescript/bin/tsc', '--pretty', 'false'];
    const nodenext = ['--module', 'nodenext', '--moduleResolution', 'nodenext'];
    // Two at a time: each is one thread, mostly waiting on the type checker.
    await Promise.all([
      step('tsc, bundler: index, salary, tiers, contract, ssr types, drop-in, jsx', 'node', [...tsc, '-p', 'tsconfig.json']),
      step('tsc, bundler: a Node server without DOM (ssr, contract)', 'node', [...tsc, '-p', 'tsconfig.server.json']),
    ]);
    await Promise.all([
      step('tsc, nodenext: the same browser files', 'node', [...tsc, '-p', 'tsconfig.json', ...nodenext]),
      step('tsc, nodenext: the same Node server', 'node', [...tsc, '-p', 'tsconfig.server.json', ...nodenext]),
    ]);
    await step('vite build of index.html: <career-salary> registered', 'node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], () => {
      const assets = join(root, 'dist', 'assets');
      const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
      const code = scripts.map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
      const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
      if (!/<career-salary\b/.test(html)) return 'dist/index.html lost <career-salary>';
      if (!scripts.some((file) => html.includes(`/assets/${file}`))) return 'dist/index.html loads none of the built scripts';
      // The element's decorator, called with its tag, defines it when the module runs; the app
      // names no tag itself, so a call with the tag (in any quotes) can only be that one.
      const registers = (tag) => new RegExp(`[\\w$]\\(\\s*[\`'"]${tag}[\`'"]\\s*\\)`).test(code);
      if (!/customElements\.define\(/.test(code) || !registers('career-salary')) return 'the built script does not define <career-salary>';
      // One element's entry brings that element alone.
      if (registers('career-tiers')) return 'the built script defines <career-tiers> too: career-widgets/salary is more than one element';
      return undefined;
    });
  }
} catch (error) {
  results.push({ ok: false, name: 'setting up the consumer project', seconds: 0 });
  console.log(`✗ ${error.stack ?? error}`);
} finally {
  if (keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

for (const { ok, name, seconds } of results) console.log(`${ok ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`consumer check: ${results.length - failed} of ${results.length} steps passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed > 0) process.exit(1);
