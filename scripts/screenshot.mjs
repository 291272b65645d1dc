/**
 * Screenshots of a page in headless Chromium, to look at what a reader sees.
 * Usage: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--dark] [--forced-colors] [--rtl] [--selector=CSS] [--scroll=Y]
 * --dark emulates a dark system setting and makes theme="auto" the page's default.
 * --rtl sets dir="rtl" and lang="ar" on <html> before the page's scripts run, as an Arabic page would.
 * --no-js turns JavaScript off, as a reader without it (or a crawler) sees a server-rendered page.
 */
import puppeteer from 'puppeteer-core';

const [url, out, size = '1100x900', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--dark] [--selector=CSS]');
  process.exit(2);
}
const [width, height] = size.split('x').map(Number);
const selector = flags.find((flag) => flag.startsWith('--selector='))?.slice('--selector='.length);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()));
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setViewport({ width, height });
  if (flags.includes('--no-js')) await page.setJavaScriptEnabled(false);
  if (flags.includes('--dark')) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    // The elements are light unless told otherwise: make theme="auto" the page's default (the
    // <meta> that src/data/config.ts reads), so they follow the reader's dark system setting.
    await page.evaluateOnNewDocument(() => {
      const add = () => {
        if (!document.head) return false;
        const meta = document.createElement('meta');
        meta.name = 'career-widgets';
        meta.content = 'theme=auto';
        document.head.prepend(meta);
        return true;
      };
      if (!add()) {
        const observer = new MutationObserver(() => add() && observer.disconnect());
        observer.observe(document, { childList: true, subtree: true });
      }
    });
  }
  if (flags.includes('--forced-colors')) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  if (flags.includes('--rtl')) {
    // Runs before the page's scripts, when <html> may not exist yet: set it as soon as it does.
    await page.evaluateOnNewDocument(() => {
      const turn = () => {
        if (!document.documentElement) return false;
        document.documentElement.dir = 'rtl';
        document.documentElement.lang = 'ar';
        return true;
      };
      if (!turn()) {
        const observer = new MutationObserver(() => turn() && observer.disconnect());
        observer.observe(document, { childList: true });
      }
    });
  }
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (selector) {
    const element = await page.waitForSelector(selector);
    await element.screenshot({ path: out });
  } else if (flags.some((flag) => flag.startsWith('--scroll='))) {
    // One viewport's worth, starting this far down the page.
    const y = Number(flags.find((flag) => flag.startsWith('--scroll='))?.slice('--scroll='.length));
    await page.screenshot({ path: out, clip: { x: 0, y, width, height } });
  } else {
    // Not fullPage: Chromium's capture beyond the viewport paints the charts drawn since the
    // first paint as their grey placeholders. A viewport as tall as the page paints them all.
    const full = flags.includes('--no-js') ? (await page.$eval('html', (html) => html.scrollHeight)) : await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height: full });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: out });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
