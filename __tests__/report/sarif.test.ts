import { describe, it, expect } from '@jest/globals';
import type * as Sarif from 'sarif';
import path from 'node:path';
import { isPlaceable, MAX_RESULTS, messagePath, pathToUri, toSarif } from '../../src/report/sarif.js';
import { toJsonReport } from '../../src/report/json.js';
import { KINDS as RULES } from '../../src/core/kinds.js';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version.js';
import { expectNoSecret, keys, scanResult } from './fixtures.js';
import { sarifSchemaErrors } from '../helpers/schemas.js';

/**
 * The essentials of SARIF 2.1.0 (the OASIS schema's required properties and enumerations) and what GitHub
 * code scanning requires on top, checked by hand: no schema is fetched.
 */
function assertValidSarif(log: Sarif.Log): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    expect(typeof driver.name).toBe('string');
    const rules = driver.rules ?? [];
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(typeof rule.id).toBe('string');
      for (const text of [rule.shortDescription, rule.fullDescription, rule.help]) {
        expect(typeof text?.text).toBe('string');
        expect(text?.text.length).toBeGreaterThan(0);
      }
      const severity = Number(rule.properties?.['security-severity']);
      expect(severity).toBeGreaterThanOrEqual(0);
      expect(severity).toBeLessThanOrEqual(10);
      expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration?.level);
    }
    expect((run.results ?? []).length).toBeLessThanOrEqual(25_000);
    for (const result of run.results ?? []) {
      expect(typeof result.message.text).toBe('string');
      expect(ids).toContain(result.ruleId);
      if (result.ruleIndex !== undefined) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['none', 'note', 'warning', 'error']).toContain(result.level);
      expect(result.locations?.length).toBe(1);
      for (const location of result.locations ?? []) {
        // Code scanning rejects a whole upload for one result without a file location.
        const physical = location.physicalLocation;
        expect(physical).toBeDefined();
        if (physical) {
          const uri = physical.artifactLocation?.uri ?? '';
          expect(uri).not.toMatch(/^\/|\\|^[a-z][a-z0-9+.-]*:/i);
          expect(() => decodeURIComponent(uri)).not.toThrow();
          expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=@%/]+$/);
          expect(Number.isInteger(physical.region?.startLine)).toBe(true);
          expect(physical.region?.startLine).toBeGreaterThanOrEqual(1);
          expect(physical.region?.startColumn).toBeGreaterThanOrEqual(1);
        }
      }
      for (const [name, value] of Object.entries(result.partialFingerprints ?? {})) {
        expect(name).toMatch(/\/v\d+$/);
        expect(typeof value).toBe('string');
      }
    }
  }
}

describe('toSarif', () => {
  const report = toJsonReport(scanResult());
  const log = toSarif(report);
  const run = log.runs[0];
  const results = run.results ?? [];

  it('is valid SARIF 2.1.0 with one run', () => {
    assertValidSarif(log);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: TOOL_NAME, version: TOOL_VERSION, informationUri: expect.stringMatching(/^https:\/\//) });
  });

  it('describes every rule, with help that says how to rotate the key', () => {
    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), ...RULES.map((r) => `${r.id}/invalid`)]);
    for (const rule of rules) {
      expect(rule.help?.markdown).toMatch(/Console|claude\.ai/);
      expect(rule.help?.markdown).toMatch(/git show -s/);
      expect(rule.help?.text).not.toContain('**');
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/);
    }
    expect(rules.find((r) => r.id === 'anthropic-api-key')?.help?.markdown).toMatch(/Rotate/);
  });

  it('has one result per finding and location, suppressed findings left out', () => {
    expect(results).toHaveLength(6);
    expect(results.map((r) => r.properties?.status)).toEqual(['live', 'live', 'live', 'unknown', 'unchecked', 'invalid']);
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'error', 'error', 'warning']);
    expect(JSON.stringify(log)).not.toContain('test/fixture.txt');
  });

  it('names the status and the redacted key in each message, never the key', () => {
    expect(results[0].message.text).toMatch(new RegExp(`^LIVE ${keys.live.slice(0, 16)}\\.\\.\\.${keys.live.slice(-4)} `));
    expect(results[5].message.text).toMatch(/^INVALID /);
    expectNoSecret(JSON.stringify(log));
  });

  it('places file locations at repo-relative URIs, and git messages at logical locations', () => {
    const first = results[0].locations?.[0];
    expect(first?.physicalLocation).toEqual({ artifactLocation: { uri: 'src/config.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 18 } });
    expect(results[4].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('dir%20with%20space/na%C3%AFve%20%231%3F.txt');
    const commitMessage = results[2].locations?.[0];
    expect(commitMessage?.physicalLocation?.artifactLocation?.uri).toBe(`.git/commit-message/${'d'.repeat(40)}`);
    expect(commitMessage?.physicalLocation?.artifactLocation?.description?.text).toMatch(/message of commit d+, not a file/);
    expect(commitMessage?.logicalLocations?.[0].name).toBe(`commit ${'d'.repeat(40)} message`);
    expect(results[3].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('.git/tag-message/v1.0');
    expect(results[3].locations?.[0].logicalLocations?.[0].name).toBe('tag v1.0 message');
    expect(results[1].properties).toMatchObject({ encoding: 'base64', commit: 'c'.repeat(40), status: 'live' });
  });

  it('fingerprints each result by secret and by place, independent of the line', () => {
    expect(results[0].partialFingerprints?.['secretSha256/v1']).toBe(report.findings[0].secretSha256);
    const moved = toJsonReport(scanResult());
    moved.findings[0].locations[0].line = 99;
    expect(toSarif(moved).runs[0].results?.[0].partialFingerprints).toEqual(results[0].partialFingerprints);
    const places = new Set(results.map((r) => r.partialFingerprints?.['secretLocation/v1']));
    expect(places.size).toBe(results.length);
  });

  it('uses the HEAD line for range locations still in HEAD, and a path prefix when given', () => {
    const r = toJsonReport(scanResult());
    Object.assign(r.findings[0].locations[0], { inHead: true, headLine: 40 });
    const result = toSarif(r, { pathPrefix: 'services/api/' }).runs[0].results?.[0];
    expect(result?.locations?.[0].physicalLocation?.region?.startLine).toBe(40);
    expect(result?.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('services/api/src/config.ts');
  });

  it('caps results at 25,000 with a notification, and carries errors as notifications', () => {
    const r = toJsonReport(scanResult());
    r.findings[0].locations = Array.from({ length: MAX_RESULTS + 10 }, (_, i) => ({ kind: 'file' as const, path: `f${i}`, line: 1, column: 1 }));
    const big = toSarif(r);
    expect(big.runs[0].results).toHaveLength(MAX_RESULTS);
    const notes = big.runs[0].invocations?.[0].toolExecutionNotifications ?? [];
    expect(notes[0].message.text).toMatch(/^13 more results were left out/);
    expect(notes[1]).toEqual({ level: 'error', message: { text: 'could not list API keys: 403 permission_error' } });
    expect(big.runs[0].invocations?.[0].executionSuccessful).toBe(false);
  });

  it('is valid with no findings', () => {
    const empty = toSarif({ ...report, findings: [], suppressed: [], errors: [] });
    assertValidSarif(empty);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].invocations).toBeUndefined();
  });
});

describe('pathToUri', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['a b/c#d?e%f.txt', 'a%20b/c%23d%3Fe%25f.txt'],
    ['c:/x', 'c%3A/x'],
    ['名前/ü.txt', '%E5%90%8D%E5%89%8D/%C3%BC.txt'],
    ['back\\slash', 'back%5Cslash'],
    ['.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ["a+b(1)!~'@,;=$&*", "a+b(1)!~'@,;=$&*"],
  ])('%s -> %s', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
    expect(path.split('/').map((s) => s).join('/')).toBe(uri.split('/').map(decodeURIComponent).join('/'));
  });
});

describe('SARIF severity by status', () => {
  const report = toJsonReport(scanResult());
  const log = toSarif(report);
  const rules = log.runs[0].tool.driver.rules ?? [];
  const results = log.runs[0].results ?? [];
  const severityOf = (result: Sarif.Result) => Number(rules[result.ruleIndex ?? -1]?.properties?.['security-severity']);

  it('never ranks a dead key as critical or high, and a live one by its kind', () => {
    for (const result of results) {
      const status = result.properties?.status as string;
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      if (status === 'invalid') {
        expect(result.ruleId).toMatch(/\/invalid$/);
        expect(severityOf(result)).toBeLessThan(4);
        expect(result.level).toBe('warning');
      } else {
        expect(result.ruleId).not.toMatch(/\/invalid$/);
        expect(severityOf(result)).toBeGreaterThanOrEqual(7);
        expect(result.level).toBe('error');
      }
    }
    const unchecked = results.find((r) => r.properties?.status === 'unchecked');
    expect(severityOf(unchecked!)).toBeLessThan(9);
  });
});

describe('SARIF of every location kind against the OASIS schema', () => {
  it('validates a report with file, archive member, commit-message and tag-message locations, paths of any shape', () => {
    const report = toJsonReport(scanResult());
    report.findings[0].locations.push(
      { kind: 'file', path: 'weird name/ünï[1]#?.txt', line: 1, column: 1, commit: 'e'.repeat(40), inHead: false },
      { kind: 'tag-message', tag: 'release/v2 beta', line: 3, column: 7 },
      { kind: 'commit-message', line: 1, column: 1 },
    );
    const log = toSarif(report, { pathPrefix: 'sub dir' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    for (const result of log.runs[0].results ?? []) {
      expect(result.locations?.[0].physicalLocation?.artifactLocation?.uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=@%/]+$/);
    }
  });

  it('is told apart from an invalid log by the schema (the check is real)', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
  });
});

describe('SARIF stays inside the repository', () => {
  /** Names a hostile tree can hold (git mktree and hash-object --literally make every one of them). */
  const HOSTILE_PATHS = [
    '../../etc/passwd', '..', '.', 'a/../../b', 'a/./b', '/etc/passwd', '//server/share/x', 'a//b', 'C:\\Windows\\x.ini', 'C:/x',
    '..\\..\\x', 'a\\..\\..\\b', '%2e%2e/%2E%2E/x', '.%2e/x', 'file:///etc/passwd', 'https://evil.example/x', 'a\u0000b',
    '.. /x', '... /x', 'x/...', '.git/config', '.GIT/hooks/pre-commit', '.git./x', `.git/commit-message/${'d'.repeat(40)}`,
    '.git/tag-message/v1.0', 'ok/\u001b[2Jname', '',
  ];
  const ROOT = 'file:///checkout/repo/';

  /** Every way a consumer may resolve a URI against the root: WHATWG, and decoded then joined (POSIX and Windows). */
  function staysInside(uri: string): boolean {
    if (!new URL(uri, ROOT).href.startsWith(ROOT)) return false;
    const decoded = decodeURIComponent(uri);
    for (const p of [path.posix, path.win32]) {
      if (p.isAbsolute(decoded)) return false;
      const joined = p.normalize(p.join(p === path.posix ? '/checkout/repo' : 'C:\\checkout\\repo', decoded));
      if (!joined.startsWith(p === path.posix ? '/checkout/repo/' : 'C:\\checkout\\repo\\')) return false;
    }
    return true;
  }

  function sarifFor(paths: readonly string[]): Sarif.Log {
    const report = toJsonReport(scanResult());
    report.findings[0].locations = paths.map((p) => ({ kind: 'file' as const, path: p, line: 2, column: 3, commit: 'e'.repeat(40) }));
    report.findings[0].locations.push({ kind: 'commit-message', commit: 'd'.repeat(40), line: 1, column: 1 }, { kind: 'tag-message', tag: 'v1.0', line: 1, column: 1 });
    return toSarif({ ...report, findings: report.findings.slice(0, 1) });
  }

  it('places every result inside %SRCROOT%, whatever the tree names, and stays valid SARIF', () => {
    const log = sarifFor(HOSTILE_PATHS);
    expect(sarifSchemaErrors(log)).toEqual([]);
    assertValidSarif(log);
    const results = log.runs[0].results ?? [];
    for (const result of results) {
      const location = result.locations?.[0].physicalLocation?.artifactLocation;
      expect(location?.uriBaseId).toBe('%SRCROOT%');
      expect(staysInside(location?.uri ?? '')).toBe(true);
    }
    for (const [i, name] of HOSTILE_PATHS.entries()) {
      if (isPlaceable(name)) continue;
      // The name is said, escaped, where people read it; the URI is its hash under the virtual folder.
      expect(results[i].locations?.[0].physicalLocation?.artifactLocation?.uri).toMatch(/^\.git\/unplaceable-path\/[0-9a-f]{64}$/);
      expect(results[i].locations?.[0].message?.text).toContain(JSON.stringify(name));
    }
  });

  it('keeps ordinary names as they are', () => {
    for (const name of ['src/a.ts', '.github/workflows/ci.yml', 'a b/c#d?.txt', '名前/ü.txt', '.gitignore', '.git-blame-ignore-revs', 'x.git/y', '...env', '.env']) {
      expect(isPlaceable(name)).toBe(true);
    }
  });

  it('no real path can pass for a commit or tag message', () => {
    const log = sarifFor(HOSTILE_PATHS);
    const results = log.runs[0].results ?? [];
    const uris = results.map((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri);
    const [commitMessage, tagMessage] = uris.slice(-2);
    expect(commitMessage).toBe(`.git/commit-message/${'d'.repeat(40)}`);
    expect(tagMessage).toBe('.git/tag-message/v1.0');
    expect(uris.slice(0, -2)).not.toContain(commitMessage);
    expect(uris.slice(0, -2)).not.toContain(tagMessage);
    // A hostile tag name is no path either.
    expect(messagePath({ kind: 'tag-message', tag: '../../x' })).toMatch(/^\.git\/tag-message\/[0-9a-f]{64}$/);
    expect(messagePath({ kind: 'commit-message', commit: '../x' })).toMatch(/^\.git\/commit-message\/[0-9a-f]{64}$/);
  });
});
