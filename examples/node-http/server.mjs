/**
 * A career guide site from plain `node:http`, with no framework: each guide page is streamed as
 * `career-widgets/ssr` renders it (the head goes out before the guide is rendered), and the
 * drop-in bundle hydrates it in the browser.
 *
 *   node examples/node-http/server.mjs            # http://127.0.0.1:8080/careers/operations-engineer
 *   PORT=0 GUIDES=./my-guides node server.mjs     # any free port; guides from another folder
 *
 * Routes: `/` lists the guides, `/careers/<name>` is the page of `<GUIDES>/<name>.json`, and
 * `/career-widgets.js` is the package's drop-in bundle. It prints `listening on <url>` once ready.
 */
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamPage } from 'career-widgets/ssr';
import { parseGuide } from 'career-widgets/contract';

const GUIDES = process.env.GUIDES ?? fileURLToPath(new URL('../../data/', import.meta.url));
const DROP_IN = fileURLToPath(import.meta.resolve('career-widgets/cdn/career-widgets.js'));
const SITE = process.env.SITE_URL ?? 'https://careers.example.com';

/**
 * Server-rendered HTML carries `<style>` elements and `style` attributes, hence
 * `'unsafe-inline'` for styles; scripts stay strict, Trusted Types included.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const server = createServer(async (request, response) => {
  try {
    // Prefixed, not resolved against a base: a request for `//host/x` stays a path.
    const { pathname } = new URL(`http://localhost${request.url ?? '/'}`);
    if (pathname === '/career-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
      response.end(await readFile(DROP_IN));
      return;
    }
    if (pathname === '/') {
      const names = (await guideNames()).map((name) => `<li><a href="/careers/${name}">${name}</a></li>`).join('');
      send(response, 200, `<!doctype html><html lang="en"><title>Career guides</title><h1>Career guides</h1><ul>${names}</ul></html>`);
      return;
    }
    // Only plain names: the path never reaches the file system as it came.
    const name = /^\/careers\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1];
    if (!name || !(await guideNames()).includes(name)) {
      send(response, 404, '<!doctype html><html lang="en"><title>Not found</title><p>No such guide.</p></html>');
      return;
    }
    const result = parseGuide(await readFile(join(GUIDES, `${name}.json`), 'utf8'));
    if (!result.ok) {
      send(response, 500, '<!doctype html><html lang="en"><title>Invalid guide</title><p>This guide is invalid.</p></html>');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
    const page = streamPage('career-guide', result.guide, {
      script: { src: '/career-widgets.js' },
      headingLevel: 1,
      page: { url: `${SITE}/careers/${name}` },
    });
    for await (const chunk of page) {
      // A reader who left stops the rendering; a slow one is waited for.
      if (response.destroyed) return;
      if (!response.write(chunk)) await once(response, 'drain');
    }
    response.end();
  } catch (error) {
    console.error(error);
    if (!response.headersSent) send(response, 500, '<!doctype html><title>Error</title><p>Something went wrong.</p>');
    else response.destroy();
  }
});

/** The guides' names: the `.json` files of GUIDES, less the JSON Schema. */
async function guideNames() {
  return (await readdir(GUIDES)).filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json')).map((file) => file.slice(0, -'.json'.length));
}

function send(response, status, html) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
}

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`listening on http://${address}:${port}/`);
});
