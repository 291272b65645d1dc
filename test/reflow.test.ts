/**
 * Reflow, as a reader zoomed to 400% sees it (WCAG 1.4.10): every chart with the bundled guide in
 * a 320px column, each mark focused and then hovered in turn, measured in the rendered DOM: no
 * text over another, none cut off or outside its box, no ellipsis the data has not, no word
 * broken that would fit, nothing wider than the column. The layouts' own checks, at every width
 * from 160px, are in test/reflow.layout.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { GuideElement } from '../src/element/guide-element.js';
import { CHARTS } from '../src/registry.js';
import { en } from '../src/i18n/en.js';
import { frames, hover, hoverAway, mount, settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { textFitProblems } from './support/text-fit.js';

const WIDTH = 320;
/** Text that may hold an ellipsis: the guide's and the elements' own words. */
const allowed = JSON.stringify(sampleGuide()) + JSON.stringify(en);

const problemsIn = (element: Element) => textFitProblems(element, { allowed }).map((problem) => problem.message);

describe(`reflow: every chart in a ${WIDTH}px column`, () => {
  afterEach(hoverAway);

  for (const { name } of CHARTS) {
    const tag = `career-${name}`;

    it(`<${tag}>: its text fits with no mark shown, with each mark focused, and with each hovered`, async () => {
      const element = await settled<GuideElement>(await mount(tag, WIDTH));
      const found = problemsIn(element).map((problem) => `no mark: ${problem}`);
      const marks = [...shadow(element).querySelectorAll<HTMLElement | SVGElement>('[data-mark]')];
      const height = element.getBoundingClientRect().height;
      for (const [index, mark] of marks.entries()) {
        mark.focus();
        await element.updateComplete;
        await frames(1);
        found.push(...problemsIn(element).map((problem) => `mark ${index} focused: ${problem}`));
        // The readout keeps its lines whatever it shows: nothing below it moves.
        expect(element.getBoundingClientRect().height, `height with mark ${index} focused`).to.be.closeTo(height, 0.5);
      }
      (shadow(element).activeElement as HTMLElement | null)?.blur();
      for (const [index, mark] of marks.entries()) {
        await hover(mark);
        await element.updateComplete;
        await frames(1);
        found.push(...problemsIn(element).map((problem) => `mark ${index} hovered: ${problem}`));
      }
      expect(found).to.deep.equal([]);
    });
  }
});

describe('the text-fit check', () => {
  /** A shadow host with `content` in its shadow root, in a container `width` px wide; the host `hostWidth` px wide, else as wide. */
  async function host(content: string, width = 200, hostWidth?: number): Promise<HTMLElement> {
    const box = document.createElement('div');
    box.style.width = `${width}px`;
    const element = document.createElement('div');
    if (hostWidth) element.style.width = `${hostWidth}px`;
    element.attachShadow({ mode: 'open' }).innerHTML = content;
    box.append(element);
    document.body.append(box);
    await frames(1);
    return element;
  }
  const kinds = (element: Element) => textFitProblems(element).map((problem) => problem.kind);

  afterEach(() => {
    for (const box of document.body.querySelectorAll(':scope > div:not([class])')) box.remove();
  });

  it('finds nothing wrong in text that fits', async () => {
    expect(kinds(await host('<p style="margin:0">Plain words that wrap as they need to.</p>'))).to.deep.equal([]);
  });

  it('finds text over text, in HTML and in SVG', async () => {
    expect(kinds(await host('<p style="margin:0">First</p><p style="margin:-1em 0 0">Second</p>'))).to.include('overlap');
    expect(kinds(await host('<svg width="200" height="40"><text x="0" y="20">First</text><text x="5" y="22">Second</text></svg>'))).to.include('overlap');
  });

  it('finds text cut with an ellipsis by CSS, and an ellipsis in the words', async () => {
    const cut = await host('<p style="margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">A line far too long to stand on one line of this width</p>');
    expect(kinds(cut)).to.include('clipped');
    expect(kinds(await host('<p style="margin:0">Site Reliability Engineer…</p>'))).to.deep.equal(['ellipsis']);
    expect(textFitProblems(await host('<p style="margin:0">Loading…</p>'), { allowed: 'Loading…' })).to.deep.equal([]);
  });

  it('finds text outside the element or out of its card, and an element wider than its column', async () => {
    expect(kinds(await host('<svg width="200" height="40" style="overflow:visible"><text x="180" y="20">Far out of the box</text></svg>'))).to.include('outside');
    expect(kinds(await host('<div style="border:1px solid;height:20px;width:60px">Words too many for this card</div>'))).to.include('outside');
    expect(kinds(await host('<p style="margin:0">Wide</p>', 200, 400))).to.include('too-wide');
  });

  it('finds a word broken that would fit on a line, not one that cannot', async () => {
    expect(kinds(await host('<p style="margin:0;width:90px;overflow-wrap:anywhere">Administration</p>'))).to.deep.equal([]);
    expect(kinds(await host('<p style="margin:0;width:140px;word-break:break-all">Linux System Administration</p>'))).to.include('broken-word');
  });
});
