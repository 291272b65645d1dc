/**
 * Where the download code ships (issue 19, point 3), read from the build (`npm run build`): in
 * the npm package and behind the autoloader it is a chunk of its own that an element loads with
 * `import()` on first use, never in an element's module or the modules it imports first; the
 * one-file drop-in has no imports at all and carries it inline.
 */
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../src/registry.js';

/** Names only the export code (src/export/) uses: the image serialiser, the canvas painter, the PNG encoder. */
const MARKERS = ['XMLSerializer', 'Path2D', 'toBlob'];

const source = async (url: string) => {
  const response = await fetch(url);
  expect(response.ok, url).to.equal(true);
  return response.text();
};

/** The modules a module imports statically (`import … from "./x.js"`, `export … from`, `import "./x.js"`), and those it loads with `import()`. */
function importsOf(code: string): { statics: string[]; dynamics: string[] } {
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((match) => match[1]!);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
  return { statics, dynamics };
}

/** Every module `entry` loads first (itself and its static imports, transitively), by URL, with the modules they load on demand. */
async function loadedFirst(entry: string): Promise<{ code: Map<string, string>; onDemand: Set<string> }> {
  const code = new Map<string, string>();
  const onDemand = new Set<string>();
  const visit = async (url: string) => {
    if (code.has(url)) return;
    const text = await source(url);
    code.set(url, text);
    const { statics, dynamics } = importsOf(text);
    for (const dynamic of dynamics) onDemand.add(new URL(dynamic, new URL(url, location.href)).pathname);
    for (const imported of statics) await visit(new URL(imported, new URL(url, location.href)).pathname);
  };
  await visit(entry);
  for (const url of code.keys()) onDemand.delete(url);
  return { code, onDemand };
}

const carried = (text: string) => MARKERS.filter((marker) => text.includes(marker));

/** The one module among `urls` that carries the export code, checked to be the export chunk. */
async function exportChunk(urls: Iterable<string>): Promise<string> {
  const carriers = [];
  for (const url of urls) if (carried(await source(url)).length === MARKERS.length) carriers.push(url);
  expect(carriers, 'one module on demand carries the export code').to.have.length(1);
  expect(carriers[0]).to.match(/\/export-[\w-]+\.js$/);
  return carriers[0]!;
}

describe('the download code in the build', () => {
  for (const { name } of ELEMENTS) {
    it(`is not loaded first by career-widgets/${name} (dist/${name}.js), but on demand`, async () => {
      const { code, onDemand } = await loadedFirst(`/dist/${name}.js`);
      for (const [url, text] of code) expect(carried(text), url).to.deep.equal([]);
      await exportChunk(onDemand);
    });
  }

  it('is not loaded first by an element behind the autoloader, but on demand', async () => {
    // The autoloader loads each element's chunk on demand: the salary chart's, for one.
    const autoload = await loadedFirst('/dist/cdn/autoload.js');
    for (const [url, text] of autoload.code) expect(carried(text), url).to.deep.equal([]);
    const salaryChunk = [...autoload.onDemand].find((url) => /\/salary-[\w-]+\.js$/.test(url));
    expect(salaryChunk, 'the salary chart’s chunk').to.be.a('string');
    const { code, onDemand } = await loadedFirst(salaryChunk!);
    for (const [url, text] of code) expect(carried(text), url).to.deep.equal([]);
    await exportChunk(onDemand);
  });

  it('is inline in the one-file drop-in, which imports nothing', async () => {
    const dropIn = await source('/dist/cdn/career-widgets.js');
    expect(importsOf(dropIn)).to.deep.equal({ statics: [], dynamics: [] });
    expect(dropIn).not.to.match(/\bimport\s*\(/);
    expect(carried(dropIn)).to.deep.equal(MARKERS);
  });
});
