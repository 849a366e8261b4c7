import { afterEach, describe, expect, it } from '@jest/globals';
import type { Location, Plan } from '../../src/core/types.js';
import { describeDuration, exposureOf, mergeExposure } from '../../src/findings/exposure.js';
import { toJsonReport } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { runScan } from '../../src/scan.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { fakeApiKey } from '../helpers/keys.js';
import { projectSchemaErrors } from '../helpers/schemas.js';

const UNTIL = new Date('2026-11-30T12:00:00Z');
const commit = (c: string, date?: string, committedDate?: string): Location => ({ kind: 'file', path: 'a', line: 1, column: 1, commit: c.repeat(40), ...(date ? { date } : {}), ...(committedDate ? { committedDate } : {}) });

describe('exposureOf', () => {
  it('counts from the earliest author or committer date of any location, and names that commit', () => {
    const exposure = exposureOf([commit('b', '2026-11-20T00:00:00Z'), commit('a', '2026-11-25T00:00:00Z', '2026-11-10T00:00:00Z')], 'public', UNTIL);
    expect(exposure).toEqual({
      since: '2026-11-10T00:00:00.000Z',
      first: { kind: 'file', commit: 'a'.repeat(40), authorDate: '2026-11-25T00:00:00Z', committerDate: '2026-11-10T00:00:00Z' },
      visibility: 'public',
      until: UNTIL.toISOString(),
      seconds: 20 * 86_400 + 12 * 3_600,
    });
  });

  it('says nothing of the start when no location is dated, ignores dates that are not dates, and never counts negative time', () => {
    expect(exposureOf([{ kind: 'file', path: 'a', line: 1, column: 1 }], 'unknown', UNTIL)).toEqual({ visibility: 'unknown', until: UNTIL.toISOString() });
    expect(exposureOf([commit('a', 'yesterday')], 'private', UNTIL).since).toBeUndefined();
    expect(exposureOf([commit('a', '2031-01-01T00:00:00Z')], 'private', UNTIL).seconds).toBe(0);
    const tag = exposureOf([{ kind: 'tag-message', tag: 'v1', line: 1, column: 1, date: '2026-11-29T12:00:00Z' }], 'private', UNTIL);
    expect(tag.first).toEqual({ kind: 'tag-message', taggerDate: '2026-11-29T12:00:00Z' });
  });

  it('merges two reports of one key: the earlier start, the wider visibility, the later end', () => {
    const a = exposureOf([commit('a', '2026-11-20T00:00:00Z')], 'private', UNTIL);
    const b = exposureOf([commit('b', '2026-11-10T00:00:00Z')], 'unknown', new Date('2026-11-29T12:00:00Z'));
    const merged = mergeExposure(a, b)!;
    expect(merged).toMatchObject({ since: '2026-11-10T00:00:00.000Z', first: { commit: 'b'.repeat(40) }, visibility: 'private', until: UNTIL.toISOString(), seconds: 20 * 86_400 + 12 * 3_600 });
    expect(mergeExposure(undefined, a)).toBe(a);
    expect(mergeExposure({ visibility: 'public', until: UNTIL.toISOString() }, a)).toMatchObject({ since: a.since, visibility: 'public' });
  });

  it('describes durations for people', () => {
    expect([30, 120, 7_200, 3 * 86_400, 800 * 86_400].map(describeDuration)).toEqual(['less than a minute', '2 minutes', '2 hours', '3 days', '2 years']);
  });
});

describe('exposure in a history scan', () => {
  let repo: TestRepo | undefined;
  afterEach(() => repo?.cleanup());

  it("reports the introducing commit's author and committer dates (an amended commit) in JSON and text, valid against the schema", async () => {
    repo = createRepo();
    repo.commitFiles('init', { 'README.md': 'hello\n' }, { date: 1_760_000_000 });
    repo.commitFiles('add config', { '.env': `KEY=${fakeApiKey('exposure')}\n` }, { date: 1_760_086_400 });
    repo.git(['commit', '--amend', '--no-edit', '-q'], { GIT_COMMITTER_DATE: '@1760172800 +0000' });
    const plan: Plan = { scope: { kind: 'history', root: repo.dir }, visibility: 'private', verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1 << 20, quiet: true };
    const report = toJsonReport(await runScan(plan));
    const [finding] = report.findings;
    expect(finding.locations[0]).toMatchObject({ date: '2025-10-10T08:53:20Z', committedDate: '2025-10-11T08:53:20Z' });
    expect(finding.exposure).toMatchObject({
      since: '2025-10-10T08:53:20.000Z',
      first: { kind: 'file', commit: repo.head(), authorDate: '2025-10-10T08:53:20Z', committerDate: '2025-10-11T08:53:20Z' },
      visibility: 'private',
    });
    expect(finding.exposure?.seconds).toBeGreaterThan(0);
    expect(projectSchemaErrors('report', report)).toEqual([]);
    expect(renderText(report, { color: false })).toMatch(/exposed: since 2025-10-10 \(commit [0-9a-f]{7,}; authored 2025-10-10, committed 2025-10-11\), \d+ (days|year|years), in a private repository/);
  });
});
