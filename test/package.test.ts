/**
 * The npm package as `npm pack` would publish it (after `npm run build`): what is in it, what is
 * not, and that every entry of its exports map imports and defines its element.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS as REGISTRY } from '../src/registry.js';
import { manifestPaths } from './support/manifest.js';
import { fetchJson } from './support/server.js';

interface Packed {
  files: string[];
  manifest: {
    exports: Record<string, string | { types: string; default?: string }>;
    sideEffects: string[];
    customElements: string;
    types: string;
    dependencies?: Record<string, string>;
    license: string;
    repository?: { type: string; url: string };
    homepage?: string;
    bugs?: { url: string };
    keywords?: string[];
    engines?: { node: string };
  };
}

const packed = await fetchJson<Packed>('/package/pack');
/** Where the project lives (package.json's repository, homepage and bugs, and the README's links). */
const REPOSITORY = 'https://github.com/career-widgets/career-widgets';
const ELEMENTS = REGISTRY.map((element) => element.name);

describe('the npm package', () => {
  it('ships the builds, types, manifest, schema and sample, and nothing of the sources or tests', () => {
    const files = new Set(packed.files);
    for (const file of [
      'dist/index.js',
      'dist/types/index.d.ts',
      'custom-elements.json',
      'data/career-guide.schema.json',
      'data/operations-engineer.json',
      'dist/cdn/career-widgets.js',
      'dist/cdn/autoload.js',
      'dist/cdn/embed.html',
      'dist/cdn/embed-host.js',
      'dist/cdn/career-widgets.css',
      'dist/cdn/guides/operations-engineer.json',
      'README.md',
      'LICENSE',
      'bin/career-widgets.mjs',
    ]) {
      expect(files.has(file), file).to.equal(true);
    }
    for (const name of ELEMENTS) {
      expect(files.has(`dist/${name}.js`), name).to.equal(true);
      expect(files.has(`dist/types/${name}/${name}.d.ts`), `${name} types`).to.equal(true);
      // The rendered embed pages: the CDN serves the package, and the studio's iframe snippet points at them.
      expect(files.has(`dist/cdn/embed/operations-engineer/${name}.html`), `${name} rendered embed page`).to.equal(true);
    }
    const stray = packed.files.filter((file) => /^(src|test|stories|scripts|node_modules|\.storybook|\.ci)\//.test(file));
    expect(stray).to.deep.equal([]);
  });

  it('is MIT licensed with the license text, and says where the project lives', async () => {
    expect(packed.manifest.license).to.equal('MIT');
    const license = await (await fetch('/LICENSE')).text();
    expect(license).to.match(/^MIT License\n\nCopyright \(c\) \d{4} Career Widgets contributors\n/);
    expect(packed.manifest.repository).to.deep.equal({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(packed.manifest.homepage).to.equal(`${REPOSITORY}#readme`);
    expect(packed.manifest.bugs).to.deep.equal({ url: `${REPOSITORY}/issues` });
    expect(packed.manifest.keywords).to.include.members(['web-components', 'custom-elements', 'lit']);
  });

  it('names every element in the README\'s first paragraph, none of them as still to come', async () => {
    const readme = await (await fetch('/README.md')).text();
    const intro = readme.split('\n\n')[1] ?? '';
    // How the opening sentence names each element's chart, by the registry's names.
    const named: Record<string, RegExp> = {
      salary: /salary bars/,
      tiers: /career tiers/,
      skills: /skill maps/,
      demand: /demand gauge/,
      facts: /headline facts/,
      day: /day in the\s+life/,
      balance: /balance meter/,
      guide: /the whole guide/,
    };
    expect(Object.keys(named), 'a phrase for each element of the registry').to.have.members(ELEMENTS);
    for (const [element, phrase] of Object.entries(named)) expect(intro, element).to.match(phrase);
    expect(intro).not.to.match(/on the way|coming soon|planned|not yet/i);
  });

  it('asks Node ≥ 20 of its users, and says in the README what working on it needs', async () => {
    expect(packed.manifest.engines).to.deep.equal({ node: '>=20' });
    const readme = await (await fetch('/README.md')).text();
    const section = /\*\*Which Node\.\*\*([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
    expect(section, 'the README\'s "Which Node" paragraph').to.match(/Node ≥ 20\b[\s\S]*Node ≥ 22\.12/);
  });

  it('links from the README to files of the repository that exist, by absolute URLs that work on the registry', async () => {
    // npmjs.com shows the README away from the repository: a relative link there leads nowhere.
    const readme = await (await fetch('/README.md')).text();
    const tracked = await fetchJson<string[]>('/package/repo-files');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    expect(targets.filter((target) => !/^(https?:|#)/.test(target)), 'relative links').to.deep.equal([]);
    const inRepo = targets.filter((target) => target.startsWith(`${REPOSITORY}/`) && !/\/(issues|pulls)\b/.test(target));
    expect(inRepo.length).to.be.greaterThan(5);
    for (const target of inRepo) {
      const [, kind, path] = /^https:\/\/github\.com\/career-widgets\/career-widgets\/(blob|tree|raw)\/main\/(.+)$/.exec(target) ?? [];
      expect(kind, `${target}: a blob, tree or raw URL on main`).to.be.a('string');
      const exists = kind === 'tree' ? tracked.some((file) => file.startsWith(`${path}/`)) : tracked.includes(path!);
      expect(exists, `${target}: ${path} is ${kind === 'tree' ? 'a folder' : 'a file'} in the repository`).to.equal(true);
    }
    for (const file of ['docs/demo.png', 'BENCHMARKS.md', 'SECURITY.md']) {
      expect(inRepo.some((target) => target.endsWith(`/main/${file}`)), file).to.equal(true);
    }
  });

  it('points every export, type and field at a packed file', () => {
    const files = new Set(packed.files);
    const targets = Object.values(packed.manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of [...targets, packed.manifest.customElements, packed.manifest.types]) {
      expect(files.has(target.replace(/^\.\//, '')), target).to.equal(true);
    }
  });

  it('has every module that custom-elements.json names', () => {
    const files = new Set(packed.files);
    expect(manifestPaths.length).to.be.greaterThan(ELEMENTS.length);
    expect(manifestPaths.filter((path) => !files.has(path))).to.deep.equal([]);
  });

  it('exports every CDN file the README names, each script with the types of its module', async () => {
    const readme = await (await fetch('/README.md')).text();
    const named = [...new Set([...readme.matchAll(/dist\/cdn\/([\w-]+\.(?:js|css))\b/g)].map((match) => match[1]!))];
    expect(named).to.include.members(['career-widgets.js', 'career-widgets.css', 'autoload.js', 'embed-host.js']);
    for (const file of named) {
      const target = packed.manifest.exports[`./cdn/${file}`];
      expect(target, file).to.exist;
      if (file.endsWith('.css')) {
        expect(target, file).to.equal(`./dist/cdn/${file}`);
        continue;
      }
      expect(target, file).to.deep.equal({ types: `./dist/types/cdn/${file.replace(/\.js$/, '.d.ts')}`, default: `./dist/cdn/${file}` });
    }
    // The drop-in's types are the index's: every element class, and each tag in HTMLElementTagNameMap.
    // (The test server serves .d.ts files through esbuild: quotes may change.)
    const dropIn = await (await fetch('/dist/types/cdn/career-widgets.d.ts')).text();
    expect(dropIn).to.match(/export \* from ["']\.\.\/index\.js["']/);
  });

  it('has an entry per element and lists the modules that define elements as side effects', () => {
    for (const name of ELEMENTS) expect(packed.manifest.exports).to.have.property(`./${name}`);
    expect(packed.manifest.exports).to.have.property('./career-guide.schema.json');
    for (const pattern of ['./dist/*.js', './dist/chunks/*.js', './dist/cdn/*.js', './dist/cdn/chunks/*.js']) expect(packed.manifest.sideEffects).to.include(pattern);
  });

  it('names only shipped files in sideEffects, each pattern matching at least one', () => {
    for (const pattern of packed.manifest.sideEffects) {
      // The patterns here use `*` within one folder only.
      const glob = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      expect(packed.files.filter((file) => glob.test(file)), pattern).not.to.be.empty;
    }
  });

  it('ships source maps with the sources inside, for the npm modules and the CDN files', async () => {
    const files = new Set(packed.files);
    const scripts = packed.files.filter((file) => /^dist\/(cdn\/)?(chunks\/)?[^/]+\.js$/.test(file));
    let mapped = 0;
    for (const file of scripts) {
      const source = await (await fetch(`/${file}`)).text();
      const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
      // An entry that only re-exports a chunk has no code of its own to map; everything else has a map.
      if (comment === undefined) {
        expect(source.replace(/\s+$/, '').split('\n').every((line) => /^(export|import)\b/.test(line)), `${file} has code but no source map`).to.equal(true);
        continue;
      }
      const map = `${file.replace(/[^/]+$/, '')}${comment}`;
      expect(files.has(map), `${file} -> ${map}`).to.equal(true);
      mapped += 1;
    }
    expect(mapped).to.be.greaterThan(ELEMENTS.length * 2);
    for (const file of ['dist/cdn/career-widgets.js.map', 'dist/cdn/autoload.js.map', 'dist/cdn/embed-host.js.map', 'dist/ssr.js.map']) {
      expect(files.has(file), file).to.equal(true);
    }
    for (const name of ELEMENTS) expect(packed.files.some((file) => new RegExp(`^dist/chunks/${name}-[\\w-]+\\.js\\.map$`).test(file)), `${name} chunk map`).to.equal(true);
    // src/ does not ship: each map carries its sources, named by relative paths.
    const map = await fetchJson<{ sources: string[]; sourcesContent?: (string | null)[] }>('/dist/cdn/career-widgets.js.map');
    expect(map.sourcesContent).to.have.length(map.sources.length);
    expect(map.sourcesContent!.every((content) => typeof content === 'string' && content.length > 0)).to.equal(true);
    expect(map.sources.filter((source) => source.startsWith('/'))).to.deep.equal([]);
    expect(map.sources).to.include('../../src/salary/salary.ts');
  });

  it('ships editor data for VS Code and JetBrains, generated from the manifest', async () => {
    expect(packed.files).to.include.members(['dist/vscode.html-custom-data.json', 'dist/web-types.json']);
    const { tags } = await fetchJson<{ tags: { name: string; description: string; attributes: { name: string; description: string; values?: { name: string }[] }[] }[] }>('/dist/vscode.html-custom-data.json');
    expect(tags.map((tag) => tag.name).sort()).to.deep.equal(ELEMENTS.map((name) => `career-${name}`).sort());
    for (const tag of tags) {
      expect(tag.description, tag.name).not.to.equal('');
      for (const attribute of ['src', 'career', 'locale', 'theme']) {
        const found = tag.attributes.find((candidate) => candidate.name === attribute);
        expect(found?.description, `${tag.name} ${attribute}`).to.be.a('string').and.not.equal('');
      }
      expect(tag.attributes.find((attribute) => attribute.name === 'theme')!.values!.map((value) => value.name)).to.deep.equal(['light', 'dark', 'auto']);
    }
    const webTypes = await fetchJson<{ contributions: { html: { elements: unknown[] } } }>('/dist/web-types.json');
    expect(webTypes.contributions.html.elements).to.have.length(ELEMENTS.length);
    expect((packed.manifest as unknown as Record<string, string>)['web-types']).to.equal('./dist/web-types.json');
  });

  for (const name of ELEMENTS) {
    it(`imports career-widgets/${name} and defines <career-${name}>`, async () => {
      const target = packed.manifest.exports[`./${name}`] as { default: string };
      const module = (await import(/* @vite-ignore */ `/${target.default.replace(/^\.\//, '')}`)) as Record<string, unknown>;
      const className = `Career${name[0]!.toUpperCase()}${name.slice(1)}`;
      expect(module[className], className).to.be.a('function');
      expect(customElements.get(`career-${name}`)).to.equal(module[className]);
    });
  }

  it('leaves only Lit to the user: d3 and the validator are inside, as in the CDN build', async () => {
    // Lit's hydration (@lit-labs/ssr-client) in the browser; Lit's server renderer
    // (@lit-labs/ssr) only for career-widgets/ssr and the CLI's render, on a server.
    expect(Object.keys(packed.manifest.dependencies ?? {}).sort()).to.deep.equal(['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/task', 'lit']);
    const modules = packed.files.filter((file) => /^dist\/(chunks\/)?[^/]+\.js$/.test(file));
    expect(modules.length).to.be.greaterThan(ELEMENTS.length);
    for (const file of modules) {
      // The test server resolves bare imports to /node_modules/ paths as it serves a module.
      const source = await (await fetch(`/${file}`)).text();
      const imported = [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
      expect(imported.filter((name) => name.includes('/node_modules/') && !/\/node_modules\/(lit|@lit|@lit-labs)\//.test(name)), file).to.deep.equal([]);
      // The number-only stand-in, not d3-interpolate with d3-color behind it.
      expect(source, file).not.to.contain('rebeccapurple');
    }
  });

  it('imports the index, which defines every element and exports the contract', async () => {
    const entry = '/dist/index.js';
    const index = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>;
    for (const name of ELEMENTS) expect(customElements.get(`career-${name}`), name).to.be.a('function');
    expect(index.validateGuide).to.be.a('function');
    expect(index.configureWidgets).to.be.a('function');
  });

  it('exports the Occupation structured data from career-widgets/contract', async () => {
    const target = packed.manifest.exports['./contract'] as { types: string; default: string };
    const contract = (await import(/* @vite-ignore */ `/${target.default.replace(/^\.\//, '')}`)) as Record<string, unknown>;
    expect(contract.toOccupationJsonLd).to.be.a('function');
    expect(contract.serializeJsonLd).to.be.a('function');
    expect(packed.files).to.include('dist/types/contract/occupation.d.ts');
  });
});
