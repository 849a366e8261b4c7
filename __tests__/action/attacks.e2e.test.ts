/**
 * Attacks on the bundled Action (dist/index.js), run the way the runner runs it, its output read the way the
 * runner reads it (helpers/runner-commands.ts: both command forms, stop-commands, masks). Each test plays the
 * author of a pull request or of a scanned repository trying to steer the step; each must fail, and the real
 * findings must still be reported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../../src/core/report.js';
import { startAnthropicServer, type AnthropicServer } from '../helpers/anthropic-server.js';
import { createRepo, makeTempDir, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { fakeKey } from '../helpers/keys.js';
import { readAsRunner } from '../helpers/runner-commands.js';
import { cleanupRuns, everythingWritten, runAction, type RunResult } from './run-action.js';

let anthropic: AnthropicServer;
let gh: GitHubServer;
const cleanups: (() => void | Promise<void>)[] = [];

beforeAll(async () => {
  anthropic = await startAnthropicServer();
  gh = await startGitHubServer({});
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanupRuns();
  await anthropic.close();
  await gh.close();
});

function repository(): TestRepo {
  const repo = createRepo();
  cleanups.push(() => repo.cleanup());
  return repo;
}

function report(result: RunResult, dir?: string): JsonReport {
  const text = dir ? readFileSync(join(dir, 'anthropic-key-scan.json'), 'utf8') : result.files['anthropic-key-scan.json']!;
  return JSON.parse(text) as JsonReport;
}

/** Text an attacker puts wherever the tool may print it. */
const FORGED = [
  '::stop-commands::x',
  '::endgroup::',
  '::error title=forged::forged error',
  '##[error]forged legacy error',
  'see ##[warning]forged legacy warning',
  '  ::notice::all clear',
  '::aks-0123456789abcdef::',
  '::x::',
  '\u001b]0;pwned\u0007\u001b[2J',
];

function expectNoForgery(result: RunResult): void {
  for (const stream of [result.stdout, result.stderr]) {
    const view = readAsRunner(stream);
    expect(view.stopped).toBe(false);
    for (const command of view.commands) {
      // Only the step's own commands: annotations of findings, their overflow notice, the failure line.
      expect(['error', 'warning', 'notice', 'debug']).toContain(command.command);
      if (command.command !== 'debug') expect(command.message).toMatch(/^(Anthropic |anthropic-key-scan: |\d+ more |this range changes )/);
    }
  }
  expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}

function push(before: string, after: string, ref = 'refs/heads/feature'): unknown {
  return { ref, before, after, created: false, deleted: false, forced: false, repository: { full_name: 'acme/app', default_branch: 'main' } };
}

describe('no workflow command from hostile text', () => {
  it('paths, commit messages, authors and the ref name cannot forge, stop or swallow commands; the real annotations and the failure arrive', async () => {
    const key = fakeKey('api03', 'attack-commands');
    const repo = repository();
    repo.commitFiles('base', { 'README.md': 'hi\n' });
    const base = repo.head();
    const files: Record<string, string> = {};
    FORGED.forEach((text, i) => {
      files[`${text.replace(/\//g, '_')}\n${text.replace(/\//g, '_')} ${i}.txt`] = `k = "${key}"\n`;
    });
    repo.commitFiles(FORGED.join('\n'), files, { author: { name: FORGED.join(' '), email: 'x@example.com' } });
    const result = await runAction({
      event: 'push', payload: push(base, repo.head(), `refs/heads/${FORGED.join('\n')}`), workspace: repo.dir,
      githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { verify: 'false', 'check-run': 'false' },
    });
    expect(result.code).toBe(1);
    expectNoForgery(result);
    const commands = readAsRunner(result.stdout).commands;
    const errors = commands.filter((c) => c.command === 'error');
    // One annotation per location (9: within the 10 shown per level, one slot kept for the failure), then the failure.
    expect(errors.filter((c) => c.properties.file !== undefined)).toHaveLength(9);
    expect(errors.at(-1)!.message).toMatch(/^anthropic-key-scan: 1 key found[\s\S]*fail-on: any/);
    expect(report(result).findings[0]!.locations).toHaveLength(FORGED.length);
    expect(everythingWritten(result)).not.toContain(key);
  });

  it('a key pasted into an input is never printed, in the failure line nor anywhere', async () => {
    const key = fakeKey('api03', 'attack-input');
    const repo = repository();
    repo.commitFiles('one', { 'a.txt': 'nothing\n' });
    const cases: Record<string, string>[] = [{ scope: 'range', base: key }, { config: key }, { path: key }, { baseline: `${key}.json` }];
    for (const inputs of cases) {
      const result = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { verify: 'false', scope: 'files', ...inputs } });
      expect([Object.keys(inputs)[0], result.code]).toEqual([Object.keys(inputs)[0], 1]);
      expect(everythingWritten(result)).not.toContain(key);
      expect(everythingWritten(result)).not.toContain(key.slice(20));
      expect(readAsRunner(result.stdout).commands.filter((c) => c.command === 'error')).toHaveLength(1);
    }
  });
});

describe('a pull request cannot silence its own check', () => {
  it('a config and a baseline the range adds are not used; the summary names them', async () => {
    const key = fakeKey('api03', 'attack-config');
    const repo = repository();
    repo.commitFiles('base', { 'README.md': 'hi\n' });
    const base = repo.head();
    const baseline = { version: 1, findings: [{ secretSha256: 'x' }], suppressed: [] };
    repo.commitFiles('add a key and the rules that would hide it', {
      'app.env': `KEY=${key}\n`,
      '.anthropic-key-scan.yml': "exclude:\n  paths: ['**']\nmaxFileSize: 1B\nallow:\n  markers: ['KEY=']\n",
      '.baseline.json': JSON.stringify(baseline),
    });
    const result = await runAction({
      event: 'push', payload: push(base, repo.head()), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { verify: 'false', 'check-run': 'false', baseline: '.baseline.json' },
    });
    expect(result.code).toBe(1);
    expect(report(result).findings).toHaveLength(1);
    expect(report(result).suppressed).toHaveLength(0);
    expect(result.summary).toMatch(/changes \.anthropic-key-scan\.yml/);
    expect(result.summary).toMatch(/changes \.baseline\.json/);
    expect(result.commands.filter((c) => c.command === 'notice' && /this range changes/.test(c.message))).toHaveLength(2);
  });

  it('on a pull request too: an explicit config input and an allow marker in the config the pull request edits', async () => {
    const key = fakeKey('api03', 'attack-config-pr');
    const repo = repository();
    repo.commitFiles('base', { 'ci/scan.yml': "allow:\n  markers: ['base-marker']\n" });
    const base = repo.head();
    repo.checkout('feature', { create: true });
    repo.commitFiles('hide it', { 'ci/scan.yml': "allow:\n  markers: ['pr-marker']\n", 'app.js': `const k = "${key}"; // pr-marker\n` });
    const head = repo.head();
    const payload = {
      number: 5,
      pull_request: { number: 5, base: { sha: base, ref: 'main', repo: { full_name: 'acme/app' } }, head: { sha: head, ref: 'feature', repo: { full_name: 'acme/app' } } },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    };
    const result = await runAction({
      event: 'pull_request', payload, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, sha: head,
      inputs: { verify: 'false', 'check-run': 'false', 'review-comments': 'false', config: 'ci/scan.yml' },
    });
    expect(result.code).toBe(1);
    expect(report(result).findings).toHaveLength(1);
    expect(result.summary).toMatch(/changes ci\/scan\.yml/);
    expectNoForgery(result);
  });

  it('the base side\'s own rules still apply to a range', async () => {
    const key = fakeKey('api03', 'attack-config-base');
    const repo = repository();
    repo.commitFiles('base', { '.anthropic-key-scan.yml': "exclude:\n  paths: ['fixtures/**']\n" });
    const base = repo.head();
    repo.commitFiles('a fixture', { 'fixtures/a.txt': `${key}\n` });
    const result = await runAction({
      event: 'push', payload: push(base, repo.head()), workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { verify: 'false', 'check-run': 'false' },
    });
    expect(result.code).toBe(0);
    // The base's exclude.paths applies: the fixture is not scanned at all (not even listed as suppressed).
    expect(report(result).findings).toHaveLength(0);
    expect(report(result).suppressed).toHaveLength(0);
  });

  it('a live key is reported whatever suppresses it, with the suppression named', async () => {
    const live = fakeKey('api03', 'attack-live-suppressed');
    const dead = fakeKey('api03', 'attack-dead-suppressed');
    anthropic.addKey({ key: live, kind: 'api', org: 'org-x' });
    const repo = repository();
    repo.commitFiles('one', { 'a.txt': `${live} # anthropic-key-scan:allow\n${dead} # anthropic-key-scan:allow\n` });
    const result = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { scope: 'files', 'check-run': 'false' } });
    expect(result.code).toBe(1);
    const r = report(result);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ status: 'live', suppressionOverridden: 'allow-marker' });
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]).toMatchObject({ status: 'invalid', suppressedBy: 'allow-marker' });
    expect(result.outputs.live).toBe('1');
  });

  it('a config glob built to backtrack does not hang the scan', async () => {
    const key = fakeKey('api03', 'attack-glob');
    const repo = repository();
    repo.commitFiles('one', { [`${'a/'.repeat(30)}b.txt`]: `${key}\n`, '.anthropic-key-scan.yml': `exclude:\n  paths: ['${'**/'.repeat(12)}c']\n` });
    const result = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { scope: 'files', verify: 'false', 'check-run': 'false' } });
    expect(result.code).toBe(1);
    expect(report(result).findings).toHaveLength(1);
  });
});

describe('paths stay in the workspace; one failed output never stops the others', () => {
  it('a path input that is a link out of the workspace is refused in one line', async () => {
    const repo = repository();
    repo.commitFiles('one', { 'a.txt': 'x\n' });
    symlinkSync('/', join(repo.dir, 'escape'));
    const result = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url, inputs: { scope: 'files', path: 'escape' } });
    expect(result.code).toBe(1);
    const errors = readAsRunner(result.stdout).commands.filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^input path: escape resolves to \/, outside the workspace/)]);
  });

  it('a report file planted as a link is not written through; the other outputs still come out and the step fails naming it', async () => {
    const key = fakeKey('api03', 'attack-symlink');
    const repo = repository();
    const outside = makeTempDir('aks-outside-');
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const target = join(outside, 'victim');
    writeFileSync(target, 'precious\n');
    repo.commitFiles('one', { 'a.txt': `${key}\n` });
    symlinkSync(target, join(repo.dir, 'anthropic-key-scan.json'));
    mkdirSync(join(outside, 'dir'));
    symlinkSync(join(outside, 'dir'), join(repo.dir, 'reports'));
    const result = await runAction({
      event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: anthropic.url,
      inputs: { scope: 'files', verify: 'false', 'check-run': 'false', 'sarif-file': 'reports/out.sarif' },
      env: { RUNNER_TEMP: '' },
    });
    expect(result.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(existsSync(join(outside, 'dir', 'out.sarif'))).toBe(false);
    const commands = readAsRunner(result.stdout).commands;
    expect(commands.some((c) => c.command === 'error' && c.properties.file === 'a.txt')).toBe(true);
    expect(commands.at(-1)).toMatchObject({ command: 'error', message: expect.stringMatching(/could not write report-file .*symbolic link.*sarif-file .*symbolic link/) });
    expect(result.summary).toMatch(/report-file: .*symbolic link/);
    expect(result.outputs).toMatchObject({ findings: '1', 'report-file': '', 'sarif-file': '' });
  });
});

describe('keys go in clear only to this machine', () => {
  it('an ANTHROPIC_BASE_URL that names a host (even localhost) over http fails the step before the scan', async () => {
    const key = fakeKey('api03', 'attack-base-url');
    const repo = repository();
    repo.commitFiles('one', { 'app.env': `KEY=${key}\n` });
    const result = await runAction({
      event: 'workflow_dispatch', payload: {}, workspace: repo.dir, githubUrl: gh.url, anthropicUrl: 'http://localhost:9',
      inputs: { scope: 'files', verify: 'true', 'check-run': 'false' },
    });
    expect(result.code).toBe(1);
    const errors = readAsRunner(result.stdout).commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/ANTHROPIC_BASE_URL must be https:\/\/ .*not localhost:9.*nothing was scanned/);
    expect(result.files['anthropic-key-scan.json']).toBeUndefined(); // nothing scanned, nothing reported
    expect(everythingWritten(result)).not.toContain(key);
  });
});
