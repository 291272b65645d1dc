/**
 * Forced colors (Windows High Contrast): marks that carry meaning keep a system color and stay
 * visible. The page is switched into forced colors through a test runner command, which only
 * Chromium's driver has: the suite is skipped elsewhere, and says so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/tiers/tiers.js';
import { mount, settled, shadow } from './support/dom.js';
import { sampleGuide } from './support/guides.js';
import { emulateMedia, skipBecause } from './support/engine.js';

/** What a system color resolves to in this browser now. */
async function systemColor(name: string): Promise<string> {
  const probe = await fixture<HTMLSpanElement>(html`<span style="color:${name}"></span>`);
  return getComputedStyle(probe).color;
}

describe('forced colors', () => {
  before(async function () {
    const done = await emulateMedia({ forcedColors: true });
    if (done !== true) skipBecause(this, done);
  });
  after(async () => {
    await emulateMedia({ forcedColors: false });
  });

  it('is on', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('<career-tiers> outlines the current tier in Highlight, not a translucent band, and shows no other row', async () => {
    const el = await settled(await mount('career-tiers', 720));
    const rows = [...shadow(el).querySelectorAll<SVGRectElement>('.row')];
    const current = rows.filter((row) => row.closest('.is-current'));
    expect(current).to.have.length(1);
    const style = getComputedStyle(current[0]!);
    expect(style.stroke).to.equal(await systemColor('Highlight'));
    expect(Number(style.strokeWidth.replace('px', ''))).to.be.at.least(2);
    expect(style.fill).to.equal('none');
    expect(Number(style.opacity)).to.equal(1);
    for (const row of rows.filter((r) => !current.includes(r))) expect(Number(getComputedStyle(row).opacity)).to.equal(0);
  });

  it('<career-tiers theme="dark"> writes its SVG texts in CanvasText, not the dark palette\'s greys', async () => {
    const el = await settled(
      await mount('career-tiers', 720, (e) => {
        e.theme = 'dark';
        e.data = sampleGuide();
      }),
    );
    const canvasText = await systemColor('CanvasText');
    for (const node of shadow(el).querySelectorAll('.tier-salary, .tier-title, .axis text, .axis-title')) expect(getComputedStyle(node).fill, node.textContent ?? '').to.equal(canvasText);
  });
});
