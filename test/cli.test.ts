/**
 * `npx career-widgets validate file.json`: the elements' messages and verdict (size cap, byte-order
 * mark), an exit code to match, `--json`, `--help`, `--version`, and nothing raw on the terminal.
 */
import { expect } from '@open-wc/testing';
import { decodeGuideText, GuideTextDecoder, MAX_GUIDE_BYTES, tooLargeIssue } from '../src/contract/text.js';
import { clearGuideCache, loadGuide } from '../src/data/load.js';
import { fetchJson } from './support/server.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const validate = (...files: string[]): Promise<Run> => fetchJson<Run>(`/cli/validate?${files.map((file) => `file=${encodeURIComponent(file)}`).join('&')}`);

describe('career-widgets validate', () => {
  it('accepts the bundled guide and exits 0', async () => {
    const run = await validate('data/operations-engineer.json');
    expect(run).to.deep.equal({ code: 0, stdout: 'data/operations-engineer.json: valid\n', stderr: '' });
  });

  it('prints every problem with its path and code and exits 1', async () => {
    const run = await validate('test/fixtures/guides/typo-salary.json');
    expect(run.code).to.equal(1);
    expect(run.stderr).to.equal(
      'test/fixtures/guides/typo-salary.json: 2 problems\n' +
        '  salary.currency: expected an ISO 4217 currency code such as "USD", got "usd"  [invalid_format]\n' +
        '  salary.levels[0].amount: expected a number, got "100k"  [invalid_type]\n',
    );
  });

  it('reports invalid JSON', async () => {
    const run = await validate('test/fixtures/guides/broken-json.json');
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(/1 problem\n {2}not valid JSON \(.+\) {2}\[invalid_json\]\n$/);
  });

  it('fails when any of several files fails', async () => {
    const run = await validate('data/operations-engineer.json', 'test/fixtures/guides/typo-salary.json');
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain('operations-engineer.json: valid');
  });

  it('reports a missing file', async () => {
    const run = await validate('test/fixtures/guides/missing.json');
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('cannot read (ENOENT)');
  });
});

/** Runs `career-widgets ...args` in a fresh folder holding `files` (test/support/cli.mjs). */
async function run(args: string[], files: { name: string; text: string }[] = []): Promise<Run> {
  const response = await fetch('/cli/run', { method: 'POST', body: JSON.stringify({ args, files }) });
  expect(response.status, 'the test route refused the arguments').to.equal(200);
  return (await response.json()) as Run;
}

/** Characters that must never reach a terminal raw: controls but the line ends, invisible formatting, separators, lone surrogates. */
const UNSAFE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const sample = async (): Promise<string> => (await fetch('/data/operations-engineer.json')).text();
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Whether the elements load `text` as a response (src/data/load.ts), and why not. */
async function elementVerdict(text: string): Promise<{ ok: boolean; message?: string }> {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    await loadGuide(url);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  } finally {
    URL.revokeObjectURL(url);
    clearGuideCache();
  }
}

describe('career-widgets escapes what it prints', () => {
  const hostile = 'x\u001b]0;PWNED\u0007\u009b\u202e\u200b\u2028.json';

  it('escapes control and bidi characters from a file name, the file and the JSON parser', async () => {
    const result = await run(['validate', hostile], [{ name: hostile, text: '\u001b]0;PWNED\u0007' }]);
    expect(result.code).to.equal(1);
    expect(result.stderr).not.to.match(UNSAFE);
    expect(result.stderr).to.contain('x\\u001b]0;PWNED\\u0007\\u009b\\u202e\\u200b\\u2028.json: 1 problem');
    expect(result.stderr).to.contain('\\u001b');
    expect(result.stderr).to.contain('[invalid_json]');
  });

  it('escapes a valid file name on standard output', async () => {
    const result = await run(['validate', hostile], [{ name: hostile, text: await sample() }]);
    expect(result).to.deep.equal({ code: 0, stdout: 'x\\u001b]0;PWNED\\u0007\\u009b\\u202e\\u200b\\u2028.json: valid\n', stderr: '' });
  });

  it('escapes issue messages and keeps --json output valid JSON', async () => {
    const guide = JSON.parse(await sample()) as { salary: { currency: string } };
    guide.salary.currency = '\u001b[2J\u2067';
    const result = await run(['validate', '--json', hostile], [{ name: hostile, text: JSON.stringify(guide) }]);
    expect(result.code).to.equal(1);
    expect(result.stdout).not.to.match(UNSAFE);
    const report = JSON.parse(result.stdout) as { files: { file: string; issues: { path: string; message: string }[] }[] };
    expect(report.files[0]!.file).to.equal(hostile);
    expect(report.files[0]!.issues[0]!.path).to.equal('salary.currency');
  });

  it('escapes wrong usage', async () => {
    const result = await run(['validate', '--json', hostile, '--bogus'], [{ name: hostile, text: '{}' }]);
    expect(result.code).to.equal(2);
    expect(result.stderr).not.to.match(UNSAFE);
  });
});

describe('career-widgets validate reads files as the elements read responses', () => {
  it('drops the decoded text of a byte-order mark split over chunks, as TextDecoder does', () => {
    const decoder = new GuideTextDecoder();
    decoder.push(new Uint8Array([0xef]));
    decoder.push(new Uint8Array([0xbb, 0xbf, 0x7b]));
    decoder.push(new Uint8Array([0x7d]));
    expect(decoder.finish()).to.deep.equal({ ok: true, text: '{}' });
    expect(decodeGuideText(new Uint8Array(11), 10)).to.deep.equal({ ok: false, issues: [tooLargeIssue(10)] });
    expect(decodeGuideText(new Uint8Array(10), 10).ok).to.equal(true);
  });

  it('accepts a guide with a byte-order mark, as the elements do', async () => {
    const text = `\ufeff${await sample()}`;
    expect(await elementVerdict(text)).to.deep.equal({ ok: true });
    const result = await run(['validate', 'bom.json'], [{ name: 'bom.json', text }]);
    expect(result).to.deep.equal({ code: 0, stdout: 'bom.json: valid\n', stderr: '' });
  });

  it('refuses a guide over the size cap, as the elements do, and accepts one at the cap', async () => {
    const base = await sample();
    const atCap = base + ' '.repeat(MAX_GUIDE_BYTES - bytes(base));
    const large = base + ' '.repeat(3_000_000 - bytes(base));
    expect(bytes(atCap)).to.equal(MAX_GUIDE_BYTES);
    expect(await elementVerdict(atCap)).to.deep.equal({ ok: true });
    expect(await elementVerdict(large)).to.deep.equal({ ok: false, message: tooLargeIssue().message });

    const result = await run(['validate', 'cap.json', 'large.json'], [
      { name: 'cap.json', text: atCap },
      { name: 'large.json', text: large },
    ]);
    expect(result).to.deep.equal({
      code: 1,
      stdout: 'cap.json: valid\n',
      stderr: 'large.json: 1 problem\n  the guide is larger than 2.0 MB  [too_large]\n',
    });
  });

  it('renders a guide with a byte-order mark and refuses one over the cap', async () => {
    const base = await sample();
    const rendered = await run(['render', 'bom.json', '--element', 'salary'], [{ name: 'bom.json', text: `\ufeff${base}` }]);
    expect(rendered.code).to.equal(0);
    expect(rendered.stdout.includes('</career-salary>'), 'the element was written').to.equal(true);
    const large = await run(['render', 'large.json', '--element', 'salary'], [{ name: 'large.json', text: base + ' '.repeat(MAX_GUIDE_BYTES) }]);
    expect(large).to.deep.equal({ code: 1, stdout: '', stderr: 'large.json: 1 problem\n  the guide is larger than 2.0 MB  [too_large]\n' });
  });
});

describe('career-widgets options', () => {
  it('prints the package version with --version', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(await run(['--version'])).to.deep.equal({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  for (const args of [['--help'], ['validate', '--help'], ['render', '--help']]) {
    it(`documents the exit codes in ${args.join(' ')}`, async () => {
      const result = await run(args);
      expect(result.code).to.equal(0);
      expect(result.stderr).to.equal('');
      expect(result.stdout).to.match(/^usage: career-widgets/);
      expect(result.stdout).to.contain('exit codes:\n  0  every file is valid');
      expect(result.stdout).to.contain('\n  2  wrong usage\n');
    });
  }

  for (const args of [[], ['validate'], ['validate', '--bogus', 'a.json'], ['--frobnicate'], ['render', 'a.json']]) {
    it(`exits 2 on wrong usage: ${JSON.stringify(args)}`, async () => {
      const result = await run(args, [{ name: 'a.json', text: '{}' }]);
      expect(result.code).to.equal(2);
      expect(result.stdout).to.equal('');
      expect(result.stderr).to.contain('usage: career-widgets');
    });
  }

  it('prints one JSON document with --json: every file, ok, and issues with path, code and message', async () => {
    const guide = JSON.parse(await sample()) as { salary: { currency: string } };
    guide.salary.currency = 'usd';
    const result = await run(['validate', '--json', 'good.json', 'bad.json', 'missing.json', 'broken.json'], [
      { name: 'good.json', text: await sample() },
      { name: 'bad.json', text: JSON.stringify(guide) },
      { name: 'broken.json', text: '{' },
    ]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.equal('');
    const report = JSON.parse(result.stdout) as { ok: boolean; files: { file: string; ok: boolean; issues: { path: string; code: string; message: string }[] }[] };
    expect(report.ok).to.equal(false);
    expect(report.files.map(({ file, ok }) => [file, ok])).to.deep.equal([
      ['good.json', true],
      ['bad.json', false],
      ['missing.json', false],
      ['broken.json', false],
    ]);
    expect(report.files[0]!.issues).to.deep.equal([]);
    expect(report.files[1]!.issues).to.deep.equal([
      { path: 'salary.currency', code: 'invalid_format', message: 'expected an ISO 4217 currency code such as "USD", got "usd"' },
    ]);
    expect(report.files[2]!.issues).to.deep.equal([{ path: '', code: 'unreadable', message: 'cannot read (ENOENT)' }]);
    expect(report.files[3]!.issues[0]!.code).to.equal('invalid_json');
  });

  it('exits 0 with --json when every file is valid', async () => {
    const result = await run(['validate', '--json', 'good.json'], [{ name: 'good.json', text: await sample() }]);
    expect(result.code).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal({ ok: true, files: [{ file: 'good.json', ok: true, issues: [] }] });
  });
});
