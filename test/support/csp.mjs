/**
 * Koa middleware for the test runner's server, for Content-Security-Policy tests:
 *
 * - Pages under /test/fixtures/csp/ are served with the strict policy a careful host page uses.
 *   No policy of ours needs allowing beyond Lit's.
 * - A collector of violation reports that works in every engine (see test/support/csp-reports.ts).
 *   A page requested with `?csp-report=<key>` reports its violations to `/csp-reports/<key>`:
 *   its policy header gets a `report-uri`, and a policy in a `<meta>` (which cannot carry one) is
 *   sent again as a `Content-Security-Policy-Report-Only` header that has it, so the same
 *   violations are reported from the page's first byte. `GET /csp-reports/<key>` answers with
 *   what arrived. Only `report-uri` reaches this far in all three engines: Firefox and WebKit
 *   give ReportingObserver no CSP reports, and an event listener misses what happened before
 *   the test could add it.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const REPORTS = /^\/csp-reports\/([\w-]{1,40})$/;
const META_POLICY = /<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*\scontent="([^"]*)"/i;
/** Reports per key, as they arrived. */
const received = new Map();

export function strictCsp() {
  return async function csp(ctx, next) {
    const reports = REPORTS.exec(ctx.path);
    if (reports) return collect(ctx, reports[1]);
    await next();
    if (ctx.path.startsWith('/test/fixtures/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
    const key = ctx.query['csp-report'];
    if (typeof key === 'string' && /^[\w-]{1,40}$/.test(key)) await reportTo(ctx, `/csp-reports/${key}`);
  };
}

/** Makes the response's policy, in its header or its `<meta>`, report to `uri`. */
async function reportTo(ctx, uri) {
  const header = ctx.response.get('Content-Security-Policy');
  if (header) {
    ctx.set('Content-Security-Policy', `${header}; report-uri ${uri}`);
    return;
  }
  if (!ctx.response.is('html')) return;
  const html = await text(ctx.body);
  if (html === undefined) return;
  ctx.body = html;
  const policy = META_POLICY.exec(html)?.[1];
  if (policy) ctx.set('Content-Security-Policy-Report-Only', `${policy.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&')}; report-uri ${uri}`);
}

/** POST: stores a report (`application/csp-report`); GET: answers with the reports so far. */
async function collect(ctx, key) {
  ctx.set('cache-control', 'no-store');
  if (ctx.method === 'POST') {
    const body = JSON.parse((await text(ctx.req)) || '{}');
    const report = body['csp-report'] ?? {};
    const list = received.get(key) ?? [];
    list.push({
      directive: String(report['effective-directive'] ?? report['violated-directive'] ?? ''),
      blocked: String(report['blocked-uri'] ?? ''),
      sample: String(report['script-sample'] ?? ''),
      source: `${report['source-file'] ?? ''}:${report['line-number'] ?? ''}`,
    });
    received.set(key, list);
    ctx.status = 204;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(received.get(key) ?? []);
}

/** The whole text of a string, buffer or stream body. */
async function text(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body && typeof body[Symbol.asyncIterator] === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }
  return undefined;
}
