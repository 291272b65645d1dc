/**
 * Koa middleware for the test runner's server: second origins for test/cors.test.ts, each an
 * examples/cors/server.mjs server for dist/cdn on a free port of 127.0.0.1 (started on first use,
 * in this process, and never keeping it alive).
 *
 * - `/cors/origins?page=<the test page's origin>` answers `{ any, page, other }`: the origins of
 *   a server that allows every page (`*`), one that lists the test page's origin, and one that
 *   lists only `https://www.example.com`, as the README's examples set them up.
 * - `/cors/example` answers with the example's source, which the README quotes.
 * - `/cors/probe?server=any|page|other&path=/career-widgets.js&page=<origin>` requests a file
 *   from one of them with the test page's `Origin` header, and answers with the status and headers, which
 *   a page cannot read across origins.
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { cdnServer } from '../../examples/cors/server.mjs';

/** What each server allows, given the test page's origin. */
const ALLOW = { any: () => '*', page: (page) => [page], other: () => ['https://www.example.com'] };

export function crossOrigin() {
  const servers = new Map();

  /** The origin of server `name`, started on first use. */
  function origin(name, page) {
    if (!servers.has(name)) {
      servers.set(
        name,
        (async () => {
          const server = cdnServer({ root: 'dist/cdn', allow: ALLOW[name](page) });
          server.listen(0, '127.0.0.1');
          await once(server, 'listening');
          server.unref();
          return `http://127.0.0.1:${server.address().port}`;
        })(),
      );
    }
    return servers.get(name);
  }

  return async function cors(ctx, next) {
    if (ctx.path === '/cors/example') {
      // As written, for comparing with the README (the dev server would rewrite its imports).
      ctx.type = 'text/plain';
      ctx.body = await readFile('examples/cors/server.mjs', 'utf8');
      return;
    }
    if (ctx.path !== '/cors/origins' && ctx.path !== '/cors/probe') return next();
    const page = String(ctx.query.page ?? '');
    if (!/^https?:\/\/[\w.:[\]-]+$/.test(page)) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    if (ctx.path === '/cors/origins') {
      ctx.body = JSON.stringify(Object.fromEntries(await Promise.all(Object.keys(ALLOW).map(async (name) => [name, await origin(name, page)]))));
      return;
    }
    const name = String(ctx.query.server);
    const path = String(ctx.query.path ?? '/');
    if (!(name in ALLOW) || !/^\/[\w./-]*$/.test(path)) {
      ctx.status = 400;
      return;
    }
    const outgoing = request(`${await origin(name, page)}${path}`, { headers: { origin: page } });
    outgoing.end();
    const [response] = await once(outgoing, 'response');
    response.resume();
    ctx.body = JSON.stringify({ status: response.statusCode, headers: response.headers });
  };
}
