/**
 * Lighthouse 12 (performance and accessibility) on the demo page as a user would ship it: the
 * demo's HTML with the built autoloader (dist/cdn/autoload.js, which loads the chunks of the
 * elements on the page) in place of the development sources, served from 127.0.0.1 over HTTP/1.1
 * with gzip and caching headers, in Debian's Chromium. Lighthouse's default mobile profile:
 * simulated slow 4G and a 4× slower CPU, both applied by Lighthouse's simulator (Lantern) to a
 * trace taken at full speed, so other work on the machine while it runs shows up, 4× longer, in
 * Total Blocking Time.
 *
 * `node scripts/bench/lighthouse.mjs` prints the scores and metrics; `npm run bench` records them
 * in BENCHMARKS.md. Needs `npm run build` first. The full report goes to
 * node_modules/.cache/bench/lighthouse.json.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = process.cwd();
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

/** The demo page, loading the built bundle instead of the TypeScript sources Vite serves. */
function demoHtml() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const script = '<script type="module" src="/src/index.ts"></script>';
  if (!html.includes(script)) throw new Error(`index.html no longer loads ${script}: update scripts/bench/lighthouse.mjs`);
  return html.replace(script, '<script type="module" src="/dist/cdn/autoload.js"></script>');
}

/** A static server for the repository, as a production host would serve it. */
export async function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const file = url.pathname === '/' ? undefined : join(root, normalize(url.pathname));
    if (file && (!file.startsWith(root) || !existsSync(file))) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('not found');
    }
    const body = file ? readFileSync(file) : Buffer.from(demoHtml());
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html'];
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': file ? 'public, max-age=31536000' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Runs Lighthouse on the demo, or on another page of the repository (`path`, e.g. the server
 * rendered guide that scripts/bench.mjs writes); returns the scores (0–100) and the metrics.
 */
export async function runLighthouse(path = '/') {
  if (!existsSync('dist/cdn/career-widgets.js')) throw new Error('dist/cdn/career-widgets.js is missing: run `npm run build` first.');
  const { server, origin } = await serve();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], output: 'json', logLevel: 'error' });
    const { lhr } = result;
    mkdirSync('node_modules/.cache/bench', { recursive: true });
    writeFileSync('node_modules/.cache/bench/lighthouse.json', result.report);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '—';
    return {
      version: lhr.lighthouseVersion,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      metrics: {
        'First Contentful Paint': metric('first-contentful-paint'),
        'Largest Contentful Paint': metric('largest-contentful-paint'),
        'Total Blocking Time': metric('total-blocking-time'),
        'Cumulative Layout Shift': metric('cumulative-layout-shift'),
        'Speed Index': metric('speed-index'),
      },
      failing: Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
    };
  } finally {
    await chrome.kill();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const summary = await runLighthouse();
  console.log(JSON.stringify(summary, null, 2));
}
