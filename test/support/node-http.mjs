/**
 * Koa middleware for the test runner's server: runs examples/node-http/server.mjs (once, on a
 * free port, stopped with the test runner) so that browser tests can check it.
 *
 * - `/node-http/probe?path=/careers/…` requests a page from it with node:http (twice, timing
 *   the second) and answers with what arrived: status, headers, body, and when each chunk came
 *   (ms after the request).
 * - `/careers/…` and `/career-widgets.js`, the example's own routes (no file of the repository
 *   has those paths), are passed through to it with its headers, so a frame can open its pages
 *   as a reader's browser gets them, Content-Security-Policy included.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { once } from 'node:events';

let started;

/** The example server's origin, starting it on first use. */
function exampleOrigin() {
  started ??= (async () => {
    const child = spawn(process.execPath, ['examples/node-http/server.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    process.once('exit', () => child.kill());
    let output = '';
    for await (const text of child.stdout.setEncoding('utf8')) {
      output += text;
      const url = /listening on (http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (url) return url;
    }
    throw new Error(`examples/node-http/server.mjs stopped before listening: ${output}`);
  })();
  return started;
}

/** A GET from the example server, as a node:http response. */
async function get(path, headers = {}) {
  const origin = await exampleOrigin();
  const outgoing = request(`${origin}${path}`, { headers });
  outgoing.end();
  const [response] = await once(outgoing, 'response');
  return response;
}

export function nodeHttpExample() {
  return async function nodeHttp(ctx, next) {
    if (ctx.path === '/node-http/probe') {
      const path = String(ctx.query.path ?? '/');
      if (!/^\/[\w./%-]*$/.test(path)) {
        ctx.status = 400;
        return;
      }
      // Timed on a second request: the first one also times the server's own warming up.
      const warming = (await get(path)).resume();
      await once(warming, 'end');
      const start = performance.now();
      const response = await get(path);
      const chunks = [];
      for await (const chunk of response.setEncoding('utf8')) chunks.push({ at: performance.now() - start, text: chunk });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ status: response.statusCode, headers: response.headers, chunks });
      return;
    }
    if (ctx.path.startsWith('/careers/') || ctx.path === '/career-widgets.js') {
      const response = await get(ctx.url);
      ctx.status = response.statusCode;
      for (const name of ['content-type', 'content-security-policy', 'cache-control']) {
        if (response.headers[name]) ctx.set(name, response.headers[name]);
      }
      ctx.body = response;
      return;
    }
    return next();
  };
}
