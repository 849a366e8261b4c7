/**
 * SARIF of a real history whose trees hold names no checkout can: `..`, `.`, `.git`, backslashes, a drive letter,
 * percent-encoded dots, a URL. git fsck forbids them, but a downloaded history is anyone's: the trees are written
 * byte by byte with `git hash-object --literally`. Every result must stay under %SRCROOT% and the log must be
 * valid SARIF 2.1.0.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/cli.js';
import { fakeApiKey } from '../helpers/keys.js';
import { sarifSchemaErrors } from '../helpers/schemas.js';

let repo: TestRepo;

/** A tree object of the given entries, written as is (no name is checked). */
function tree(entries: Array<[mode: string, name: string, oid: string]>): string {
  const body = Buffer.concat(entries.map(([mode, name, oid]) => Buffer.concat([Buffer.from(`${mode} ${name}\0`, 'utf8'), Buffer.from(oid, 'hex')])));
  return repo.git(['hash-object', '-t', 'tree', '-w', '--literally', '--stdin'], {}, body);
}

const NAMES = ['..', '.', '.git', '.GIT', 'C:', 'C:\\Windows', '..\\..\\x.env', '%2e%2e', 'file:', 'https:', '.. ', 'ok'];

beforeAll(() => {
  repo = createRepo();
  const blob = (seed: string) => repo.git(['hash-object', '-w', '--stdin'], {}, `ANTHROPIC_API_KEY=${fakeApiKey(seed)}\n`);
  // Each hostile name as a file at the top.
  const leaf = tree([['100644', 'leak.env', blob('leaf')]]);
  const nested = tree([['40000', '..', leaf]]);
  const forged = tree([['100644', 'd'.repeat(40), blob('forged-message')]]);
  const dotGit = tree([['40000', 'commit-message', forged]]);
  // `..` and `.git` are folders here (a name once per tree): `../../leak.env`, `.git/commit-message/ddd…`.
  const files: Array<[string, string, string]> = NAMES.filter((name) => name !== '..' && name !== '.git').map((name) => ['100644', name, blob(`file-${name}`)]);
  const top = tree([...files, ['40000', '..', nested], ['40000', '.git', dotGit], ['100644', 'ok2', blob('ok2')]]);
  const commit = repo.git(['commit-tree', top, '-m', 'hostile names'], { GIT_AUTHOR_DATE: '@1704067200 +0000', GIT_COMMITTER_DATE: '@1704067200 +0000' });
  repo.git(['update-ref', 'refs/heads/main', commit]);
});

afterAll(() => repo.cleanup());

const ROOT = 'file:///checkout/repo/';

function staysInside(uri: string): boolean {
  if (!new URL(uri, ROOT).href.startsWith(ROOT)) return false;
  const decoded = decodeURIComponent(uri);
  return !path.posix.isAbsolute(decoded) && !path.win32.isAbsolute(decoded) && !path.win32.normalize(decoded).startsWith('..') && !path.posix.normalize(decoded).startsWith('..');
}

describe('SARIF of a history with hostile names', () => {
  it('reports every key, each result inside %SRCROOT%, valid SARIF 2.1.0', async () => {
    const run = await runCli(['--history', '--format', 'sarif', '--quiet', repo.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results ?? [];
    expect(results).toHaveLength(NAMES.length - 2 + 3); // the names but the two used as folders, the two nested files, ok2
    const uris = results.map((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri ?? '');
    for (const uri of uris) expect(staysInside(uri)).toBe(true);
    // The forged `.git/commit-message/ddd…` file is not placed where a commit message would be.
    expect(uris).not.toContain(`.git/commit-message/${'d'.repeat(40)}`);
    expect(uris).toContain('ok');
    const named = results.map((r) => r.locations?.[0].message?.text ?? '').join('\n');
    expect(named).toContain('"../../leak.env"');
    expect(named).toContain(`".git/commit-message/${'d'.repeat(40)}"`);
  });
});
