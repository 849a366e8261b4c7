import { describe, expect, it } from '@jest/globals';
import { emitAnnotations, planAnnotations, type Annotation } from '../../../src/report/github/annotations.js';
import { AT_ROOT } from '../../../src/report/github/where.js';
import { C1, finding, reportOf } from './fixtures.js';

const elsewhere = 'the job summary';

describe('planAnnotations', () => {
  it('an error for keys that may be live, on HEAD\'s line when the key is still there', () => {
    const report = reportOf([
      finding('live', 'live', [{ path: 'src/a.ts', line: 5, column: 9, commit: C1, inHead: true, headLine: 7 }]),
      finding('unknown', 'unknown', [{ path: 'b.txt', line: 2, column: 3 }]),
      finding('unchecked', 'unchecked', [{ path: 'c.txt', line: 1, column: 1 }]),
    ]);
    const planned = planAnnotations(report, AT_ROOT, { elsewhere });
    expect(planned.map((a) => a.level)).toEqual(['error', 'error', 'error']);
    expect(planned[0]!.properties).toEqual({ title: 'anthropic-api-key: live', file: 'src/a.ts', startLine: 7, startColumn: 9 });
    expect(planned[0]!.message).toMatch(/^Anthropic API key sk-ant-api03-.{3}\.\.\..{4} \(LIVE\): an incident/);
  });

  it('a warning for invalid keys; a removed key on its commit line, saying it is in the history', () => {
    const report = reportOf([finding('gone', 'invalid', [{ path: 't.txt', line: 4, column: 2, commit: C1, inHead: false }])]);
    const [a] = planAnnotations(report, AT_ROOT, { elsewhere });
    expect(a!.level).toBe('warning');
    expect(a!.properties).toMatchObject({ file: 't.txt', startLine: 4, startColumn: 2 });
    expect(a!.message).toMatch(/added in commit 1111111 .* still in the git history/);
  });

  it('a history finding names its commit without claiming it is gone', () => {
    const report = reportOf([finding('hist', 'live', [{ path: 'h.txt', line: 2, commit: C1 }])], { kind: 'history', root: '/r' });
    const [a] = planAnnotations(report, AT_ROOT, { elsewhere });
    expect(a!.properties).toMatchObject({ file: 'h.txt', startLine: 2 });
    expect(a!.message).toMatch(/Added in commit 1111111\.$/);
  });

  it('a key in a commit message: no file, the message says where', () => {
    const report = reportOf([finding('msg', 'live', [{ kind: 'commit-message', line: 3, column: 1, commit: C1 }])]);
    const [a] = planAnnotations(report, AT_ROOT, { elsewhere });
    expect(a!.properties.file).toBeUndefined();
    expect(a!.message).toMatch(/Found in the message of commit 1111111 \(line 3\)/);
  });

  it('paths are made relative to the workspace', () => {
    const report = reportOf([finding('sub', 'live', [{ path: 'a.txt' }])], { kind: 'files', root: '/w/repo/sub' });
    const [a] = planAnnotations(report, { repoPrefix: 'sub', workspacePrefix: 'repo' }, { elsewhere });
    expect(a!.properties.file).toBe('repo/sub/a.txt');
  });

  it('at most 10 per level, then one notice per level saying how many more and where', () => {
    const findings = [
      ...Array.from({ length: 13 }, (_, i) => finding(`e${i}`, 'live', [{ path: `e${i}.txt` }])),
      ...Array.from({ length: 11 }, (_, i) => finding(`w${i}`, 'invalid', [{ path: `w${i}.txt` }])),
    ];
    const planned = planAnnotations(reportOf(findings), AT_ROOT, { elsewhere: 'the job summary and the check run' });
    const count = (level: Annotation['level']) => planned.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 2]);
    const notices = planned.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices[0]).toMatch(/^3 more error annotation\(s\) \(possibly live keys\) are not shown here: GitHub shows 10 per level per step\. See the job summary and the check run\.$/);
    expect(notices[1]).toMatch(/^1 more warning annotation/);
  });

  it('keeps error slots free for what is emitted later (the failure message)', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding(`r${i}`, 'live', [{ path: `r${i}.txt` }]));
    const planned = planAnnotations(reportOf(findings), AT_ROOT, { elsewhere, reservedErrors: 1 });
    expect(planned.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(planned.find((a) => a.level === 'notice')?.message).toMatch(/^3 more error annotation/);
  });

  it('emits through the sink', () => {
    const calls: string[] = [];
    const sink = { error: (m: string) => calls.push(`e:${m}`), warning: (m: string) => calls.push(`w:${m}`), notice: (m: string) => calls.push(`n:${m}`) };
    emitAnnotations([{ level: 'warning', message: 'x', properties: {} }, { level: 'notice', message: 'y', properties: {} }], sink);
    expect(calls).toEqual(['w:x', 'n:y']);
  });
});
