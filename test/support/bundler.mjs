/**
 * Koa middleware for the test runner's server: `/bundler/app.js` is test/fixtures/bundler-app
 * built by Vite the way a user's bundler would build it, with career-widgets installed as a
 * package (a symlink in a scratch node_modules, so its exports map and sideEffects apply).
 */
import { mkdirSync, rmSync, symlinkSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export function bundledApp() {
  let built;
  return async function bundler(ctx, next) {
    if (ctx.path !== '/bundler/app.js') return next();
    built ??= (async () => {
      const root = resolve('node_modules/.cache/bundler-app');
      rmSync(root, { recursive: true, force: true });
      mkdirSync(join(root, 'node_modules'), { recursive: true });
      cpSync('test/fixtures/bundler-app/main.js', join(root, 'main.js'));
      symlinkSync(process.cwd(), join(root, 'node_modules', 'career-widgets'), 'dir');
      const output = await build({
        configFile: false,
        root,
        logLevel: 'silent',
        build: { write: false, minify: true, rolldownOptions: { input: join(root, 'main.js'), output: { codeSplitting: false } } },
      });
      const result = Array.isArray(output) ? output[0] : output;
      return result.output.find((chunk) => chunk.type === 'chunk').code;
    })();
    ctx.type = 'text/javascript';
    ctx.body = await built;
  };
}
