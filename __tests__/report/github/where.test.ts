import { describe, expect, it } from '@jest/globals';
import type { JsonLocation } from '../../../src/core/report.js';
import { blobLink, describeWhere, displayLine, repoPath, shownAtHead, workspacePath } from '../../../src/report/github/where.js';

const C = 'c'.repeat(40);
const at = (l: Partial<JsonLocation>): JsonLocation => ({ kind: 'file', line: 1, column: 1, ...l }) as JsonLocation;

describe('where', () => {
  it('paths from the repository and from the workspace', () => {
    const placement = { repoPrefix: 'services/api', workspacePrefix: 'checkout' };
    expect(repoPath(at({ path: 'a.ts' }), placement)).toBe('services/api/a.ts');
    expect(workspacePath(at({ path: 'a.ts' }), placement)).toBe('checkout/services/api/a.ts');
    expect(repoPath(at({ kind: 'commit-message', commit: C }), placement)).toBeUndefined();
  });

  it('the line a reader sees', () => {
    expect(displayLine(at({ line: 3, commit: C, inHead: true, headLine: 9 }))).toBe(9);
    expect(displayLine(at({ line: 3, commit: C, inHead: false }))).toBe(3);
    expect(shownAtHead(at({ line: 3 }))).toBe(true);
    expect(shownAtHead(at({ line: 3, commit: C, inHead: false }))).toBe(false);
    expect(shownAtHead(at({ line: 3, commit: C }))).toBe(false);
  });

  it('describes each kind of place', () => {
    const p = { repoPrefix: '', workspacePrefix: '' };
    expect(describeWhere(at({ path: 'a', line: 2 }), p)).toBe('a:2');
    expect(describeWhere(at({ path: 'a', line: 2, commit: C, inHead: true, headLine: 5 }), p)).toBe('a:5 (added in ccccccc)');
    expect(describeWhere(at({ path: 'a', line: 2, commit: C, inHead: false }), p)).toBe('a:2 in commit ccccccc (removed since, still in the history)');
    expect(describeWhere(at({ path: 'a', line: 2, commit: C }), p)).toBe('a:2 in commit ccccccc');
    expect(describeWhere(at({ kind: 'commit-message', line: 4, commit: C }), p)).toBe('the message of commit ccccccc (line 4)');
    expect(describeWhere(at({ kind: 'tag-message', line: 1, tag: 'v1' }), p)).toBe('the message of tag v1 (line 1)');
    expect(describeWhere(at({ path: 'a', line: 2, repository: 'o/r' }), p)).toBe('o/r: a:2');
  });

  it('links to the line at its commit, each path segment encoded', () => {
    expect(blobLink('https://github.example.com/', 'o/r', C, 'dir/a b#?.ts', 7)).toBe(`https://github.example.com/o/r/blob/${C}/dir/a%20b%23%3F.ts#L7`);
  });
});
