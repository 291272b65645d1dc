/**
 * Koa middleware for the test runner's server: `/cli/validate?file=…` runs
 * `career-widgets validate` (bin/career-widgets.mjs) on a file under test/fixtures or data and
 * answers with its exit code, stdout and stderr, so a browser test can check the command.
 */
import { execFile } from 'node:child_process';

export function cliRunner() {
  return async function cli(ctx, next) {
    if (ctx.path !== '/cli/validate') return next();
    const files = ctx.query.file === undefined ? [] : [ctx.query.file].flat();
    // Only the project's own sample and fixture files: this route runs a process.
    if (!files.every((file) => /^(test\/fixtures|data)\/[\w./-]+\.json$/.test(file) && !file.includes('..'))) {
      ctx.status = 400;
      return;
    }
    const result = await new Promise((resolve) => {
      execFile(process.execPath, ['bin/career-widgets.mjs', 'validate', ...files], (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(result);
  };
}
