import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { loadRules } from '../../src/findings/load-rules.js';
import type { Plan, Scope } from '../../src/core/types.js';
import { createRepo, makeTempDir, type TestRepo } from '../helpers/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function plan(scope: Scope, extra: Partial<Plan> = {}): Plan {
  return { scope, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1000, quiet: true, ...extra };
}

const SHA = 'a'.repeat(64);
const report = (sha: string) => JSON.stringify({ version: 1, findings: [{ secretSha256: sha }], suppressed: [] });

function repoWithRules(): { repo: TestRepo; base: string; head: string } {
  const repo = createRepo();
  repos.push(repo);
  repo.commitFiles('base', { '.anthropic-key-scan.yml': "exclude:\n  paths: ['fixtures/**']\n", 'rules/custom.yml': 'maxFileSize: 5KB\n', 'baseline.json': report(SHA) });
  const base = repo.head();
  repo.commitFiles('head changes every rule', {
    '.anthropic-key-scan.yml': "exclude:\n  paths: ['**']\n",
    'rules/custom.yml': "exclude:\n  paths: ['**']\n",
    'baseline.json': report('b'.repeat(64)),
  });
  return { repo, base, head: repo.head() };
}

describe('loadRules', () => {
  it('a range reads the config from the base commit, whatever the working tree holds, and names the change', async () => {
    const { repo, base, head } = repoWithRules();
    const rules = await loadRules(plan({ kind: 'range', root: repo.dir, base, head }));
    expect(rules.config.excludePaths).toEqual(['fixtures/**']);
    expect(rules.notes.map((n) => [n.reason, n.path])).toEqual([['rules-changed', '.anthropic-key-scan.yml']]);
  });

  it('an explicit config and a baseline inside the repository come from the base commit too', async () => {
    const { repo, base, head } = repoWithRules();
    const rules = await loadRules(plan({ kind: 'range', root: repo.dir, base, head }, { configPath: join(repo.dir, 'rules/custom.yml'), baselinePath: join(repo.dir, 'baseline.json') }));
    expect(rules.config.maxFileSize).toBe(5 * 1024);
    expect(rules.config.excludePaths).toEqual([]);
    expect([...rules.baseline!]).toEqual([SHA]);
    expect(rules.notes.map((n) => n.path).sort()).toEqual(['baseline.json', 'rules/custom.yml']);
  });

  it('a config the range adds does not count (the base has none)', async () => {
    const repo = createRepo();
    repos.push(repo);
    repo.commitFiles('base', { 'a.txt': 'x\n' });
    const base = repo.head();
    repo.commitFiles('add rules', { '.anthropic-key-scan.yml': "exclude:\n  paths: ['**']\n" });
    const rules = await loadRules(plan({ kind: 'range', root: repo.dir, base, head: repo.head() }));
    expect(rules.config.excludePaths).toEqual([]);
    expect(rules.notes).toHaveLength(1);
  });

  it('a config outside the repository (the workflow\'s own) is read from disk', async () => {
    const { repo, base, head } = repoWithRules();
    const dir = makeTempDir('aks-rules-');
    try {
      writeFileSync(join(dir, 'c.yml'), "exclude:\n  paths: ['x']\n");
      const rules = await loadRules(plan({ kind: 'range', root: repo.dir, base, head }, { configPath: join(dir, 'c.yml') }));
      expect(rules.config.excludePaths).toEqual(['x']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder where the config would be at the base commit is no config (only a regular file is read)', async () => {
    const repo = createRepo();
    repos.push(repo);
    repo.commitFiles('base', { '.anthropic-key-scan.yml/x': 'x\n' });
    const base = repo.head();
    repo.commitFiles('more', { 'a.txt': 'x\n' });
    const rules = await loadRules(plan({ kind: 'range', root: repo.dir, base, head: repo.head() }));
    expect(rules.config.excludePaths).toEqual([]);
  });

  it('files scans read the working tree', async () => {
    const { repo } = repoWithRules();
    const rules = await loadRules(plan({ kind: 'files', root: repo.dir }));
    expect(rules.config.excludePaths).toEqual(['**']);
    expect(rules.notes).toEqual([]);
  });
});
