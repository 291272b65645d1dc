/** `npx career-widgets validate file.json`: the elements' messages, and an exit code to match. */
import { expect } from '@open-wc/testing';
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
