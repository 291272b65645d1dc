/**
 * The drop-in build, dist/cdn/career-widgets.js (made by `npm run build`, which `npm test` runs
 * first): one self-contained module that defines every element when imported.
 */
import { expect } from '@open-wc/testing';
import { SAMPLE_URL } from './support/guides.js';

const BUNDLE = '/dist/cdn/career-widgets.js';

/** A <career-salary> of the bundle on the sample guide's URL, 640 px wide, once loaded and drawn. */
async function drawnFromSrc(attributes: Record<string, string> = {}): Promise<{ el: HTMLElement; box: HTMLElement }> {
  const el = document.createElement('career-salary');
  for (const [name, value] of Object.entries({ ...attributes, src: SAMPLE_URL })) el.setAttribute(name, value);
  const box = document.createElement('div');
  box.style.width = '640px';
  box.append(el);
  document.body.append(box);
  await new Promise((resolve) => el.addEventListener('career-load', resolve, { once: true }));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { el, box };
}

describe('the drop-in bundle', () => {
  it('is one module with no imports of its own', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source.length).to.be.greaterThan(10_000);
    expect(source).not.to.match(/\bimport\s*[\s{*"'(]|\bimport\(/);
    // Minified, the CSS in the element styles too (scripts/minify-css-literals.ts): no comments
    // survive, and no style rule keeps its indentation.
    expect(source).not.to.contain('/*');
    expect(source).not.to.match(/^\s*\/\/ /m);
    expect(source).not.to.match(/\{\n\s+[a-z-]+: /);
  });

  it('leaves out the contract\'s descriptions, which only the JSON Schema needs, and keeps its messages', async () => {
    const source = await (await fetch(BUNDLE)).text();
    const schema = (await (await fetch('/data/career-guide.schema.json')).json()) as unknown;
    const descriptions = new Set<string>();
    (function collect(node: unknown): void {
      if (!node || typeof node !== 'object') return;
      const { description } = node as { description?: unknown };
      if (typeof description === 'string') descriptions.add(description);
      Object.values(node).forEach(collect);
    })(schema);
    // Every doc(...) of src/contract/schema.ts, not only those of one helper.
    expect(descriptions.size).to.be.greaterThan(50);
    expect([...descriptions].filter((description) => source.includes(description))).to.deep.equal([]);
    expect(source).to.contain('expected an absolute http(s) URL');
  });

  it('has every language inside: a German element draws in German with no request beyond the guide', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const before = performance.getEntriesByType('resource').length;
    const { el, box } = await drawnFromSrc({ locale: 'de' });
    expect(el.shadowRoot!.querySelector('.title')?.textContent).to.equal('Jahresgehalt: Operations Engineer');
    const requests = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name).pathname);
    expect(requests.filter((path) => !path.endsWith('.json'))).to.deep.equal([]);
    box.remove();
  });

  it('defines <career-salary> and renders the bundled guide from src', async () => {
    const bundle = (await import(/* @vite-ignore */ BUNDLE)) as Record<string, unknown>;
    expect(bundle.CareerSalary).to.be.a('function');
    expect(customElements.get('career-salary')).to.equal(bundle.CareerSalary);
    const { el, box } = await drawnFromSrc();
    expect(el.shadowRoot!.querySelectorAll('.mark')).to.have.length(5);
    box.remove();
  });
});
