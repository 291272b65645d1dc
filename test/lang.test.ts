import { expect } from '@open-wc/testing';
import '../src/guide/guide.js';
import type { Guide } from '../src/contract/schema.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { ELEMENTS } from '../src/registry.js';
import { mount, settled } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { guideStrings, misplaced } from './support/lang.js';

/**
 * WCAG 3.1.2, language of parts: every run of text carries its language, so that a screen
 * reader picks the right voice. Two languages meet in an element: the guide's own text (its
 * titles, descriptions, names) in the guide's `lang`, and the element's words (headings, labels,
 * sentences written around the data) in its locale. A text node made of the guide's strings is
 * the guide's; any other (labels, numbers, sentences that quote the guide) is the element's
 * (see test/support/lang.ts). Server-rendered HTML is checked in test/ssr.test.ts.
 */

describe('language of parts', () => {
  let pageLang: string;
  before(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'ar';
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });

  const tags = ELEMENTS.map((element) => element.tag);

  for (const tag of tags) {
    for (const width of [720, 320]) {
      it(`<${tag} locale="de-DE"> on an Arabic page at ${width}px: German words, the English guide in English`, async () => {
        const guide = sampleGuide();
        expect(guide.lang).to.equal('en');
        const element: GuideElement = await settled(await mount(tag, width, (el) => ((el.data = guide), el.setAttribute('locale', 'de-DE'))));
        if (tag === 'career-guide') await Promise.all([...element.shadowRoot!.querySelectorAll<GuideElement>('.chart > *')].map((chart) => settled(chart)));
        expect(misplaced(element, guideStrings(guide), 'en', 'de')).to.deep.equal([]);
      });
    }
  }

  it('takes a guide without `lang` to be in the language around the element', async () => {
    const { lang: _lang, ...guide }: Guide = sampleGuide();
    const element = await settled((await mount('career-tiers', 720, (el) => ((el.data = guide), el.setAttribute('locale', 'en-US')), { lang: 'de' })) as GuideElement);
    expect(misplaced(element, guideStrings(guide), 'de', 'en')).to.deep.equal([]);
  });

  it('writes no `lang` for the guide text when it is in the language of the words', async () => {
    const element = await settled((await mount('career-guide', 720, (el) => ((el.data = sampleGuide()), el.setAttribute('locale', 'en-US')))) as GuideElement);
    expect(misplaced(element, guideStrings(sampleGuide()), 'en', 'en')).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('article [lang]')).to.equal(null);
  });
});
