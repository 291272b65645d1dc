/**
 * The drop-in on its own origin, for pages on other origins: a static server for the package's
 * `dist/cdn/` folder (the drop-in, the autoloader and its chunks, the bundled guides) that sends
 * `Access-Control-Allow-Origin`. A module script, and a guide fetched by `src`, from another
 * origin load only with that header: without it the browser refuses them.
 *
 *   node examples/cors/server.mjs                        # http://127.0.0.1:8081/career-widgets.js, for any page
 *   ALLOW_ORIGIN=https://www.example.com node examples/cors/server.mjs   # for those pages only (comma-separated)
 *   PORT=0 ROOT=./public node examples/cors/server.mjs   # any free port; another folder
 *
 * It prints `listening on <url>` once ready. test/cors.test.ts runs it (test/support/cors.mjs).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Module scripts need a JavaScript type: browsers refuse any other, whatever the CORS headers. */
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * The CORS header for a request from the page at `origin` (the request's `Origin` header):
 * `allow` is `'*'` for every page, or a list of origins (`https://www.example.com`), each
 * answered with its own origin. `Vary: Origin` then keeps caches from handing one page's answer
 * to another. No credentials are involved: the elements fetch guides without cookies.
 */
export function corsHeaders(allow, origin) {
  if (allow === '*') return { 'access-control-allow-origin': '*' };
  return origin && allow.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
}

/** An HTTP server for the files of `root`, with the CORS header for the pages `allow` names. */
export function cdnServer({ root = dirname(fileURLToPath(import.meta.resolve('career-widgets/cdn/career-widgets.js'))), allow = '*' } = {}) {
  const base = resolve(root);
  return createServer(async (request, response) => {
    const headers = corsHeaders(allow, request.headers.origin);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    try {
      // Prefixed, not resolved against a base: a request for `//host/x` stays a path.
      const { pathname } = new URL(`http://localhost${request.url ?? '/'}`);
      const file = resolve(base, `.${decodeURIComponent(pathname)}`);
      const type = TYPES[extname(file)];
      if (!file.startsWith(base + sep) || !type) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=3600', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const allow = process.env.ALLOW_ORIGIN ? process.env.ALLOW_ORIGIN.split(',').map((origin) => origin.trim()) : '*';
  const server = cdnServer({ ...(process.env.ROOT ? { root: process.env.ROOT } : {}), allow });
  server.listen(Number(process.env.PORT ?? 8081), process.env.HOST ?? '127.0.0.1', () => {
    const { address, port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    console.log(`listening on http://${address}:${port}/`);
  });
}
