/** Charts of one kind drawing one guide the same way share one layout (GuideElement's layout memo). */
import { expect } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerSalary } from '../src/salary/salary.js';
import { sampleGuide } from './support/guides.js';
import { mount, settled, shadow } from './support/dom.js';

const layoutOf = (el: CareerSalary): unknown => (el as unknown as { drawnLayout: unknown }).drawnLayout;

async function salaryAt(width: number, data: unknown, locale = 'en'): Promise<CareerSalary> {
  const el = await mount('career-salary', width, (e) => {
    e.data = data;
    e.locale = locale;
  });
  return settled(el);
}

describe('shared layouts', () => {
  it('computes one layout for charts on the same guide object, width, language and direction', async () => {
    const guide = sampleGuide();
    const [a, b] = [await salaryAt(600, guide), await salaryAt(600, guide)];
    expect(layoutOf(a)).to.be.an('object');
    expect(layoutOf(b)).to.equal(layoutOf(a));
  });

  it('keeps layouts apart for another width, language or guide', async () => {
    const guide = sampleGuide();
    const base = await salaryAt(600, guide);
    const wider = await salaryAt(700, guide);
    const german = await salaryAt(600, guide, 'de');
    const other = await salaryAt(600, sampleGuide());
    for (const el of [wider, german, other]) expect(layoutOf(el)).to.not.equal(layoutOf(base));
    expect((layoutOf(german) as { title: string }).title).to.equal('Jahresgehalt: Operations Engineer');
  });

  it('draws a shared layout in each chart, each with its own tab stop', async () => {
    const guide = sampleGuide();
    const [a, b] = [await salaryAt(600, guide), await salaryAt(600, guide)];
    const drawing = (el: CareerSalary) => shadow(el).querySelector('[part="chart"] > g')!;
    expect(drawing(a)).to.not.equal(drawing(b));
    expect(drawing(a).querySelectorAll('[data-mark]').length).to.equal(5);
    const marks = (el: CareerSalary) => [...shadow(el).querySelectorAll<SVGGElement>('[data-mark]')];
    expect(marks(a).map((mark) => mark.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    marks(b)[0]!.focus();
    marks(b)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await b.updateComplete;
    expect(marks(b).map((mark) => mark.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
    expect(marks(a).map((mark) => mark.tabIndex), 'the other chart moved too').to.deep.equal([0, -1, -1, -1, -1]);
  });
});
