/** The release path: a version tag runs CI, checks dist/, publishes notes from CHANGELOG.md and moves the major tag. */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { makeTempDir } from '../helpers/git-repo.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { uses?: string; needs?: string[]; permissions?: Record<string, string>; steps?: { run?: string; if?: string }[] }>;
}

function notes(version: string, changelog = join(ROOT, 'CHANGELOG.md')) {
  return spawnSync('bash', [join(ROOT, '.github/scripts/release-notes.sh'), version, changelog], { encoding: 'utf8' });
}

describe('release workflow', () => {
  const release = parse(read('.github/workflows/release.yml')) as Workflow;

  it('runs on version tags, after the full CI and the dist/ check', () => {
    expect((release.on.push as { tags: string[] }).tags).toEqual(expect.arrayContaining(['v[0-9]+.[0-9]+.[0-9]+']));
    expect(release.jobs.ci.uses).toBe('./.github/workflows/ci.yml');
    expect(release.jobs['check-dist'].uses).toBe('./.github/workflows/check-dist.yml');
    expect(release.jobs.release.needs).toEqual(['ci', 'check-dist']);
    for (const file of ['ci.yml', 'check-dist.yml']) expect(parse(read(`.github/workflows/${file}`)).on).toHaveProperty('workflow_call');
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('publishes notes from CHANGELOG.md and moves the major tag, not on pre-releases', () => {
    const steps = release.jobs.release.steps ?? [];
    const script = steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('.github/scripts/release-notes.sh');
    expect(script).toMatch(/gh release create "\$TAG" --verify-tag/);
    expect(script).toMatch(/major="\$\{TAG%%\.\*\}"/);
    expect(script).toMatch(/git push --force origin "refs\/tags\/\$major"/);
    expect(steps.find((s) => s.run?.includes('refs/tags/$major'))?.if).toContain("contains(github.ref_name, '-')");
    // Tag names reach the shell through env only, never as ${{ }} inside a script.
    expect(script).not.toContain('${{');
  });

  it('release-notes.sh prints one version\'s entry, and fails for a version without one', () => {
    const dir = makeTempDir('aks-notes-');
    const changelog = join(dir, 'CHANGELOG.md');
    writeFileSync(changelog, '# Changelog\n\n## [1.2.0] - 2026-01-02\n\n### Fixed\n- b\n\n## 1.1.0\n\n- a\n');
    expect(notes('1.2.0', changelog)).toMatchObject({ status: 0, stdout: '\n### Fixed\n- b\n' });
    expect(notes('1.1.0', changelog)).toMatchObject({ status: 0, stdout: '\n- a\n' });
    const missing = notes('9.9.9', changelog);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('has no entry for 9.9.9');
  });

  it('the package version has its CHANGELOG entry', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(notes(version).status).toBe(0);
  });
});

describe('licence and policies', () => {
  it('ships the MIT licence that package.json names, a security policy and a changelog', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(read('SECURITY.md')).toMatch(/## Reporting a vulnerability/);
    expect(read('CHANGELOG.md')).toMatch(/^# Changelog/);
  });
});
