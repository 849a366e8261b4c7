import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../src/action/inputs.js';
import { partialBecause } from '../../src/action/whole-audit.js';
import type { JsonReport } from '../../src/core/report.js';
import { reportOf } from '../report/github/fixtures.js';
import { inputEnv } from './run-action.js';

/** The inputs as the runner fills them (action.yml's defaults), with `given` on top. */
const inputs = (given: Record<string, string> = {}) => {
  const env = inputEnv(given);
  return readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
};
const history = (extra: Partial<JsonReport> = {}): JsonReport => ({ ...reportOf([], { kind: 'history', root: '/w' }), ...extra });

describe('partialBecause: only a whole audit may close the alarm', () => {
  it('a history audit of the whole repository with the defaults is whole', () => {
    expect(partialBecause(history(), inputs())).toEqual([]);
    expect(partialBecause(history(), inputs({ path: './', 'max-file-size': '100MB', 'max-archive-depth': '9', verify: 'false' }))).toEqual([]);
    // Limits every scan has are not holes: a file over the size limit, an encrypted archive, a binary.
    const notes = ['too-large', 'archive-encrypted', 'binary', 'lfs-pointer'].map((reason) => ({ reason, message: 'x' }));
    expect(partialBecause(history({ notes }), inputs())).toEqual([]);
  });

  it('fail-on decides whether the step fails, not what was read: a nightly audit with fail-on live or never is whole', () => {
    expect(partialBecause(history(), inputs({ 'fail-on': 'live' }))).toEqual([]);
    expect(partialBecause(history(), inputs({ 'fail-on': 'never' }))).toEqual([]);
  });

  it.each([
    ['a files scan of a folder', reportOf([], { kind: 'files', root: '/w/sub' }), { scope: 'files', path: 'sub' }, ['it scanned the files, not the whole history', 'path was set (a part of the workspace)']],
    ['a range', reportOf([]), { base: 'main' }, ['it scanned a range of commits, not the whole history', 'base or head was set']],
    ['a second step with another path', history(), { path: 'services/api' }, ['path was set (a part of the workspace)']],
    ['a matrix job of an organization audit', history(), { repository: 'acme/other' }, ['repository was set (a job of an organization audit)']],
    ['a repository-filter subset', history(), { 'repository-filter': 'acme/api-*' }, ['repository-filter or match was set (a subset)']],
    ['a match subset', history(), { match: '!acme/legacy' }, ['repository-filter or match was set (a subset)']],
    ['a custom config', history(), { config: 'ci/scan.yml' }, ['config was set (its rules may hide findings)']],
    ['a baseline', history(), { baseline: 'known.json' }, ['baseline was set (it hides findings)']],
    ['a smaller max-file-size', history(), { 'max-file-size': '1KB' }, ['max-file-size is below the default']],
    ['a narrower archive limit', history(), { 'max-archive-depth': '0' }, ['an archive limit is below its default']],
    ['a scan that stopped part-way', history({ incomplete: 'git died' }), {}, ['the scan did not complete']],
    ['a scan with errors', history({ errors: ['a', 'b'] }), {}, ['the scan had 2 errors']],
    ['a shallow clone', history({ notes: [{ reason: 'shallow', message: 'x' }] }), {}, ['part of the repository was not read (shallow)']],
    ['missing objects and unread refs', history({ notes: ['missing-object', 'attribution-failed', 'missing-object', 'partial-clone', 'unreadable'].map((reason) => ({ reason, message: 'x' })) }), {},
      ['part of the repository was not read (missing-object, attribution-failed, partial-clone, unreadable)']],
    ['conversations read only since the last audit', history({ notes: [{ reason: 'surface-since', message: 'x' }] }), {},
      ['a GitHub surface was read in part or only since the last audit (surface-since)']],
    ['a surface cut at its page limit or not readable', history({ notes: ['page-limit', 'surface-unreadable', 'page-limit'].map((reason) => ({ reason, message: 'x' })) }), {},
      ['a GitHub surface was read in part or only since the last audit (page-limit, surface-unreadable)']],
  ] as [string, JsonReport, Record<string, string>, string[]][])('%s is partial', (_, report, given, why) => {
    expect(partialBecause(report, inputs(given))).toEqual(why);
  });
});
