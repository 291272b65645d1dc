/**
 * Koa middleware for the test runner's server, so that a browser test can check the command line
 * (bin/career-widgets.mjs). Each route answers with the exit code, stdout and stderr.
 * - `GET /cli/validate?file=…` runs `career-widgets validate` on files under test/fixtures or data.
 * - `POST /cli/run` with `{ args, files }` writes `files` (`[{ name, text }]`, UTF-8) into a fresh
 *   temporary folder and runs `career-widgets ...args` there; `args` are the CLI's own words and
 *   flags, or the names of those files. File names may hold any character but `/` (control
 *   characters too: that is what the escaping tests need).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('bin/career-widgets.mjs');
const WORDS = new Set(['validate', 'render', 'salary', 'guide']);

export function cliRunner() {
  return async function cli(ctx, next) {
    if (ctx.path === '/cli/validate') return validateFixtures(ctx);
    if (ctx.path === '/cli/run' && ctx.method === 'POST') return runInTemp(ctx);
    return next();
  };
}

async function validateFixtures(ctx) {
  const files = ctx.query.file === undefined ? [] : [ctx.query.file].flat();
  // Only the project's own sample and fixture files: this route runs a process.
  if (!files.every((file) => /^(test\/fixtures|data)\/[\w./-]+\.json$/.test(file) && !file.includes('..'))) {
    ctx.status = 400;
    return;
  }
  answer(ctx, await run(['validate', ...files], process.cwd()));
}

async function runInTemp(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const { args = [], files = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const names = new Set(files.map((file) => file.name));
  const fileName = (name) => typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\0]/.test(name) && !name.startsWith('-');
  const allowed = (arg) => WORDS.has(arg) || /^--?[a-z][a-z-]*$/.test(arg) || /^[\w-]+\.json$/.test(arg) || names.has(arg);
  if (![...names].every(fileName) || !args.every(allowed)) {
    ctx.status = 400;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'career-cli-'));
  try {
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    answer(ctx, await run(args, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(args, cwd) {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function answer(ctx, result) {
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(result);
}
