/**
 * Koa middleware for the test runner's own server: guide responses that misbehave on purpose,
 * under /faults/…, and counters the tests read back. Each test uses its own `key` so runs do
 * not see each other's requests.
 */
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../data/operations-engineer.json', import.meta.url), 'utf8');
const hits = new Map();
const closed = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = body;
};

export function faultServer() {
  return async function faults(ctx, next) {
    const match = /^\/faults\/([a-z0-9-]+)(?:\/([\w-]+))?/.exec(ctx.path);
    if (!match) return next();
    const [, fault, key = 'default'] = match;
    const id = `${fault}/${key}`;
    hits.set(id, (hits.get(id) ?? 0) + 1);
    const count = hits.get(id);
    ctx.set('cache-control', 'no-store');
    ctx.req.once('close', () => {
      if (!ctx.res.writableFinished) closed.set(id, true);
    });

    switch (fault) {
      case 'guide':
        return json(ctx, sample);
      case 'canary':
        // Must never be requested: data that tried to load it would have been executed or parsed as HTML.
        ctx.status = 204;
        return;
      case 'canary-hits':
        return json(ctx, JSON.stringify({ hits: hits.get(`canary/${key}`) ?? 0 }));
      case 'hits':
        return json(ctx, JSON.stringify({ hits: hits.get(`guide/${key}`) ?? 0 }));
      case 'aborted':
        return json(ctx, JSON.stringify({ aborted: closed.get(`never/${key}`) === true || closed.get(`slow/${key}`) === true }));
      case 'status': {
        ctx.status = Number(key);
        ctx.type = 'text/plain';
        ctx.body = `error body ${key}`;
        return;
      }
      case 'flaky':
        if (count === 1) {
          ctx.status = 503;
          ctx.body = 'try later';
          return;
        }
        return json(ctx, sample);
      case 'html':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Oops</title><p>Not the JSON you wanted';
        return;
      case 'invalid-json':
        return json(ctx, '{"schemaVersion": 1, "salary": ');
      case 'invalid-data':
        return json(ctx, JSON.stringify({ schemaVersion: 1, salary: { country: 'US', currency: 'USD', period: 'year', range: { min: 1, max: 2, basis: 'typical' }, levels: [{ id: 'entry', label: 'Entry', amount: '100k' }] } }));
      case 'large': {
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ schemaVersion: 1, summary: 'x'.repeat(3_000_000) });
        return;
      }
      case 'large-chunked': {
        // No content-length: the cap must hold while streaming.
        const { PassThrough } = await import('node:stream');
        const stream = new PassThrough();
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = stream;
        (async () => {
          stream.write('{"schemaVersion":1,"summary":"');
          for (let i = 0; i < 40 && !stream.destroyed; i += 1) {
            stream.write('y'.repeat(100_000));
            await sleep(5);
          }
          stream.end('"}');
        })();
        return;
      }
      case 'trickle': {
        // The sample, a few hundred bytes at a time: headers at once, the body slowly.
        const { PassThrough } = await import('node:stream');
        const stream = new PassThrough();
        const pause = Number(ctx.query.ms ?? 20);
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = stream;
        (async () => {
          for (let at = 0; at < sample.length && !stream.destroyed; at += 1500) {
            stream.write(sample.slice(at, at + 1500));
            await sleep(pause);
          }
          stream.end();
        })();
        return;
      }
      case 'slow':
        await sleep(Number(ctx.query.ms ?? 600));
        return json(ctx, sample);
      case 'never':
        await sleep(30_000);
        return json(ctx, sample);
      case 'redirect-loop':
        ctx.redirect(`/faults/redirect-loop/${key}`);
        return;
      case 'reset':
        ctx.req.socket.destroy();
        return;
      default:
        return next();
    }
  };
}
