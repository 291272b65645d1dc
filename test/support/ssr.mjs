/**
 * Koa middleware for the test runner's server: `/ssr/page?element=…` answers with the page that
 * `career-widgets render data/operations-engineer.json --element … --page` writes
 * (bin/career-widgets.mjs, on the built package), so that browser tests can open server-rendered
 * HTML as a reader's browser gets it. Query: `element`, `locale`, `theme`, `dir`, `src`, `file`
 * (a guide under data/ or test/fixtures/), `script`: `cdn` (the drop-in), `autoload` (the
 * autoloader), `npm` (a module importing dist/index.js), `inline` (the CLI's default: the drop-in
 * inside the page) or `none`, and `csp=strict` for the strict policy of csp.mjs.
 */
import { execFile } from 'node:child_process';
import { STRICT_CSP } from './csp.mjs';

const SCRIPTS = { cdn: '/dist/cdn/career-widgets.js', autoload: '/dist/cdn/autoload.js', npm: '/test/fixtures/ssr/npm-entry.js' };

export function ssrPages() {
  return async function ssr(ctx, next) {
    if (ctx.path !== '/ssr/page') return next();
    const { element = 'guide', locale, theme, dir, src, csp, file = 'data/operations-engineer.json', script = 'none' } = ctx.query;
    // Only the project's own guides, and plain option values: this route runs a process.
    const plain = [element, locale, theme, dir, script].every((value) => value === undefined || /^[\w-]+$/.test(value));
    if (!plain || !/^(test\/fixtures|data)\/[\w./-]+\.json$/.test(file) || file.includes('..') || (src !== undefined && !/^\/[\w./-]+$/.test(src))) {
      ctx.status = 400;
      return;
    }
    const args = ['bin/career-widgets.mjs', 'render', file, '--element', element, '--page', ...(SCRIPTS[script] ? ['--script', SCRIPTS[script]] : script === 'inline' ? [] : ['--no-script'])];
    if (locale) args.push('--locale', locale);
    if (theme) args.push('--theme', theme);
    if (dir) args.push('--dir', dir);
    if (src) args.push('--src', src);
    const html = await new Promise((resolve, reject) => {
      execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        error && !stdout ? reject(new Error(stderr)) : resolve(stdout),
      );
    });
    ctx.type = 'text/html';
    // csp=strict: served with the policy of a careful host page (see csp.mjs).
    if (csp === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.body = html;
  };
}
