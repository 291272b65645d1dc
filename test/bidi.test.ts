/**
 * Words in right-to-left pages: the charts mirror, but every text keeps its own reading order
 * (an English sentence ends on the right, "4,5 %" reads digits first, an Arabic time reads right
 * to left), and lines still start on the page's side. Positions are measured from the glyphs the
 * browser drew, character by character, never read from markup.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { characterBoxes, mount, overflowingTexts, settled, shadow, svgTexts, type ElementOf } from './support/dom.js';
import { sampleGuide } from './support/guides.js';

/** An element of `tag` on the sample guide (changed by `edit`), in a container of that direction and width. */
async function placed<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  { dir = 'rtl', width = 720, locale, lang, edit }: { dir?: 'ltr' | 'rtl'; width?: number; locale?: string; lang?: string; edit?: (guide: ReturnType<typeof sampleGuide>) => void } = {},
): Promise<ElementOf<K>> {
  const guide = sampleGuide();
  edit?.(guide);
  const setup = (el: ElementOf<K>) => {
    el.data = guide;
    if (locale) el.locale = locale;
  };
  return settled(await mount(tag, width, setup, { dir, lang }));
}

/** The first drawn box of `char` among `boxes` (throws when there is none, so no test passes vacuously). */
function first(boxes: ReturnType<typeof characterBoxes>, char: string) {
  const box = boxes.find((b) => b.char === char);
  if (!box) throw new Error(`no "${char}" in "${boxes.map((b) => b.char).join('')}"`);
  return box;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('how the engines order, align and anchor text with unicode-bidi: plaintext (measured)', () => {
  it('HTML: an English paragraph in a right-to-left block reads left to right, and text-align start then means left', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width:400px">
      <p style="unicode-bidi:plaintext">Hello world.</p>
      <p style="unicode-bidi:plaintext;text-align:right">Hello world.</p>
      <p>Hello world.</p>
    </div>`);
    const [startAligned, pinned, plain] = [...box.querySelectorAll('p')].map((p) => characterBoxes(p));
    const left = box.getBoundingClientRect().left;
    const right = box.getBoundingClientRect().right;
    // Start follows the paragraph, not the block: the line starts on the left.
    expect(startAligned![0]!.left).to.be.closeTo(left, 1);
    expect(first(startAligned!, '.').left).to.be.greaterThan(first(startAligned!, 'd').left);
    // Pinned to the right, the line ends on the right, full stop last.
    expect(first(pinned!, '.').right).to.be.closeTo(right, 1);
    expect(first(pinned!, '.').left).to.be.greaterThan(first(pinned!, 'd').left);
    // Without plaintext the full stop jumps to the front (the left) of the right-to-left line.
    expect(first(plain!, '.').left).to.be.lessThan(first(plain!, 'H').left);
  });

  it('SVG: under direction ltr, plaintext orders an Arabic time right to left and leaves text-anchor physical', async () => {
    const box = await fixture<HTMLDivElement>(html`<div dir="rtl">
      <svg width="400" height="90" style="direction:ltr">
        <text x="200" y="20" text-anchor="start" style="unicode-bidi:plaintext">3:00 م</text>
        <text x="200" y="50" text-anchor="end" style="unicode-bidi:plaintext">3:00 م</text>
        <text x="200" y="80" text-anchor="start">3:00 م</text>
      </svg>
    </div>`);
    const frame = box.querySelector('svg')!.getBoundingClientRect().left;
    const [start, end, plain] = [...box.querySelectorAll('text')];
    expect(start!.getBoundingClientRect().left - frame).to.be.closeTo(200, 1);
    expect(end!.getBoundingClientRect().right - frame).to.be.closeTo(200, 1);
    // Right to left: the hour, first in the string, on the right of the day period.
    expect(first(characterBoxes(start!), '3').left).to.be.greaterThan(first(characterBoxes(start!), 'م').left);
    // Without it the string is a left-to-right paragraph: the hour on the left.
    expect(first(characterBoxes(plain!), '3').left).to.be.lessThan(first(characterBoxes(plain!), 'م').left);
  });
});

describe('right-to-left pages: the elements keep each text in its own reading order', () => {
  it('<career-facts> in German: "4,5 %" reads digits first, the tile still lined up on the right', async () => {
    const el = await placed('career-facts', { locale: 'de', edit: (guide) => (guide.facts = { ...guide.facts, growthRate: { value: 4.5, unit: 'percent' } }) });
    const value = shadow(el).querySelector('[data-fact="growthRate"] .value-text')!;
    expect(value.textContent).to.match(/^4,5\s%$/);
    const chars = characterBoxes(value);
    expect(first(chars, '4').left).to.be.lessThan(first(chars, '%').left);
    const tile = shadow(el).querySelector('[data-fact="growthRate"]')!.getBoundingClientRect();
    expect(tile.right - first(chars, '%').right).to.be.lessThan(tile.right - first(chars, '4').left);
    expect(tile.right - value.getBoundingClientRect().right).to.be.lessThan(20);
  });

  it('<career-demand>: the English note ends with its full stop on the right, every line starting on the right', async () => {
    const el = await placed('career-demand');
    const note = shadow(el).querySelector('.note')!;
    const chars = characterBoxes(note);
    const stop = chars.at(-1)!;
    expect(stop.char).to.equal('.');
    expect(stop.left).to.be.greaterThan(chars.at(-2)!.left);
    // The last line ends at the note's right edge: aligned to the page's side, not the text's.
    expect(note.getBoundingClientRect().right - stop.right).to.be.lessThan(2);
  });

  it('<career-salary> in an Arabic page: the English readout reads its name first, on the left of the amount Intl wrote in Arabic', async () => {
    const el = await placed('career-salary', { lang: 'ar' });
    // The readout of the mid level: "Mid-Level: <amount> per year".
    shadow(el).querySelector<SVGGElement>('[data-mark="2"]')!.focus();
    await el.updateComplete;
    const chars = characterBoxes(shadow(el).querySelector('.readout')!);
    const digit = chars.find((c) => /[0-9\u0660-\u0669]/.test(c.char))!;
    expect(first(chars, 'M').left).to.be.lessThan(digit.left);
    expect(digit.left).to.be.lessThan(first(chars, 'y').left);
  });

  it('<career-salary>: the table cells line up on the right and read left to right', async () => {
    const el = await placed('career-salary', { locale: 'en-US' });
    const cell = shadow(el).querySelector<HTMLElement>('.figures td, #figures td')!;
    expect(getComputedStyle(cell).textAlign).to.equal('right');
    expect(getComputedStyle(cell).unicodeBidi).to.equal('plaintext');
  });

  it('<career-day> in Arabic: each clock tick reads right to left (hour on the right of the day period) and none is clipped', async () => {
    const el = await placed('career-day', { lang: 'ar', width: 1000 });
    const ticks = [...shadow(el).querySelectorAll('.axis text')].filter((node) => ARABIC_LETTER.test(node.textContent ?? ''));
    expect(ticks.length, 'Arabic day periods on the clock axis').to.be.greaterThan(0);
    for (const tick of ticks) {
      const chars = characterBoxes(tick).filter((c) => c.char.trim());
      const firstChar = chars[0]!;
      const lastLetter = chars.filter((c) => ARABIC_LETTER.test(c.char)).at(-1)!;
      expect(firstChar.left, tick.textContent ?? '').to.be.greaterThan(lastLetter.left);
    }
    expect(overflowingTexts(shadow(el))).to.deep.equal([]);
  });

  for (const tag of ['career-salary', 'career-day', 'career-tiers', 'career-balance', 'career-demand'] as const) {
    it(`<${tag}> in Arabic: the mirrored texts stay where the layout put them, anchors physical, nothing clipped`, async () => {
      const el = await placed(tag, { lang: 'ar', width: 720 });
      for (const node of shadow(el).querySelectorAll<SVGTextElement>('svg text')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        const anchor = node.getAttribute('text-anchor') ?? 'start';
        const x = node.ownerSVGElement!.getBoundingClientRect().left + Number(node.getAttribute('x'));
        // A text's own transform (the skills' rotated labels) moves its box: those keep their width only.
        if (node.closest('[transform]')) continue;
        const at = anchor === 'start' ? box.left : anchor === 'end' ? box.right : (box.left + box.right) / 2;
        expect(at, `${node.textContent} (${anchor})`).to.be.closeTo(x, 2);
      }
      expect(svgTexts(shadow(el)).length).to.be.greaterThan(0);
      expect(overflowingTexts(shadow(el))).to.deep.equal([]);
    });
  }
});
