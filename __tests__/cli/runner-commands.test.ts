/** The CLI inside GitHub Actions (GITHUB_ACTIONS=true): no report or error line can be read as a workflow command. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../helpers/git-repo.js';
import { fakeKey } from '../helpers/keys.js';
import { runCli } from '../helpers/cli.js';
import { readAsRunner } from '../helpers/runner-commands.js';

const dir = makeTempDir('aks-cli-runner-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI in GitHub Actions', () => {
  const key = fakeKey('api03', 'cli-runner');
  mkdirSync(join(dir, '::error::forged'), { recursive: true });
  writeFileSync(join(dir, '::error::forged', '##[error]forged\n::stop-commands::x'), `${key}\n`);

  it.each(['text', 'json', 'sarif'])('--format %s', async (format) => {
    const run = await runCli(['--format', format, dir], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    expect(readAsRunner(run.stdout).commands).toEqual([]);
    expect(readAsRunner(run.stderr).commands).toEqual([]);
    expect(run.stdout).not.toContain(key);
    if (format === 'json') expect(JSON.stringify(JSON.parse(run.stdout))).toContain('##[error]forged'); // the value is exact
  });

  it('an error line', async () => {
    const run = await runCli(['--range', `##[error]forged..::error::x`, dir], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(2);
    expect(readAsRunner(run.stderr).commands).toEqual([]);
  });
});
