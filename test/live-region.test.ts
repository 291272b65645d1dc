import { expect } from '@open-wc/testing';
import '../src/guide/guide.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { ELEMENTS } from '../src/registry.js';
import { mount, settled, shadow, text } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

/** The element's polite live region (`role="status"`), which must be there from the first render. */
function liveRegion(element: GuideElement): Element {
  const regions = shadow(element).querySelectorAll('.content > [role="status"]');
  expect(regions.length, `${element.localName}: one live region`).to.equal(1);
  return regions[0]!;
}

/** A guide whose figures differ from the sample's, as a new edition would. */
function newEdition() {
  const guide = sampleGuide();
  guide.salary!.median = 101000;
  return guide;
}

describe('announcing data updates', () => {
  for (const { tag } of ELEMENTS) {
    it(`<${tag}> says nothing on its first render, and that it was updated when new data replaces it`, async () => {
      const element: GuideElement = await settled(await mount(tag, 720));
      expect(text(liveRegion(element))).to.equal('');
      expect(liveRegion(element).closest('[aria-hidden="true"]')).to.equal(null);
      await expect(element).to.be.accessible();

      element.data = newEdition();
      await settled(element);
      const title = text(shadow(element).querySelector('figcaption .title')) || 'Operations Engineer';
      expect(text(liveRegion(element))).to.equal(`${title} updated`);
      await expect(element).to.be.accessible();
    });
  }

  it('<career-guide> announces once for the charts inside', async () => {
    const element: GuideElement = await settled(await mount('career-guide', 720));
    const inside = [...shadow(element).querySelectorAll<GuideElement>('.chart > *')];
    await Promise.all(inside.map((chart) => settled(chart)));
    element.data = newEdition();
    await settled(element);
    await Promise.all(inside.map((chart) => settled(chart)));
    expect(text(liveRegion(element))).to.equal('Operations Engineer updated');
    expect(inside.map((chart) => text(liveRegion(chart)))).to.deep.equal(inside.map(() => ''));
  });

  it('speaks the element’s language, its title naming the occupation', async () => {
    const element: GuideElement = await settled(await mount('career-salary', 720, (el) => ((el.data = sampleGuide()), el.setAttribute('locale', 'de-DE'))));
    element.data = newEdition();
    await settled(element);
    expect(text(liveRegion(element))).to.equal('Jahresgehalt: Operations Engineer aktualisiert');
    expect(liveRegion(element).closest('[lang]')?.getAttribute('lang')).to.equal('de-DE');
  });

  it('does not announce a re-render of the same data (a new theme, a new width)', async () => {
    const element: GuideElement = await settled(await mount('career-salary', 720));
    element.setAttribute('theme', 'dark');
    element.parentElement!.style.width = '360px';
    await settled(element);
    expect(text(liveRegion(element))).to.equal('');
  });
});
