/**
 * `npm run bench`: sizes, render and update times, memory, layout shift and request counts of
 * the drop-in bundle in headless Chromium, next to a trivial Lit element as the floor, written
 * with the method and the machine to BENCHMARKS.md. Not part of `npm test`: timings are noisy
 * on shared machines, so nothing here fails a build except the size budgets (scripts/size.mjs).
 *
 * Needs `npm run build` first. Options: --runs=N (default 7).
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHARTS } from '../src/registry.js';
import { runLighthouse } from './bench/lighthouse.mjs';
import { paintMetrics, withoutScript } from './bench/paint.mjs';

/** The charts timed 100 at a time besides <career-salary>, which is timed in more ways. */
const OTHER_CHARTS = CHARTS.filter((chart) => chart.name !== 'salary').map((chart) => chart.name);
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 7);
const root = process.cwd();
if (!existsSync('dist/cdn/career-widgets.js')) {
  console.error('dist/cdn/career-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

// The floor: a trivial Lit element drawing one SVG rect, built the way the bundle is.
mkdirSync('node_modules/.cache/bench', { recursive: true });
const floorBuild = await build({
  configFile: 'vite.config.ts',
  mode: 'cdn',
  logLevel: 'silent',
  build: { write: false, emptyOutDir: false, lib: { entry: 'scripts/bench/floor-element.ts', fileName: () => 'floor.js' } },
});
const floorCode = (Array.isArray(floorBuild) ? floorBuild[0] : floorBuild).output[0].code;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const send = (status, body, type = 'text/plain') => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (url.pathname === '/bench/floor.js') return send(200, floorCode, types['.js']);
  if (url.pathname.startsWith('/slow/')) {
    // A slow network: the guide arrives after 800 ms.
    return setTimeout(() => send(200, readFileSync(join(root, 'data', url.pathname.slice(6))), types['.json']), 800);
  }
  if (url.pathname === '/late/career-widgets.js') {
    // The script arrives after 400 ms, so the page is painted with the elements not yet defined.
    return setTimeout(() => send(200, readFileSync(join(root, 'dist/cdn/career-widgets.js')), types['.js']), 400);
  }
  const file = url.pathname.startsWith('/bench/') ? join(root, 'scripts', url.pathname) : join(root, normalize(url.pathname));
  if (!file.startsWith(root) || !existsSync(file)) return send(404, 'not found');
  send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});
const chromium = (await browser.version()).replace('HeadlessChrome/', 'Chromium ');

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};
const ms = (value) => `${value.toFixed(1)} ms`;
const range = ({ median, min, max }) => `${ms(median)} (${min.toFixed(1)}–${max.toFixed(1)})`;

async function openPage(path, viewport = { width: 1000, height: 800 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  return page;
}

async function heap(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

// In the page: render n elements of `tag` and time it until every one is drawn and a frame painted.
const renderMany = async (tag, n, mode) => {
  const guide = window.__guide ??= await (await fetch('/data/operations-engineer.json')).json();
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  // "whole": every chart laid out and painted, as if all were on screen (the page overrides
  // the content-visibility: auto that lets the browser skip charts off screen).
  stage.classList.toggle('whole', mode === 'whole');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  const elements = [];
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i += 1) {
    const el = document.createElement(tag);
    if (tag === 'floor-element') el.value = 50 + (i % 100);
    else el.data = guide;
    fragment.append(el);
    elements.push(el);
  }
  stage.append(fragment);
  const drawn = (el) =>
    tag === 'floor-element' ? el.shadowRoot?.querySelector('svg') : el.state?.status === 'ready' && !el.shadowRoot.querySelector('[part="placeholder"]');
  await new Promise(function check(resolve) {
    if (elements.every(drawn)) resolve();
    else requestAnimationFrame(() => check(resolve));
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const elapsed = performance.now() - start;
  if (mode !== 'keep') stage.replaceChildren();
  return elapsed;
};

const results = {};
const page = await openPage('/bench/page.html');
await page.waitForFunction(() => customElements.get('career-salary') && customElements.get('floor-element'));

// Render time: career-salary 1, 100, 1000 interleaved with the floor, RUNS times.
for (const n of [1, 100, 1000]) {
  const salary = [];
  const floor = [];
  for (let run = 0; run < RUNS; run += 1) {
    salary.push(await page.evaluate(renderMany, 'career-salary', n));
    floor.push(await page.evaluate(renderMany, 'floor-element', n));
  }
  results[`render-${n}`] = { salary: stats(salary), floor: stats(floor) };
  console.log(`render ${n}: salary ${range(stats(salary))}, floor ${range(stats(floor))}`);
}

// The whole cost: 100 charts, every one laid out and painted as if on screen.
{
  const times = [];
  for (let run = 0; run < RUNS; run += 1) times.push(await page.evaluate(renderMany, 'career-salary', 100, 'whole'));
  results['render-100-whole'] = stats(times);
  console.log(`render 100, every chart rendered: ${range(stats(times))}`);
}

// DOM nodes in one drawn chart's shadow root (elements, text, comments), against the floor's.
results.nodes = await page.evaluate(async () => {
  const count = async (tag) => {
    const el = document.createElement(tag);
    if (tag === 'floor-element') el.value = 50;
    else el.data = window.__guide;
    document.getElementById('stage').append(el);
    await new Promise(function check(resolve) {
      if (el.shadowRoot?.querySelector('svg') && !el.shadowRoot.querySelector('[part="placeholder"]')) resolve();
      else requestAnimationFrame(() => check(resolve));
    });
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes += 1;
    el.remove();
    return nodes;
  };
  return { salary: await count('career-salary'), floor: await count('floor-element') };
});
console.log(`DOM nodes per chart: salary ${results.nodes.salary}, floor ${results.nodes.floor}`);

// 100 of each other element.
for (const name of OTHER_CHARTS) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) times.push(await page.evaluate(renderMany, `career-${name}`, 100));
  results[`render-100-${name}`] = stats(times);
  console.log(`render 100 career-${name}: ${range(stats(times))}`);
}

// Update time: 100 elements get a new guide object.
{
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    times.push(
      await page.evaluate(async (renderManyText) => {
        const renderMany = eval(`(${renderManyText})`);
        await renderMany('career-salary', 100, 'keep');
        const elements = [...document.querySelectorAll('#stage career-salary')];
        const next = structuredClone(window.__guide);
        next.salary.median = 101_000;
        const start = performance.now();
        for (const el of elements) el.data = next;
        await Promise.all(elements.map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const elapsed = performance.now() - start;
        document.getElementById('stage').replaceChildren();
        return elapsed;
      }, renderMany.toString()),
    );
  }
  results.update = stats(times);
  console.log(`update 100: ${range(stats(times))}`);
}

// Memory: JS heap with 1000 elements on the page, against 1000 floor elements.
{
  const base = await heap(page);
  await page.evaluate(renderMany, 'career-salary', 1000, 'keep');
  const salary = (await heap(page)) - base;
  await page.evaluate(() => document.getElementById('stage').replaceChildren());
  const base2 = await heap(page);
  await page.evaluate(renderMany, 'floor-element', 1000, 'keep');
  const floor = (await heap(page)) - base2;
  await page.evaluate(() => document.getElementById('stage').replaceChildren());
  results.heap = { salary, floor };
  console.log(`heap 1000: salary ${(salary / 1e6).toFixed(2)} MB, floor ${(floor / 1e6).toFixed(2)} MB`);
}

// Heap over 10,000 attach/detach cycles with src changing among 20 URLs.
{
  const samples = [];
  for (const until of [1000, 5000, 10000]) {
    await page.evaluate(async (until) => {
      const stage = document.getElementById('stage');
      window.__cycle ??= 0;
      for (; window.__cycle < until; window.__cycle += 1) {
        const el = document.createElement('career-salary');
        el.src = `/data/operations-engineer.json?copy=${window.__cycle % 20}`;
        stage.append(el);
        await el.updateComplete;
        el.remove();
        if (window.__cycle % 100 === 0) await new Promise((resolve) => setTimeout(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }, until);
    samples.push({ cycles: until, heap: await heap(page) });
  }
  results.cycles = samples;
  console.log(`attach/detach heap: ${samples.map((sample) => `${sample.cycles}: ${(sample.heap / 1e6).toFixed(2)} MB`).join(', ')}`);
}
await page.close();

// Requests: 50 elements on one src make one request.
{
  const requestsPage = await browser.newPage();
  let count = 0;
  requestsPage.on('request', (request) => request.url().endsWith('/data/operations-engineer.json?shared') && (count += 1));
  await requestsPage.goto(`${origin}/bench/page.html`, { waitUntil: 'networkidle0' });
  await requestsPage.evaluate(async () => {
    const stage = document.getElementById('stage');
    const elements = Array.from({ length: 50 }, () => {
      const el = document.createElement('career-salary');
      el.src = '/data/operations-engineer.json?shared';
      return el;
    });
    stage.append(...elements);
    await new Promise(function check(resolve) {
      if (elements.every((el) => el.state?.status === 'ready')) resolve();
      else requestAnimationFrame(() => check(resolve));
    });
  });
  results.requests = count;
  console.log(`requests for 50 elements on one src: ${count}`);
  await requestsPage.close();
}

// Layout shift while guides load slowly, and time to first chart.
{
  // Phones small and usual, either side of the charts' narrow breakpoint, a tablet and a
  // desktop (where the page's 800 px column is narrower than the window): the reserved heights
  // follow each element's width. Windows tall enough to hold the whole page, so that a move of
  // any element counts, not only of those in a phone's first screen.
  results.cls = [];
  for (const width of [320, 412, 500, 768, 1000]) {
    const viewport = { width, height: 6000 };
    const clsPage = await openPage('/bench/cls.html', viewport);
    await clsPage.waitForFunction(() => [...document.querySelectorAll('body > [src]')].every((el) => el.state?.status === 'ready'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shift = await clsPage.evaluate(() => ({ total: window.__cls, shifts: window.__shifts }));
    results.cls.push({ width, ...shift });
    console.log(`layout shift at ${width} px: ${shift.total.toFixed(4)} (${shift.shifts.length} shifts)${shift.shifts.length ? ` ${JSON.stringify(shift.shifts)}` : ''}`);
    await clsPage.close();
  }
  const firsts = [];
  for (let run = 0; run < RUNS; run += 1) {
    const first = await openPage('/bench/first-chart.html');
    await first.waitForFunction(() => window.__firstChart !== undefined);
    firsts.push(await first.evaluate(() => window.__firstChart));
    await first.close();
  }
  results.firstChart = stats(firsts);
  console.log(`first chart: ${range(stats(firsts))}`);
}

// Server rendering: the whole guide as `career-widgets render --page` writes it, against the
// same page with <career-guide src> drawn in the browser; both load the drop-in bundle.
const GUIDE_PAGES = { server: '/node_modules/.cache/bench/guide-server.html', client: '/node_modules/.cache/bench/guide-client.html' };
{
  const serverPage = execFileSync(process.execPath, ['bin/career-widgets.mjs', 'render', 'data/operations-engineer.json', '--element', 'guide', '--page', '--script', '/dist/cdn/career-widgets.js'], { maxBuffer: 64 << 20 }).toString();
  const start = serverPage.indexOf('<career-guide');
  const end = serverPage.lastIndexOf('</career-guide>') + '</career-guide>'.length;
  writeFileSync(`.${GUIDE_PAGES.server}`, serverPage);
  writeFileSync(`.${GUIDE_PAGES.client}`, `${serverPage.slice(0, start)}<career-guide src="/data/operations-engineer.json"></career-guide>${serverPage.slice(end)}`);
  const guideReady = "() => document.querySelector('career-guide')?.state?.status === 'ready'";
  results.ssr = { paint: {}, withoutScript: {} };
  for (const slowdown of [1, 4]) {
    for (const kind of ['server', 'client']) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await paintMetrics(browser, `${origin}${GUIDE_PAGES[kind]}`, { slowdown, settled: guideReady }));
      const of = (key) => stats(runs.map((metrics) => metrics[key] ?? NaN));
      results.ssr.paint[`${kind}-${slowdown}`] = { fcp: of('fcp'), lcp: of('lcp'), cls: of('cls'), tbt: of('tbt') };
      console.log(`guide page, ${kind} rendered, CPU ${slowdown}×: FCP ${range(of('fcp'))}, LCP ${range(of('lcp'))}, CLS ${of('cls').max.toFixed(4)}, TBT ${range(of('tbt'))}`);
    }
  }
  for (const kind of ['server', 'client']) {
    results.ssr.withoutScript[kind] = await withoutScript(browser, `${origin}${GUIDE_PAGES[kind]}`);
    console.log(`guide page, ${kind} rendered, without JavaScript: ${results.ssr.withoutScript[kind].text} characters of text, ${results.ssr.withoutScript[kind].charts} charts`);
  }
  results.ssr.render = JSON.parse(execFileSync(process.execPath, ['scripts/bench/ssr-render.mjs', '20']).toString());
  for (const [name, time] of Object.entries(results.ssr.render)) console.log(`server render <career-${name}>: ${range(time)}, ${time.bytes} B`);
  results.ssr.eleventy = JSON.parse(execFileSync(process.execPath, ['scripts/bench/eleventy-catalogue.mjs', '100', '--runs=3', '--json']).toString());
  const eleventy = results.ssr.eleventy;
  console.log(`Eleventy, ${eleventy.pages} guide pages: ${ms(eleventy.wall)} (${ms(eleventy.perPage)} per page, ${ms(eleventy.marginal)} per page beyond the first)`);
}

await browser.close();
server.close();

// The command line: `career-widgets validate` over 1,000 guide files, the whole process timed.
results.cli = JSON.parse(execFileSync(process.execPath, ['scripts/bench/validate-many.mjs', '1000', '5']).toString());
console.log(`career-widgets validate, ${results.cli.files} files: ${range(results.cli)}`);

// Lighthouse on the demo page, as a page would ship it.
// Three runs: Lighthouse's own score moves by a few points from run to run on these machines.
{
  const runs = [];
  for (let run = 0; run < 3; run += 1) runs.push(await runLighthouse());
  runs.sort((a, b) => a.performance - b.performance);
  results.lighthouse = { ...runs[1], scores: runs.map((run) => run.performance) };
  console.log(`lighthouse: performance ${results.lighthouse.scores.join(', ')}, accessibility ${runs.map((run) => run.accessibility).join(', ')}`);
  results.ssr.lighthouse = {};
  for (const kind of ['server', 'client']) {
    const pageRuns = [];
    for (let run = 0; run < 3; run += 1) pageRuns.push(await runLighthouse(GUIDE_PAGES[kind]));
    pageRuns.sort((a, b) => a.performance - b.performance);
    results.ssr.lighthouse[kind] = { ...pageRuns[1], scores: pageRuns.map((run) => run.performance) };
    console.log(`lighthouse, guide page ${kind} rendered: performance ${pageRuns.map((run) => run.performance).join(', ')}, accessibility ${pageRuns.map((run) => run.accessibility).join(', ')}`);
  }
}

// Sizes, with their budgets.
execFileSync(process.execPath, ['scripts/size.mjs', '--write'], { stdio: 'inherit' });

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const r = results;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const sections = `## Method and machine

Run with \`npm run build && npm run bench\` (${RUNS} runs per figure, median with the range in brackets). ${chromium}, headless, on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Pages load \`dist/cdn/career-widgets.js\` from a local server. "Render" is the time from creating the elements (guide given through \`data\`, container 640 px wide) until every one has drawn its chart and a frame has been painted; runs of our element and of the floor (a trivial LitElement drawing one SVG rect, scripts/bench/floor-element.ts) are interleaved so that machine drift hits both alike. Heap figures are \`Runtime.getHeapUsage\` after two forced garbage collections. These machines are shared and noisy: read the medians, not single runs.

## Render time

| what | career-salary | floor (trivial Lit SVG element) | ratio |
| --- | ---: | ---: | ---: |
| 1 element | ${range(r['render-1'].salary)} | ${range(r['render-1'].floor)} | ${ratio(r['render-1'].salary.median, r['render-1'].floor.median)} |
| 100 elements | ${range(r['render-100'].salary)} | ${range(r['render-100'].floor)} | ${ratio(r['render-100'].salary.median, r['render-100'].floor.median)} |
| 1,000 elements | ${range(r['render-1000'].salary)} | ${range(r['render-1000'].floor)} | ${ratio(r['render-1000'].salary.median, r['render-1000'].floor.median)} |

| 100 of each other element | time |
| --- | ---: |
${OTHER_CHARTS.map((name) => `| career-${name} | ${range(r[`render-100-${name}`])} |`).join('\n')}

The rows above are the elements as they ship: the browser skips the style, layout and paint of charts off screen (\`content-visibility: auto\`), so most of the 100 stacked charts cost their DOM and script only. The whole cost, with the page forcing every chart to be rendered as if on screen (\`--career-content-visibility: visible\`): 100 \`<career-salary>\` in ${range(r['render-100-whole'])}, ${ratio(r['render-100-whole'].median, r['render-100'].floor.median)} the floor.

A drawn \`<career-salary>\` is ${r.nodes.salary} DOM nodes in its shadow root (elements, text and comments); the floor's is ${r.nodes.floor}.

Update: 100 \`<career-salary>\` given a new guide object take ${range(r.update)} to re-render.

Time from navigation start to the first chart on screen (one \`<career-salary src>\`, bundle and guide from the local server): ${range(r.firstChart)}.

## Memory

JS heap with 1,000 elements on the page: \`<career-salary>\` ${(r.heap.salary / 1e6).toFixed(2)} MB, floor ${(r.heap.floor / 1e6).toFixed(2)} MB (${ratio(r.heap.salary, r.heap.floor)}).

Heap after attach/detach cycles of \`<career-salary>\` with \`src\` changing among 20 URLs (each cycle: create, set src, attach, wait for its update, remove): ${r.cycles.map((sample) => `${sample.cycles.toLocaleString('en')} cycles ${(sample.heap / 1e6).toFixed(2)} MB`).join(', ')}.

## Layout shift and requests

Seven elements whose script arrives 400 ms and guide 800 ms late (scripts/bench/cls.html: a column at most 800 px wide, text after the elements), so that the page is painted with the elements not yet defined (held by cdn/career-widgets.css), then waiting for the guide (their placeholders), then drawn; a line of text after each element, which moves if it does; windows 6,000 px tall, so that the whole page counts: cumulative layout shift from the first paint until every chart is drawn

| window | layout shift | shifts |
| --- | ---: | ---: |
${r.cls.map((run) => `| ${run.width} px | ${run.total.toFixed(4)} | ${run.shifts.length} |`).join('\n')}

Fifty \`<career-salary>\` on one \`src\`: ${r.requests} request(s).

## Lighthouse

Lighthouse ${r.lighthouse.version} (scripts/bench/lighthouse.mjs; default mobile profile: simulated slow 4G, 4× CPU slowdown) on the demo page, index.html, served from 127.0.0.1 with gzip, loading \`dist/cdn/autoload.js\` (which fetches only the elements on the page) in place of the development sources, three runs: performance **${r.lighthouse.performance}** (median; the runs scored ${r.lighthouse.scores.join(', ')}), accessibility **${r.lighthouse.accessibility}**. The metrics are the median run's.

| metric | value |
| --- | ---: |
${Object.entries(r.lighthouse.metrics).map(([name, value]) => `| ${name} | ${value} |`).join('\n')}

Audits below full marks: ${r.lighthouse.failing.length > 0 ? r.lighthouse.failing.map((audit) => `${audit}`).join('; ') : 'none'}.

## Server rendering

The whole bundled guide as \`career-widgets render data/operations-engineer.json --element guide --page --script /dist/cdn/career-widgets.js\` writes it (every chart and word in the HTML, hydrated by the drop-in), against the same page with \`<career-guide src>\` drawn in the browser (node_modules/.cache/bench/guide-server.html and guide-client.html, served by this script's local server without compression). Phone viewport, 412 × 823 px; the CPU slowed down through the DevTools protocol; ${RUNS} loads each. First and largest contentful paint from the page's own PerformanceObservers; total blocking time is the part beyond 50 ms of every long task from navigation until the guide is ready and half a second more.

| page | CPU | first contentful paint | largest contentful paint | layout shift (worst run) | total blocking time |
| --- | ---: | ---: | ---: | ---: | ---: |
${[1, 4].flatMap((slowdown) => ['server', 'client'].map((kind) => {
  const p = r.ssr.paint[`${kind}-${slowdown}`];
  return `| ${kind === 'server' ? 'server-rendered' : 'drawn in the browser'} | ${slowdown}× | ${range(p.fcp)} | ${range(p.lcp)} | ${p.cls.max.toFixed(4)} | ${range(p.tbt)} |`;
})).join('\n')}

Without JavaScript (the same pages, scripts off): the server-rendered page shows ${r.ssr.withoutScript.server.text.toLocaleString('en')} characters of text and ${r.ssr.withoutScript.server.charts} drawn SVGs; the page drawn in the browser ${r.ssr.withoutScript.client.text.toLocaleString('en')} characters and ${r.ssr.withoutScript.client.charts} SVGs. JavaScript needed before the guide's content is visible: ${r.ssr.withoutScript.server.charts > 0 ? '0 B' : 'the whole drop-in'} for the server-rendered page, the whole drop-in bundle (see Sizes) for the other.

Lighthouse (as above, mobile profile, three runs, median): server-rendered page performance **${r.ssr.lighthouse.server.performance}** (runs ${r.ssr.lighthouse.server.scores.join(', ')}), accessibility **${r.ssr.lighthouse.server.accessibility}**, FCP ${r.ssr.lighthouse.server.metrics['First Contentful Paint']}, LCP ${r.ssr.lighthouse.server.metrics['Largest Contentful Paint']}, TBT ${r.ssr.lighthouse.server.metrics['Total Blocking Time']}; drawn in the browser performance **${r.ssr.lighthouse.client.performance}** (runs ${r.ssr.lighthouse.client.scores.join(', ')}), accessibility **${r.ssr.lighthouse.client.accessibility}**, FCP ${r.ssr.lighthouse.client.metrics['First Contentful Paint']}, LCP ${r.ssr.lighthouse.client.metrics['Largest Contentful Paint']}, TBT ${r.ssr.lighthouse.client.metrics['Total Blocking Time']}.

Rendering on the server (scripts/bench/ssr-render.mjs: \`renderElement\` from dist/ssr.js in Node ${process.version}, 5 warm-up renders, then 20 timed; HTML bytes before compression, each chart with its five width forms and its part of the guide as inline JSON):

| element | time per render | HTML |
| --- | ---: | ---: |
${Object.entries(r.ssr.render).map(([name, time]) => `| career-${name} | ${range(time)} | ${time.bytes.toLocaleString('en')} B |`).join('\n')}

A catalogue: the Eleventy example (examples/eleventy) building ${r.ssr.eleventy.pages} guide pages, each a \`<career-guide>\` of its own copy of the bundled guide (scripts/bench/eleventy-catalogue.mjs, best of 3 builds): ${ms(r.ssr.eleventy.wall)} for the whole \`eleventy\` command (Eleventy reports ${ms(r.ssr.eleventy.eleventy)}), ${ms(r.ssr.eleventy.perPage)} per page; one page alone takes ${ms(r.ssr.eleventy.onePage)}, so each page beyond the first costs ${ms(r.ssr.eleventy.marginal)}.

## Command line

\`career-widgets validate\` on ${r.cli.files.toLocaleString('en')} guide files at once (scripts/bench/validate-many.mjs: copies of the bundled guide, ${(r.cli.bytes / 1_000_000).toFixed(1)} MB in all, one in ten invalid; the whole command, Node start-up included, in Node ${process.version}, 5 runs): ${range(r.cli)}.

## What was tried, and what it gave

Sizes are gzip -9 of \`<career-salary>\` alone, then of the drop-in bundle; times from this script or a 4× CPU throttle in Chromium.

- Pinned d3-scale 4.0.2 and d3-shape 3.2.0 (per-file modules that tree-shake), and number-only stand-ins for d3-interpolate and d3-format in the CDN builds (src/chart/lean/, checked against d3 by test/lean.test.ts): 31.4 → 24.2 kB when the salary chart was the only element. Later (issue 14) the stand-ins replaced d3's everywhere, in the dev server, Storybook and the tests too, and the npm package bundles d3 on them, leaving only Lit to the user's bundler: an app importing \`career-widgets/salary\` from the packed tarball 32,626 → 25,194 B.
- Languages other than English load on first use (2.3–2.5 kB each); the drop-in bundle inlines them to stay one file: salary alone 31.3 → 27.2 kB.
- The contract's field descriptions (6.7 kB of text that only the JSON Schema needs) are left out of browser builds (scripts/strip-descriptions.ts): 27.2 → 26.3 kB.
- CSS in the element styles minified by Lightning CSS (scripts/minify-css-literals.ts): 26.3 → 25.6 kB; drop-in 57.0 → 55.4 kB. Later, the indentation in \`html\` and \`svg\` templates was collapsed at build too (an HTML tokenizer in a build plugin): salary −86 B, drop-in −339 B; removed again (issue 14), as not worth a tokenizer of our own to keep correct.
- Since then the "show as table" button, right-to-left mirroring and bidi fixes added about 1 kB back.
- Each element validates only the header and its own sections (src/contract/sections.ts; scripts/size.mjs fails the build if an element alone holds another section's strings): 0.4–1.3 kB less per element (salary 27.0 → 26.3 kB, skills 27.5 → 26.2 kB), about 0.5 kB more for the drop-in bundle and the guide, which hold every part.
- Browser builds validate with a lean stand-in for the 19 Valibot functions the contract uses (src/contract/lean/valibot.ts): about −0.9 kB for every element and for the drop-in. Later (issue 14) it became the only validator, in the npm package, the dev server, Storybook and the tests too; the JSON Schema and test/lean-valibot.test.ts rebuild the contract with Valibot itself (scripts/valibot.ts), and the test checks that both report the same issues on the sample, 19 hostile fixtures and 4,500 generated guides. Recording how each schema was made, for that rebuild, costs +43 B on salary alone; the npm consumer build (an app importing \`career-widgets/salary\`) 33,327 → 32,626 B.
- Each element brings only its own English words (one object per element in src/i18n/en.ts, added by the element modules that read them; scripts/size.mjs fails the build if an element alone carries another's words): salary alone 25.95 → 24.54 kB, the other elements 1.2–1.6 kB less; the drop-in and the guide, which hold every element, 0.2 kB more.
- Not reached: 16 kB for the salary chart and 24 kB for everything. Lit alone is 5.7 kB; the shared element machinery (loading, states, controllers, the frame) and validating in the browser (Valibot and the contract) are each about a fifth to a quarter of the salary element.
- Speed: the direction is read with \`:dir(rtl)\` instead of computed style, which had forced a style recalculation per element (a third of the time for 100 charts); charts far down the page lay out and draw only near the viewport (\`loading="lazy"\`); lazy charts drawn together take turns of 8 ms per task (demo page at 4× CPU: total blocking time 190 → 150 ms over 3 runs each), eager ones draw in one go (turns had slowed 1,000 eager charts from 2.5 s to 6.3 s). Both since taken out (last item).
- Charts of one kind on the same guide object, width, language and direction share one layout: 1,000 salary charts hold about 21 MB of JS heap instead of 26 MB; no clear change in render time (the layout is about 2 % of it).
- A parent's \`color-scheme\` (for \`theme="auto"\`) is read once per task, not in every element's update.
- Tried and dropped: rendering the table of exact figures only once opened gave about 10–15 % less layout time for 100 charts, within the noise, and would have taken the table away from screen readers until opened.
- Charts off screen skip style, layout and paint (\`content-visibility: auto\`, first on each chart's host, now on the box inside its shadow root; until first drawn a chart is as tall as cdn/career-widgets.css reserves, and a clip margin keeps focus rings; test/offscreen.test.ts): 100 eager salary charts went from about 300 ms to 120–135 ms in quick runs, with layout time in a trace from 60–110 ms to 5–12 ms. The whole cost, every chart rendered, is measured above too.
- Fewer, cheaper nodes: the marks, axis and table of exact figures depend on the layout alone, so they are drawn by Lit once per shared layout and each chart gets a native copy (src/element/stamp.ts, since removed: its copies could not hydrate, and the element core now renders every mark through Lit, at the heap and node cost BENCHMARKS.md shows), without template parts or marker comments; MarksController sets the tab stop and the shown mark after each render and listens once on the shadow root instead of four closures per mark. A salary chart went from 282 to 148 DOM nodes, and 1,000 of them from 21.3 to 10.1 MB of JS heap (marks) and then 4.6 MB (table). Render time did not change beyond the noise: copying a 90-node SVG costs about what Lit's template clone and bindings did.
- Reserved heights are computed once per element kind, language and width, not in every placeholder: several wrap a typical guide's text, and the skill map's took a third of the time of 100 skill maps (about 280 → 170 ms). Gone since: no placeholder computes a height now (next item).
- Reserved heights from one source: each chart layout says its block height, and scripts/reserved-sizes.ts lays the bundled guide out at every width from 240 to 1400 px into container queries (one rule per run of widths with one height) for the element sheets and cdn/career-widgets.css, instead of three hand-kept copies that disagreed (at a 500 px window the stylesheet reserved 308 px for a salary chart drawn 368 px tall). With the script 400 ms late and a line of text after each element (scripts/bench/cls.html), the previous build shifted at every one of the five windows (0.0003 at 320 px, 0.0011 at 412, 0.0115 at 500, 0.0006 at 768, 0.0010 at 1000, in 6,000 px tall windows); now 0 at each. Tried and dropped: the host as a size container, so that the box skipped off screen could take its reserved height by container query: the browser then styles every chart's subtree during layout, one container at a time, and 100 salary charts all rendered took 17 % longer in an interleaved A/B (style 25.7 → 36.2 ms, layout 31.4 → 39.0 ms); only the waiting placeholder's box is a container now, a drawn chart is skipped at its own layout's height, exact for any guide, and an element not yet measured is skipped whole. The skeleton pulses only while a guide loads: 100 eager charts had started 200 animations to drop them within a frame (style 10.6 → 6.2 ms, task 60.1 → 51.5 ms in an A/B). What is left: 100 eager charts of each kind take −1 to +11 % longer than before, one tab per build, 3 rounds of 7 runs (the box inside each chart's shadow root is styled where the skipped host's contents were not).
- Tried and dropped: an ICU warm-up in a throwaway worker started by the autoloader (the first \`Intl.NumberFormat\` takes 24–109 ms on these machines): a page under \`require-trusted-types-for 'script'\` refuses the worker's URL with a policy violation, and its effect on Lighthouse could not be told from the noise of a loaded machine. Loading element chunks only when they near the viewport: no effect visible through the noise, and a change of the autoloader's documented behaviour.
- Server rendering and hydration (issue 15) against the build before it, in one browser, 100 \`<career-salary>\` interleaved 9 times each (drop-in bundles built from 3d14678 and from this commit): every chart rendered 116.7 → 115.7 ms, as shipped 46.7 → 49.0 ms, medians within the noise; the hydrate support and the server forms cost bytes (Sizes), not render time. The drop-in's table above moved from 96.6 to 132.0 ms between two bench runs on different days; the interleaved runs show that as machine drift. Hydrating server-rendered elements one task each, rather than all in one: total blocking time of the server-rendered guide page at 4× CPU 299–334 → 58–86 ms (5 loads each).
- Server forms for phones: with forms at 280, 400, 520, 720 and 960 px, every phone from 360 to 430 px wide (a 328–398 px column) got the 280 px drawing, up to 118 px narrower than its column, with tier titles cut short; a 336 px form leaves at most 56 px, for the whole guide's HTML 54.1 → 59.5 kB gzip. In a 528–719 px column a chart still shows its 520 px form, which can be taller than the exact layout there (facts 323 against 185 px at 600 px); another form would cost about 10 % more HTML.
- Render and heap against the floor: as shipped, 100 eager charts stacked on a page are within the 3× goal (the ones off screen cost their DOM and script only), but the whole cost, every chart laid out and painted, is about 5.5×, and the heap about 5.5×. What is left of a chart is mostly script (each element's update: validating its part, Lit's render of the frame and placeholder, the controllers, about 0.5 ms) and its own objects (Lit's reactive state and template parts, the Task, the controllers: about 3 kB of heap against the floor's 0.7 kB). Nearer the floor would take the frame itself out of Lit's hands (written to the DOM by hand like the marks), which we did not want for the few dozen bindings left.
- Lazy drawing taken out (issue 15): every chart draws as soon as its guide and width are known, wherever it stands, so that every word it shows is in the DOM for find-in-page and screen readers without scrolling; \`content-visibility: auto\` still skips the rendering of the charts off screen, and \`loading\` is accepted and ignored. What it costs, timed as the render rows above (a 640 px column in a 1000 × 800 window, a fresh guide object per run) until the charts in view are drawn and a frame painted, with total blocking time from long tasks until 1 s later, 7 runs, old and new bundles interleaved: one \`<career-guide>\` (one chart in view) 33 → 29 ms at 1× CPU, 112 → 146 ms at 4×, blocking 23 → 62 ms (another run, lazy against eager in the old bundle: 126 → 134 ms, 33 → 82 ms); 100 stacked \`<career-salary>\`, of which lazy drew 6, 25 → 73 ms at 1×, 149 → 305 ms at 4×, blocking 67 → 248 ms. Kept out too: turns of 8 ms per task for every first drawing, which held first paint and blocking near lazy's (guide 118 ms and 22 ms, 100 charts 135 ms and 71 ms, at 4×) but kept words out of the DOM longer than drawing in one go (the guide's last chart at 193 ms instead of 146, the last of 100 charts at 546 ms instead of 308, and 1,000 charts not all drawn after 8 s instead of 2.3 s).
`;
const file = 'BENCHMARKS.md';
const current = readFileSync(file, 'utf8');
// Sections other scripts write (scripts/size.mjs, the 2 MB test of test/studio.test.ts) are kept as they are.
const KEPT = ['The studio with a 2 MB guide', 'Sizes'];
const kept = KEPT.map((heading) => new RegExp(`## ${heading}\\n[\\s\\S]*?(?=\\n## |$)`).exec(current)?.[0]?.trimEnd() ?? '').filter(Boolean);
writeFileSync(file, `# Benchmarks\n\n${sections}\n${kept.join('\n\n')}\n`);
console.log('wrote BENCHMARKS.md');
