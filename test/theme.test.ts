/**
 * Themes: `light` and `dark` on request; `auto` follows the reader's system setting and the host
 * page's own dark mode (a `dark` class or `data-theme="dark"` on an ancestor or <html>, or
 * `color-scheme: dark` around the element), and follows it when the page switches.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/salary/salary.js';
import type { CareerSalary } from '../src/salary/salary.js';
import { sampleGuide } from './support/guides.js';
import { frames, settled } from './support/dom.js';
import { emulateMedia, skipBecause } from './support/engine.js';

const DARK_SURFACE = 'rgb(17, 24, 39)';
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const surface = (el: Element) => getComputedStyle(el).backgroundColor;

async function salaryIn(wrapper: ReturnType<typeof html>): Promise<CareerSalary> {
  const box = await fixture<HTMLElement>(wrapper);
  const el = box.querySelector('career-salary') ?? (box as CareerSalary);
  el.data = sampleGuide();
  return settled(el);
}

afterEach(async () => {
  document.documentElement.classList.remove('dark');
  await emulateMedia({ colorScheme: 'light' });
});

describe('themes', () => {
  it('uses the light palette by default and the dark one on request', async () => {
    expect(surface(await salaryIn(html`<div><career-salary></career-salary></div>`))).to.equal(LIGHT_SURFACE);
    expect(surface(await salaryIn(html`<div><career-salary theme="dark"></career-salary></div>`))).to.equal(DARK_SURFACE);
  });

  it('follows the reader’s system setting with theme="auto"', async function () {
    const done = await emulateMedia({ colorScheme: 'dark' });
    if (done !== true) skipBecause(this, done);
    expect(surface(await salaryIn(html`<div><career-salary theme="auto"></career-salary></div>`))).to.equal(DARK_SURFACE);
    expect(surface(await salaryIn(html`<div><career-salary theme="light"></career-salary></div>`))).to.equal(LIGHT_SURFACE);
  });

  it('follows a dark class or data-theme on an ancestor with theme="auto"', async () => {
    expect(surface(await salaryIn(html`<div class="dark"><section><career-salary theme="auto"></career-salary></section></div>`))).to.equal(DARK_SURFACE);
    expect(surface(await salaryIn(html`<div data-theme="dark"><career-salary theme="auto"></career-salary></div>`))).to.equal(DARK_SURFACE);
    expect(surface(await salaryIn(html`<div style="color-scheme: dark"><career-salary theme="auto"></career-salary></div>`))).to.equal(DARK_SURFACE);
    // Only "auto" follows the page: an explicit theme wins.
    expect(surface(await salaryIn(html`<div class="dark"><career-salary theme="light"></career-salary></div>`))).to.equal(LIGHT_SURFACE);
  });

  it('switches when the page toggles its dark class on <html>', async () => {
    const el = await salaryIn(html`<div><career-salary theme="auto"></career-salary></div>`);
    expect(surface(el)).to.equal(LIGHT_SURFACE);
    document.documentElement.classList.add('dark');
    await frames(1);
    await el.updateComplete;
    expect(surface(el)).to.equal(DARK_SURFACE);
    document.documentElement.classList.remove('dark');
    await frames(1);
    await el.updateComplete;
    expect(surface(el)).to.equal(LIGHT_SURFACE);
  });
});
