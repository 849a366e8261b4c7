import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCommand } from '../../src/cli/merge.js';
import type { JsonReport } from '../../src/core/report.js';
import { UserError } from '../../src/core/errors.js';
import { makeTempDir } from '../helpers/git-repo.js';
import { findingFor, repoReport } from '../audit/reports.js';
import { runCli, runCommand } from '../helpers/cli.js';
import { readAsRunner } from '../helpers/runner-commands.js';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCommand(mergeCommand, argv, env);

describe('merge command', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('aks-merge-');
    mkdirSync(join(dir, 'reports', 'batch-1'), { recursive: true });
    mkdirSync(join(dir, 'reports', 'batch-2'), { recursive: true });
    const write = (path: string, value: unknown) => writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
    write('reports/batch-1/acme__a.json', repoReport('acme/a', [findingFor('shared', 'live', 'acme/a')]));
    write('reports/batch-1/acme__b.json', repoReport('acme/b', [findingFor('shared', 'unknown', 'acme/b')]));
    write('reports/batch-2/acme__c.json', '{"version": 1, "findings": [tru');
    write('reports/batch-2/notes.txt', 'not a report');
    write('matrix.json', { include: [{ batch: 1, repositories: ['acme/a', 'acme/b'] }, { batch: 2, repositories: ['acme/c', 'acme/d'] }] });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('merges a directory of reports, names what is missing or malformed, and lists unreported repositories', async () => {
    const out = join(dir, 'merged.json');
    const { code, stderr } = await run([join(dir, 'reports'), join(dir, 'gone.json'), '--matrix', join(dir, 'matrix.json'), '--format', 'json', '--output', out]);
    expect(code).toBe(1);
    expect(stderr).toContain(`warning: ${join(dir, 'gone.json')}: missing`);
    expect(stderr).toContain(`warning: ${join(dir, 'reports/batch-2/acme__c.json')}: not JSON`);
    expect(stderr).toContain('merged 2 report(s) over 2 repositories (2 failed): 1 distinct key(s), 1 live');
    const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].status).toBe('live');
    expect(report.scope.failedRepositories?.map((f) => f.repository)).toEqual(['acme/c', 'acme/d']);
  });

  it('--mention names people in the summary when a key may be live', async () => {
    const summary = join(dir, 'summary.md');
    await run([join(dir, 'reports'), '--summary', summary, '--mention', '@acme/security,@alice', '--fail-on', 'never']);
    expect(readFileSync(summary, 'utf8')).toContain('@acme/security @alice: 1 key may be live and needs rotating.');
  });

  it('writes warnings as workflow commands in Actions, and appends the summary', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const { stderr, stdout, code } = await run([join(dir, 'reports'), '--summary', summary, '--fail-on', 'never'], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(0);
    expect(stderr).toContain('::warning::');
    expect(stdout.length).toBeGreaterThan(0);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# before\n## Anthropic key audit')).toBe(true);
  });

  it('through the CLI in Actions: hostile paths in the merged report become no workflow command, its own warnings still do', async () => {
    writeFileSync(join(dir, 'reports/batch-1/acme__e.json'), JSON.stringify(repoReport('acme/e', [findingFor('hostile', 'live', 'acme/e', '::error file=x::all clear')])));
    for (const format of ['text', 'json', 'sarif']) {
      const { stdout, stderr } = await runCli(['merge', join(dir, 'reports'), '--format', format, '--fail-on', 'never'], { GITHUB_ACTIONS: 'true' });
      const seen = readAsRunner(`${stdout}${stderr}`);
      expect(seen.commands.filter((c) => c.command !== 'warning')).toEqual([]);
      expect(seen.commands.some((c) => c.command === 'warning' && c.message.includes('acme__c.json'))).toBe(true);
      expect(seen.stopped).toBe(false);
    }
  });

  it('expands a pattern the shell left alone', async () => {
    const { stderr } = await run([join(dir, 'reports', '*', 'acme__*.json'), join(dir, 'nothing-*.json'), '--format', 'json', '--fail-on', 'never']);
    expect(stderr).toContain('merged 2 report(s)');
    expect(stderr).toContain(`${join(dir, 'nothing-*.json')}: no report matches`);
  });

  it('renders SARIF and text', async () => {
    const sarif = JSON.parse((await run([join(dir, 'reports', 'batch-1'), '--format', 'sarif'])).stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const text = (await run([join(dir, 'reports', 'batch-1')])).stdout;
    expect(text).toContain('acme/a');
  });

  it('refuses bad arguments and an input with no readable report', async () => {
    await expect(run([])).rejects.toThrow(/at least one REPORT/);
    await expect(run(['x', '--format', 'html'])).rejects.toThrow(/--format/);
    await expect(run(['x', '--fail-on', 'all'])).rejects.toThrow(/--fail-on/);
    await expect(run(['x', '--mention', '@alice [x](https://evil.example)'])).rejects.toThrow(new UserError('--mention: "[x](https://evil.example)" is not a GitHub handle (expected @user or @org/team)'));
    await expect(run([join(dir, 'gone.json')])).rejects.toThrow(new UserError('no report to merge: 1 named, none readable'));
    await expect(run([join(dir, 'reports'), '--matrix', join(dir, 'reports/batch-2/notes.txt')])).rejects.toThrow(/--matrix/);
  });
});

describe('merge --repository', () => {
  it('keeps one repository\'s locations with the organization-wide status', async () => {
    const dir = makeTempDir('aks-merge-');
    try {
      writeFileSync(join(dir, 'a.json'), JSON.stringify(repoReport('acme/a', [findingFor('shared', 'invalid', 'acme/a'), findingFor('own', 'invalid', 'acme/a')])));
      writeFileSync(join(dir, 'b.json'), JSON.stringify(repoReport('acme/b', [findingFor('shared', 'live', 'acme/b')])));
      const { stdout } = await run([dir, '--repository', 'acme/a', '--format', 'json']);
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.scope.repository).toBe('acme/a');
      expect(report.findings.map((f) => [f.status, f.locations.map((l) => l.repository)])).toEqual([
        ['live', ['acme/a']],
        ['invalid', ['acme/a']],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
