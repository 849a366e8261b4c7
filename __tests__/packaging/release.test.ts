/** The release path: a version tag runs CI, checks dist/, publishes notes from CHANGELOG.md and moves the major tag. */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { TOOL_VERSION } from '../../src/core/version.js';
import { makeTempDir } from '../helpers/git-repo.js';
import { rangeAdmits } from './tools.js';

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
    try {
      const changelog = join(dir, 'CHANGELOG.md');
      writeFileSync(changelog, '# Changelog\n\n## [1.2.0] - 2026-01-02\n\n### Fixed\n- b\n\n## 1.1.0\n\n- a\n');
      expect(notes('1.2.0', changelog)).toMatchObject({ status: 0, stdout: '\n### Fixed\n- b\n' });
      expect(notes('1.1.0', changelog)).toMatchObject({ status: 0, stdout: '\n- a\n' });
      const missing = notes('9.9.9', changelog);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('has no entry for 9.9.9');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

describe('versions agree', () => {
  const pkg = JSON.parse(read('package.json')) as { version: string; engines: { node: string }; devEngines: { runtime: { version: string } } };
  const { version } = pkg;
  const major = `v${version.split('.')[0]}`;
  // Everywhere a user pins a release: the action and the reusable workflow, a checkout, pre-commit, a tarball.
  const PINS = [
    /anthropic-key-scan\/anthropic-key-scan(?:\/\.github\/workflows\/[\w.-]+)?@(v[\w.-]+)/g,
    /\brev: (v[\w.-]+)/g,
    /git checkout (v[\w.-]+)/g,
    /tool-ref:\s+(v[\w.-]+)/g,
    /anthropic-key-scan-(\d[\w.-]*?)\.tgz/g,
  ];
  const pins = (file: string) => PINS.flatMap((re) => [...read(file).matchAll(re)].map((m) => m[1]!));

  it('package.json, the lock file, the tool (--version, reports, SARIF) and the CHANGELOG say one version, the first being 1.0.0 or later', () => {
    const lock = JSON.parse(read('package-lock.json')) as { version: string; packages: Record<string, { version: string }> };
    expect(lock.version).toBe(version);
    expect(lock.packages['']!.version).toBe(version);
    expect(TOOL_VERSION).toBe(version);
    // The release workflow moves the tag `${TAG%%.*}`: a 0.x version would make the major tag v0, not the v1 documented.
    expect(major).not.toBe('v0');
    // The newest entry is this version's (its notes are the release's).
    expect(/^## \[?([^\]\s]+)/m.exec(read('CHANGELOG.md'))?.[1]).toBe(version);
  });

  it.each(['README.md', 'docs/org-audit.md', 'CHANGELOG.md', '.github/workflows/org-audit.yml', 'action.yml'])('%s pins only the major tag or this exact release', (file) => {
    for (const pin of pins(file)) expect([major, `v${version}`, version]).toContain(pin);
  });

  it('the README shows both pins, and the reusable workflow checks out the tool at the major tag by default', () => {
    expect(pins('README.md')).toEqual(expect.arrayContaining([major, `v${version}`]));
    const audit = parse(read('.github/workflows/org-audit.yml')) as { on: { workflow_call: { inputs: Record<string, { default?: string }> } } };
    expect(audit.on.workflow_call.inputs['tool-ref']!.default).toBe(major);
  });
});

describe('clean installs', () => {
  it('no locked dependency needs a newer Node than development claims (npm ci would warn EBADENGINE)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devEngines: { runtime: { version: string } } };
    const [major, minor = '0', patch = '0'] = /^>=\s*([\d.]+)$/.exec(pkg.devEngines.runtime.version)![1]!.split('.');
    const oldest = `${major}.${minor}.${patch}`;
    // Development may need a later Node 20 than the tool itself (eslint, markdown-it), never an earlier one.
    expect(rangeAdmits(pkg.engines.node, oldest)).toBe(true);
    const tooNew = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !rangeAdmits(entry.engines.node, oldest))
      .map(([path, entry]) => `${path} (node ${entry.engines!.node})`);
    expect(tooNew).toEqual([]);
  });

  it('rangeAdmits reads engines ranges as npm does', () => {
    for (const [range, version, admits] of [
      ['>=22', '20.19.0', false], ['>= 20', '20.19.0', true], ['^18.18.0 || ^20.9.0 || >=21.1.0', '20.19.0', true],
      ['^18.18.0 || ^20.9.0 || >=21.1.0', '20.8.0', false], ['^20.19.0 || ^22.13.0 || >=24', '22.12.0', false],
      ['^20.19.0 || ^22.13.0 || >=24', '24.1.0', true], ['20.x', '20.19.0', true], ['~20.9', '20.10.0', false],
      ['>=20.19.0', '20.19.0', true], ['>=14 <20', '20.0.0', false], ['*', '20.0.0', true],
    ] as const) expect([range, version, rangeAdmits(range, version)]).toEqual([range, version, admits]);
  });

  it('npm pack output is not committed', () => {
    expect(read('.gitignore').split('\n')).toContain('*.tgz');
  });
});
