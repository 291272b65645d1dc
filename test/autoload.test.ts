/**
 * The CDN autoloader (dist/cdn/autoload.js, from `npm run build`): a page that uses one element
 * downloads that element's chunk and not the others', and elements added later load too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../src/registry.js';

type CareerElement = HTMLElement & { state: { status: string } };

const scripts = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/dist/cdn/'));

describe('the autoloader', () => {
  it('loads only the elements on the page, from beside its own URL', async () => {
    const salary = document.createElement('career-salary') as CareerElement;
    salary.setAttribute('career', 'operations-engineer');
    document.body.append(salary);
    const autoloader = '/dist/cdn/autoload.js';
    await import(/* @vite-ignore */ autoloader);
    await waitUntil(() => customElements.get('career-salary') !== undefined, 'career-salary was not defined');
    await waitUntil(() => salary.state?.status === 'ready', 'career-salary did not load the bundled guide');
    const loaded = scripts();
    expect(loaded.some((name) => /\/dist\/cdn\/chunks\/salary-[\w-]+\.js$/.test(name)), loaded.join('\n')).to.equal(true);
    expect(loaded.some((name) => /\/dist\/cdn\/guides\/operations-engineer\.json$/.test(name))).to.equal(true);
    for (const other of ['skills', 'tiers', 'day', 'guide']) {
      expect(loaded.some((name) => new RegExp(`/chunks/${other}-`).test(name)), other).to.equal(false);
      expect(customElements.get(`career-${other}`)).to.equal(undefined);
    }
  });

  it('defines elements added after it loaded, nested ones too', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<section><career-tiers career="operations-engineer"></career-tiers></section>';
    document.body.append(box);
    await waitUntil(() => customElements.get('career-tiers') !== undefined, 'career-tiers was not defined');
    const tiers = box.querySelector('career-tiers') as CareerElement;
    await waitUntil(() => tiers.state?.status === 'ready');
    expect(scripts().some((name) => /\/chunks\/tiers-/.test(name))).to.equal(true);
    expect(customElements.get('career-skills')).to.equal(undefined);
  });

  it('ignores elements that are not ours, even ones named like Object members', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    document.body.append(document.createElement('constructor'), document.createElement('career-unknown'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('loads every element of src/registry.js by its tag', async () => {
    const autoloader = '/dist/cdn/autoload.js';
    const { loadElement } = (await import(/* @vite-ignore */ autoloader)) as { loadElement: (tag: string) => Promise<unknown> };
    for (const { tag } of ELEMENTS) {
      await loadElement(tag);
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });
});
