/**
 * Koa middleware for the test runner's server: pages under /test/fixtures/csp/ are served with
 * the strict policy a careful host page uses. No policy of ours needs allowing beyond Lit's.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

export function strictCsp() {
  return async function csp(ctx, next) {
    await next();
    if (ctx.path.startsWith('/test/fixtures/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
