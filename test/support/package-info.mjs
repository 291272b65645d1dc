/**
 * Koa middleware for the test runner's server: `/package/pack` answers with what
 * `npm pack --dry-run` would publish and with package.json, so a browser test can check the
 * package's contents and import each of its entries; `/package/repo-files` with the files git
 * tracks, which links into the repository (the README's, on the registry) may name.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function packageInfo() {
  let packed;
  return async function pack(ctx, next) {
    if (ctx.path === '/package/repo-files') {
      const { stdout } = await run('git', ['ls-files', '-z'], { maxBuffer: 20_000_000 });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(stdout.split('\0').filter(Boolean));
      return;
    }
    if (ctx.path !== '/package/pack') return next();
    packed ??= run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 20_000_000 }).then(({ stdout }) => JSON.parse(stdout)[0]);
    const result = await packed;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      files: result.files.map((file) => file.path),
      size: result.size,
      unpackedSize: result.unpackedSize,
      manifest: JSON.parse(readFileSync('package.json', 'utf8')),
    });
  };
}
