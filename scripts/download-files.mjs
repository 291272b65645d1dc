/**
 * Every download of every chart, taken as a reader takes them: the built drop-in on a plain page
 * with the bundled guide, in headless Chromium, each "Download" choice clicked and the file saved
 * by the browser itself. Then each file is opened: a CSV is parsed (a BOM, then RFC 4180 rows of
 * equal length), an SVG is parsed and drawn by the browser into `<name>.svg.png`, a PNG is
 * checked to be a PNG twice the SVG's size. For looking at the files after a change.
 *
 * Usage: npm run build && node scripts/download-files.mjs [--out=/tmp/downloads] [--theme=dark] [--width=760]
 * writes <out>/<theme>/operations-engineer-<element>.{csv,svg,png} and the SVGs drawn as PNGs.
 */
/* global document, DOMParser -- the evaluated functions run in the page. */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveRepository } from './static-server.mjs';

const flag = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const theme = flag('theme', 'light');
const width = Number(flag('width', '760'));
const folder = `${flag('out', '/tmp/downloads')}/${theme}`;
const tags = ['career-salary', 'career-tiers', 'career-day', 'career-demand', 'career-facts', 'career-balance', 'career-skills'];
const kinds = ['csv', 'svg', 'png'];

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const server = await serveRepository({
  '/downloads': () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Downloads</title>
    <script type="module" src="/dist/cdn/career-widgets.js"></script></head>
    <body style="margin: 8px; width: ${width}px">${tags.map((tag) => `<${tag} theme="${theme}" src="/data/operations-engineer.json"></${tag}>`).join('')}</body></html>`,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--font-render-hinting=none'],
});
const problems = [];
try {
  const page = await browser.newPage();
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
  let saved = 0;
  session.on('Browser.downloadProgress', (event) => {
    if (event.state === 'completed') saved += 1;
  });
  await page.goto(`${server.origin}/downloads`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.body.children].every((element) => element.shadowRoot?.querySelector('[part="downloads-toggle"]')));
  for (const tag of tags) {
    for (const kind of kinds) {
      const before = saved;
      await page.evaluate(
        async (tag, kind) => {
          const element = document.querySelector(tag);
          const toggle = element.shadowRoot.querySelector('[part="downloads-toggle"]');
          if (toggle.getAttribute('aria-expanded') !== 'true') {
            toggle.click();
            await element.updateComplete;
          }
          element.shadowRoot.querySelector(`[data-download="${kind}"]`).click();
        },
        tag,
        kind,
      );
      for (let waited = 0; saved === before && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      if (saved === before) problems.push(`${tag} ${kind}: no file saved`);
    }
  }

  // Copy, as a reader does it: a real click (a user gesture, which the clipboard requires) on
  // each chart's "Copy figures", then the clipboard read back.
  await browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  for (const tag of tags) {
    const button = await page.evaluateHandle((tag) => document.querySelector(tag).shadowRoot.querySelector('[data-download="copy"]'), tag);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '', { timeout: 5000 }).catch(() => {});
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const note = await page.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('.download-note').textContent, tag);
    const csv = parseCsv(readFileSync(`${folder}/operations-engineer-${tag.slice('career-'.length)}.csv`, 'utf8').slice(1));
    const same = copied === csv.map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
    if (!same) problems.push(`${tag} copy: the clipboard holds ${JSON.stringify(copied.slice(0, 80))}, not the CSV's figures`);
    console.log(`${tag} copy: ${copied.split('\n').length} lines on the clipboard, ${same ? 'the CSV\'s figures' : 'NOT the CSV\'s figures'}; "${note}"`);
  }

  const files = readdirSync(folder).sort();
  const viewer = await browser.newPage();
  for (const file of files) {
    const path = `${folder}/${file}`;
    if (file.endsWith('.csv')) {
      const text = readFileSync(path, 'utf8');
      if (!text.startsWith('\ufeff')) problems.push(`${file}: no BOM`);
      const rows = parseCsv(text.slice(1));
      const lengths = new Set(rows.map((row) => row.length));
      if (lengths.size !== 1) problems.push(`${file}: rows of ${[...lengths].join(', ')} cells`);
      console.log(`${file}: ${rows.length - 1} rows of ${rows[0].length} columns (${rows[0].join(' | ')})`);
    } else if (file.endsWith('.svg')) {
      const size = await viewer.evaluate((text) => {
        const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
        if (svg.querySelector('parsererror')) return undefined;
        return [Number(svg.documentElement.getAttribute('width')), Number(svg.documentElement.getAttribute('height'))];
      }, readFileSync(path, 'utf8'));
      if (!size) {
        problems.push(`${file}: does not parse`);
        continue;
      }
      // The file drawn by the browser as an image, as a reader's viewer would show it.
      await viewer.setViewport({ width: size[0], height: size[1] });
      await viewer.goto(`file://${path}`);
      await viewer.screenshot({ path: `${path}.png` });
      console.log(`${file}: ${size[0]} × ${size[1]}, drawn into ${file}.png`);
    } else if (file.endsWith('.png') && !file.endsWith('.svg.png')) {
      const bytes = readFileSync(path);
      const [pngWidth, pngHeight] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      const svg = readFileSync(path.replace(/\.png$/, '.svg'), 'utf8');
      const [svgWidth, svgHeight] = [/ width="([\d.]+)"/, / height="([\d.]+)"/].map((pattern) => Number(pattern.exec(svg)?.[1]));
      if (pngWidth !== 2 * svgWidth || pngHeight !== 2 * svgHeight) problems.push(`${file}: ${pngWidth} × ${pngHeight}, not twice ${svgWidth} × ${svgHeight}`);
      console.log(`${file}: ${pngWidth} × ${pngHeight}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(problems.length === 0 ? `✓ every file of ${tags.length} charts in ${folder}` : `${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;

/** The rows of an RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      rows.at(-1).push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
      index += 1;
    }
    else field += char;
  }
  if (field || rows.at(-1).length > 0) rows.at(-1).push(field);
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}
