/**
 * Screenshots of the studio (dist/cdn/studio.html) as an editor sees it, in Chromium: the page
 * with the bundled sample open and the salary section of the form unfolded, at each width given:
 * the first screen, and each step (its first 1600 pixels). For looking at the studio after a
 * change, at a phone's width and a desktop's.
 *
 * Usage: npm run build && node scripts/studio-shots.mjs [--widths=360,1280] [--out=/tmp/studio] [--scheme=dark]
 * writes <out>-<width>-screen.png and <out>-<width>-<step>.png.
 */
/* global document -- the evaluated functions run in the page. */
import puppeteer from 'puppeteer-core';
import { serveRepository } from './static-server.mjs';

const flag = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const widths = flag('widths', '360,1280').split(',').map(Number);
const out = flag('out', '/tmp/studio');
/** The color scheme the editor's system asks for: the page follows it. */
const scheme = flag('scheme', 'light');

const server = await serveRepository();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--font-render-hinting=none'],
});
try {
  for (const width of widths) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${server.origin}/dist/cdn/studio.html`);
    await page.waitForSelector('career-studio form');
    // The sample, as a click on its button opens it; then the salary section's form.
    await page.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Open the sample').click());
    await page.waitForFunction(() => document.querySelector('#start-status')?.textContent.startsWith('Opened'));
    await page.click('#section-salary > summary');
    await page.waitForSelector('#section-salary fieldset');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: `${out}-${width}-screen.png` });
    console.log(`wrote ${out}-${width}-screen.png`);
    for (const step of ['start', 'edit', 'preview', 'publish']) {
      // In view first: what is out of view is not drawn (the preview waits to be seen, Publish
      // is skipped by content-visibility).
      const handle = await page.$(`#step-${step}`);
      await handle.evaluate((element) => element.scrollIntoView());
      await new Promise((resolve) => setTimeout(resolve, 400));
      const box = await handle.boundingBox();
      const file = `${out}-${width}-${step}.png`;
      await handle.screenshot({ path: file, clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1600) } });
      console.log(`wrote ${file}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
