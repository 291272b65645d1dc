/**
 * Screenshots of every element in Chromium, Firefox and WebKit, wide and narrow, drawn by the
 * built drop-in from the bundled guide, to look at side by side. Writes
 * docs/engines/<engine>/<element>-<width>.png and docs/engines/index.html, which shows the three
 * engines' pictures of each element in one row.
 *
 * Usage: npm run build && npm run screenshots:engines -- [--engines=chromium,firefox,webkit]
 *   [--font=24 --out=/tmp/font-24] [--only=salary,tiers]
 * --font sets the root's font size, as a reader's browser font size does.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveRepository } from './static-server.mjs';
import { ELEMENTS } from '../src/registry.js';
import { CHROMIUM_LAUNCH, FIREFOX_LAUNCH, startWebKitDriver } from '../test/support/browsers.mjs';

const WIDTHS = [900, 360];
/**
 * Shots are cut at this height: the whole guide is 9,000 to 23,000 px tall (WebKitGTK paints a
 * window that tall black), and each of its charts has shots of its own.
 */
const MAX_HEIGHT = 2400;
const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const OUT = flag('out') ?? 'docs/engines';
const engines = (flag('engines') ?? 'chromium,firefox,webkit').split(',');
const rootFont = flag('font');
const only = flag('only')?.split(',');
if (!existsSync('dist/cdn/career-widgets.js')) {
  console.error('dist/cdn/career-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** One element in a column `width` px wide, drawn by the drop-in; `data-ready` once drawn. */
const page = (tag, width) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${tag}</title>
<link rel="stylesheet" href="/dist/cdn/career-widgets.css">
<style>${rootFont ? `html { font-size: ${rootFont}px; }` : ''} body { margin: 0; background: #fff; font-family: system-ui, sans-serif; } #shot { width: ${width}px; padding: 12px; box-sizing: border-box; }</style>
<script type="module" src="/dist/cdn/career-widgets.js"></script>
</head><body><div id="shot"><${tag} src="/data/operations-engineer.json"></${tag}></div>
<script type="module">
  const el = document.querySelector('${tag}');
  el.addEventListener('career-load', async () => {
    await customElements.whenDefined('${tag}');
    for (let i = 0; i < 5; i += 1) {
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
    document.body.dataset.ready = 'yes';
  });
  el.addEventListener('career-error', (event) => { document.body.dataset.ready = 'error: ' + event.detail?.message; });
</script></body></html>`;

const server = await serveRepository({ '/shot': (url) => page(url.searchParams.get('tag'), Number(url.searchParams.get('width'))) });
const { origin } = server;
const shots = ELEMENTS.filter((element) => !only || only.includes(element.name)).flatMap((element) => WIDTHS.map((width) => ({ tag: element.tag, name: element.name, width })));

/** Takes every shot with a puppeteer browser (Chromium through CDP, Firefox through BiDi). */
async function withPuppeteer(engine, options) {
  const browser = await puppeteer.launch(options);
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 900 });
    for (const { tag, name, width } of shots) {
      await tab.goto(`${origin}/shot?tag=${tag}&width=${width}`);
      await tab.waitForFunction('document.body.dataset.ready', { timeout: 20_000 });
      const ready = await tab.evaluate('document.body.dataset.ready');
      if (ready !== 'yes') throw new Error(`${engine} ${tag}: ${ready}`);
      // A viewport as tall as the shot: off screen, charts skip their painting
      // (content-visibility: auto), and Firefox captures them blank beyond the viewport.
      const box = await (await tab.$('#shot')).boundingBox();
      const height = Math.min(Math.ceil(box.height), MAX_HEIGHT);
      await tab.setViewport({ width: 1000, height });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tab.screenshot({ path: `${OUT}/${engine}/${name}-${width}.png`, clip: { ...box, height } });
      await tab.setViewport({ width: 1000, height: 900 });
    }
  } finally {
    await browser.close();
  }
}

/**
 * Takes every shot in WebKitGTK's MiniBrowser, through WebKitWebDriver's WebDriver classic HTTP
 * API called directly: five commands, no client library.
 */
async function withWebKit() {
  const { options, stop } = await startWebKitDriver();
  const base = `http://${options.hostname}:${options.port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  try {
    const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: options.capabilities } });
    const session = `/session/${sessionId}`;
    const run = (script) => call('POST', `${session}/execute/sync`, { script, args: [] });
    try {
      await call('POST', `${session}/window/rect`, { width: 1100, height: 1000 });
      for (const { tag, name, width } of shots) {
        await call('POST', `${session}/url`, { url: `${origin}/shot?tag=${tag}&width=${width}` });
        const deadline = Date.now() + 20_000;
        let ready;
        while (!(ready = await run('return document.body.dataset.ready')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        if (ready !== 'yes') throw new Error(`webkit ${tag}: ${ready ?? 'not drawn in 20 s'}`);
        // WebKitGTK's element screenshots leave composited layers black (most charts), its
        // viewport screenshots do not: size the window to the shot and take the viewport. The
        // window is never narrower than 447 px, so narrow shots have white space on the right.
        const [shotWidth, shotHeight] = await run("const r = document.querySelector('#shot').getBoundingClientRect(); return [Math.ceil(r.width), Math.ceil(r.height)]");
        const [innerWidth, innerHeight] = await run('return [innerWidth, innerHeight]');
        await call('POST', `${session}/window/rect`, { width: 1100 - innerWidth + shotWidth, height: 1000 - innerHeight + Math.min(shotHeight, MAX_HEIGHT) });
        const png = await call('GET', `${session}/screenshot`);
        writeFileSync(`${OUT}/webkit/${name}-${width}.png`, Buffer.from(png, 'base64'));
        await call('POST', `${session}/window/rect`, { width: 1100, height: 1000 });
      }
    } finally {
      await call('DELETE', session);
    }
  } finally {
    stop();
  }
}

try {
  for (const engine of engines) {
    mkdirSync(`${OUT}/${engine}`, { recursive: true });
    if (engine === 'chromium') await withPuppeteer(engine, { ...CHROMIUM_LAUNCH, headless: true });
    else if (engine === 'firefox') await withPuppeteer(engine, FIREFOX_LAUNCH);
    else if (engine === 'webkit') await withWebKit();
    else throw new Error(`unknown engine ${engine}`);
    console.log(`${engine}: ${shots.length} screenshots in ${OUT}/${engine}/`);
  }
} finally {
  server.close();
}

// A page that puts the three engines' pictures of each element side by side.
const rows = shots
  .map(
    ({ name, width }) =>
      `<h2>${name}, ${width} px</h2><div class="row">${['chromium', 'firefox', 'webkit']
        .map((engine) => `<figure><img src="${engine}/${name}-${width}.png" alt="${name} at ${width} px in ${engine}"><figcaption>${engine}</figcaption></figure>`)
        .join('')}</div>`,
  )
  .join('\n');
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Career Widgets in three engines</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start}figure{margin:0}img{max-width:100%;border:1px solid #ccc}figcaption{font-size:.9rem}</style>
</head><body><h1>Every element in Chromium, Firefox and WebKit</h1>
<p>Made by <code>npm run screenshots:engines</code> from the built drop-in and the bundled guide.</p>
${rows}
</body></html>\n`,
);
