import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/**
 * Serves the repository's files (the built `dist/`, `data/`…) on 127.0.0.1, for the scripts that
 * look at the elements in a browser; `pages` maps a path to a function that writes an HTML page
 * from the request's URL. Resolves to the origin and a `close()`.
 * @param {Record<string, (url: URL) => string>} pages
 */
export async function serveRepository(pages = {}) {
  const root = process.cwd();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = pages[url.pathname];
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end(page(url));
    }
    const file = join(root, normalize(url.pathname));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
