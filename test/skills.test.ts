import { expect } from '@open-wc/testing';
import '../src/skills/skills.js';
import type { CareerSkills } from '../src/skills/skills.js';
import type { CareerErrorEvent, CareerSelectEvent } from '../src/element/events.js';
import { clearGuideCache } from '../src/data/load.js';
import { sampleGuide } from './support/guides.js';
import { hover, hoverAway, nextEvent, settled, shadow, text, uniqueKey, frames, press, mount } from './support/dom.js';

const marks = (el: CareerSkills) => [...shadow(el).querySelectorAll<HTMLElement>('[data-mark]')];
const skills = (el: CareerSkills) => [...shadow(el).querySelectorAll<HTMLElement>('.skill')];
const headings = (el: CareerSkills) => [...shadow(el).querySelectorAll<HTMLElement>('.level-heading')];
const links = (el: CareerSkills) => [...shadow(el).querySelectorAll<SVGPathElement>('.link')];
const focusedIndex = (el: CareerSkills) => marks(el).indexOf(shadow(el).activeElement as HTMLElement);

/** What a screen reader reads for an element: its text without the parts hidden from it. */
function spoken(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

afterEach(() => clearGuideCache());

describe('<career-skills>', () => {
  describe('states', () => {
    it('reserves the final size while loading, so nothing jumps', async () => {
      const el = await mount('career-skills', 720, (e) => (e.src = `/faults/slow/${uniqueKey()}?ms=800`));
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="placeholder"]')!.getAttribute('aria-busy')).to.equal('true');
      const skeleton = shadow(el).querySelector<HTMLElement>('.skeleton-chart')!.offsetHeight;
      const loadingHeight = el.getBoundingClientRect().height;
      await settled(el);
      expect(shadow(el).querySelector<HTMLElement>('.map')!.offsetHeight).to.equal(skeleton);
      // Browsers lay out in 1/64 px units: the height reserved off screen (one calc of the drawn
      // block and the frame) and the drawn one (a sum of rounded boxes) may differ by a unit or
      // two (WebKit, before it finds the chart on screen). A sixteenth of a pixel moves nothing
      // a reader can see, a third of a pixel being the smallest a screen draws.
      expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1 / 16);
    });

    it('says so when the guide has no skill map, or one without levels', async () => {
      for (const data of [{ schemaVersion: 1, title: 'Baker' }, { schemaVersion: 1, skillMap: { levels: [] } }]) {
        const el = await settled(await mount('career-skills', 720, (e) => (e.data = data)));
        expect(text(shadow(el).querySelector('[part="empty"]'))).to.equal('This guide has no skill map.');
        expect(shadow(el).querySelector('ol')).to.equal(null);
      }
    });

    it('shows invalid data as an alert with the path of the problem', async () => {
      const guide = sampleGuide();
      (guide.skillMap!.levels[1]!.skills as unknown[])[2] = 42;
      let errored!: Promise<CareerErrorEvent>;
      const el = await mount('career-skills', 720, (e) => {
        e.data = guide;
        errored = nextEvent<CareerErrorEvent>(e, 'career-error');
      });
      const error = await errored;
      await settled(el, 'error');
      expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain('skillMap.levels[1].skills[2]');
      expect(error.detail).to.deep.include({ kind: 'invalid-data', retryable: false });
      expect(error.detail.issues[0]!.path).to.equal('skillMap.levels[1].skills[2]');
    });
  });

  describe('events', () => {
    it('fires career-select for a skill on click, and for a level on Enter', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const clicked = nextEvent<CareerSelectEvent>(el, 'career-select');
      skills(el)[6]!.click();
      expect((await clicked).detail).to.deep.equal({ kind: 'skill', id: 'intermediate-2', label: 'Infrastructure as Code (Terraform, CloudFormation)', value: 1 });
      const pressed = nextEvent<CareerSelectEvent>(el, 'career-select');
      headings(el)[2]!.focus();
      press(headings(el)[2]!, 'Enter');
      const event = await pressed;
      expect(event.detail).to.deep.equal({ kind: 'skill-level', id: 'advanced', label: 'Advanced & Leadership Skills', value: 2 });
      expect(event.bubbles && event.composed).to.equal(true);
      // Selected: the one mark that is aria-current (the map is a headed list, not a listbox).
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('[aria-current]')]).to.deep.equal([headings(el)[2]]);
      expect(headings(el)[2]!.getAttribute('aria-current')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('traces a skill’s path on focus: its curve thicker and solid, the rest thin and dashed', async () => {
      const el = await settled(await mount('career-skills', 1000));
      expect(links(el).map((link) => getComputedStyle(link).strokeDasharray)).to.satisfy((dashes: string[]) => dashes.every((dash) => dash === 'none'));
      skills(el)[1]!.focus(); // Networking Fundamentals
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the stroke eases in over 120ms
      const on = links(el).filter((link) => link.classList.contains('is-on'));
      expect(on).to.have.length(1);
      expect(on[0]).to.equal(links(el)[1]);
      const off = links(el)[0]!;
      expect(parseFloat(getComputedStyle(on[0]!).strokeWidth)).to.be.greaterThan(parseFloat(getComputedStyle(off).strokeWidth) * 2);
      expect(getComputedStyle(on[0]!).strokeDasharray).to.equal('none');
      expect(getComputedStyle(off).strokeDasharray).not.to.equal('none');
      // The level it leads to is marked by a thicker badge ring, not by color alone.
      const levels = [...shadow(el).querySelectorAll('.level')];
      expect(levels.map((level) => level.classList.contains('is-linked'))).to.deep.equal([true, true, false]);
      const ring = (i: number) => parseFloat(getComputedStyle(levels[i]!.querySelector('.badge')!).borderTopWidth);
      expect(ring(1)).to.be.greaterThan(ring(2));
      expect(text(shadow(el).querySelector('.readout'))).to.equal('In Foundational Skills. Leads to Intermediate Technical Expertise.');
      expect(getComputedStyle(skills(el)[1]!).outlineStyle).to.equal('solid');
    });

    it('traces a level’s curves in and out on hover, and clears on leave, back to the cue', async () => {
      const el = await settled(await mount('career-skills', 1000));
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Hover or use arrow keys for details');
      await hover(headings(el)[1]!);
      await el.updateComplete;
      expect(links(el).filter((link) => link.classList.contains('is-on'))).to.have.length(10);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Level 2 of 3: 5 skills. Builds on Foundational Skills.');
      await hoverAway();
      await el.updateComplete;
      expect(links(el).filter((link) => link.classList.contains('is-on'))).to.have.length(0);
      expect(text(shadow(el).querySelector('.readout'))).to.equal('Hover or use arrow keys for details');
    });

    it('keeps a selected skill’s path traced and its name underlined after the pointer leaves, until Escape', async () => {
      const el = await settled(await mount('career-skills', 1000));
      skills(el)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await hoverAway();
      await el.updateComplete;
      expect(links(el).filter((link) => link.classList.contains('is-on'))).to.deep.equal([links(el)[1]]);
      expect(skills(el)[1]!.getAttribute('aria-current')).to.equal('true');
      expect(getComputedStyle(skills(el)[1]!).textDecorationLine).to.equal('underline');
      expect(text(shadow(el).querySelector('.readout'))).to.equal('In Foundational Skills. Leads to Intermediate Technical Expertise.');
      press(skills(el)[1]!, 'Escape');
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
      expect(links(el).filter((link) => link.classList.contains('is-on'))).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('is an ordered list of levels, each with a heading, its summary and a list of skills', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const list = shadow(el).querySelector('ol')!;
      const levels = [...list.children];
      expect(levels.map((level) => level.localName)).to.deep.equal(['li', 'li', 'li']);
      for (const level of levels) {
        expect(level.querySelector('h3')).not.to.equal(null);
        expect(level.querySelectorAll(':scope ul > li')).to.have.length(5);
      }
      expect(spoken(levels[1]!.querySelector('h3')!)).to.equal('Level 2 of 3: Intermediate Technical Expertise');
      expect(text(levels[1]!.querySelector('.level-summary'))).to.equal('Skills focused on automation, monitoring, and deployment to improve operational efficiency.');
      expect(spoken(levels[0]!)).not.to.contain('Builds on');
      expect(spoken(levels[1]!)).to.contain('Builds on Foundational Skills.');
      expect(spoken(levels[2]!)).to.contain('Builds on Intermediate Technical Expertise.');
    });

    it('names the list with the title and describes it with the keys, after a summary that names no level or skill', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const list = shadow(el).querySelector('ol')!;
      expect(text(shadow(el).getElementById(list.getAttribute('aria-labelledby')!))).to.equal('Skill map');
      expect(text(shadow(el).getElementById(list.getAttribute('aria-describedby')!))).to.equal('Use the arrow keys to move from one item to the next, Enter to select one.');
      expect(text(shadow(el).querySelector('#summary'))).to.equal('A skill map in 3 levels with 15 skills, each level building on the one before.');
      expect(text(shadow(el).querySelector('.intro'))).to.match(/^This map outlines the core competencies/);
    });

    it('hides the curves, which only repeat what the words say', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const drawing = shadow(el).querySelector('svg.links')!;
      expect(drawing.getAttribute('aria-hidden')).to.equal('true');
      expect(links(el)).to.have.length(10);
      expect(shadow(el).querySelectorAll('.badge[aria-hidden="true"]')).to.have.length(3);
    });

    it('takes the heading level from the heading-level attribute', async () => {
      const el = await settled(await mount('career-skills', 1000, (e) => ((e.data = sampleGuide()), e.setAttribute('heading-level', '4'))));
      expect(shadow(el).querySelectorAll('h4')).to.have.length(3);
      expect(shadow(el).querySelectorAll('h3')).to.have.length(0);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h6')).to.have.length(3);
    });

    it('never clips a skill name: every box holds its text', async () => {
      for (const width of [280, 340, 720, 1000]) {
        const el = await settled(await mount('career-skills', width));
        const boxes = [...skills(el), ...shadow(el).querySelectorAll<HTMLElement>('.level-head')];
        for (const box of boxes) {
          expect(box.scrollHeight, `${text(box)} at ${width}px`).to.be.at.most(box.clientHeight);
          expect(box.scrollWidth, `${text(box)} at ${width}px`).to.be.at.most(box.clientWidth);
        }
        const rects = skills(el).map((skill) => skill.getBoundingClientRect());
        for (const [i, a] of rects.entries()) for (const b of rects.slice(i + 1)) expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).to.equal(true);
      }
    });


    it('is axe-clean while a path is traced', async () => {
      const el = await settled(await mount('career-skills', 1000, (e) => ((e.data = sampleGuide()), (e.theme = 'dark'))));
      skills(el)[3]!.focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('size, direction and language', () => {
    it('puts levels in columns when wide and stacks them when narrow, following its container', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const tops = () => [...shadow(el).querySelectorAll('.level-head')].map((head) => Math.round(head.getBoundingClientRect().top));
      const lefts = () => [...shadow(el).querySelectorAll('.level-head')].map((head) => Math.round(head.getBoundingClientRect().left));
      expect(new Set(tops()).size).to.equal(1);
      expect(lefts()[0]).to.be.lessThan(lefts()[1]!);
      expect(lefts()[1]).to.be.lessThan(lefts()[2]!);
      el.parentElement!.style.width = '340px';
      await frames();
      await el.updateComplete;
      expect(new Set(lefts()).size).to.equal(1);
      expect(tops()[0]).to.be.lessThan(tops()[1]!);
      expect(tops()[1]).to.be.lessThan(tops()[2]!);
      expect(shadow(el).querySelector('.map')!.classList.contains('is-narrow')).to.equal(true);
    });

    it('mirrors for right-to-left: the first level on the right, arrows follow reading order', async () => {
      const el = await settled(await mount('career-skills', 1000, undefined, { dir: 'rtl' }));
      const [first, second] = [...shadow(el).querySelectorAll('.level-head')].map((head) => head.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
      // The curves are mirrored by the layout, not by a CSS transform: each leaves its skill's far (left) side.
      expect(getComputedStyle(shadow(el).querySelector('svg.links')!).transform).to.equal('none');
      const port = shadow(el).querySelector('.port')!.getBoundingClientRect();
      const skill = shadow(el).querySelector('.skill')!.getBoundingClientRect();
      expect(port.left + port.width / 2).to.be.closeTo(skill.left, 1);
      marks(el)[0]!.focus();
      press(shadow(el).activeElement!, 'ArrowLeft');
      await el.updateComplete;
      expect(focusedIndex(el)).to.equal(1);
    });

    it('writes level numbers in the locale attribute’s digits', async () => {
      const el = await settled(await mount('career-skills', 1000, (e) => ((e.data = sampleGuide()), (e.locale = 'ar-EG'))));
      expect([...shadow(el).querySelectorAll('.badge')].map((badge) => text(badge))).to.deep.equal(['١', '٢', '٣']);
    });

    it('switches palettes with the theme attribute', async () => {
      const el = await settled(await mount('career-skills', 1000));
      const badge = () => getComputedStyle(shadow(el).querySelector('.badge')!).borderTopColor;
      const light = badge();
      el.theme = 'dark';
      await el.updateComplete;
      expect(badge()).not.to.equal(light);
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });
});
