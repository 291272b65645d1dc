/**
 * A reader's own style sheet (Chartability: "user style sheets respected"; WCAG 1.4.3). A user
 * sheet such as `* { color: yellow !important; background: black !important }` forces colors on
 * every element of the page, the elements' hosts included, but does not reach into their shadow
 * roots. Pages cannot add a user sheet, so the test adds the same rules to the page as a
 * document-level `!important` sheet, which reaches exactly as far. Whatever the page forces,
 * every text the elements draw must stand at 4.5:1 (3:1 large) against what is really behind it,
 * read with the same sampler as the contrast test (gradients and tints included).
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { ELEMENTS } from '../src/registry.js';
import { failures, shadowNodes, textContrasts, type Finding } from './support/contrast.js';
import { mount, settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

/** Forced colors of the kind readers with low vision use, as the page's own `!important` rules. */
const READER_SHEETS = {
  'yellow on black': '* { color: yellow !important; background: black !important; }',
  'black on white': '* { color: black !important; background: white !important; }',
  'white on navy': '* { color: white !important; background-color: navy !important; }',
};

/** Ready guides' children (career-guide's charts) settle on their own. */
async function settledDeep(el: GuideElement): Promise<GuideElement> {
  await settled(el);
  for (const node of shadowNodes(shadow(el))) if (node instanceof Element && 'state' in node) await settled(node as GuideElement);
  return el;
}

for (const [name, rules] of Object.entries(READER_SHEETS)) {
  describe(`a reader's style sheet: ${name}`, () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]));
    after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));
    // The worst text under this sheet, printed for the record.
    let worst: Finding | undefined;
    after(() => worst && console.log(`worst under ${name}: ${worst.ratio.toFixed(2)}:1 (${worst.what})`));

    for (const theme of ['light', 'dark'] as const) {
      for (const element of ELEMENTS) {
        it(`<career-${element.name}> theme="${theme}": every text at 4.5:1 against what is behind it`, async function () {
          this.timeout(30_000);
          const el = await settledDeep(await mount(`career-${element.name}`, 720, (e) => ((e.data = sampleGuide()), (e.theme = theme))));
          const text = textContrasts(shadow(el));
          expect(text.length, 'no text was checked').to.be.greaterThan(0);
          for (const finding of text) if (!worst || finding.ratio < worst.ratio) worst = finding;
          expect(failures(text)).to.deep.equal([]);
        });
      }
    }
  });
}
