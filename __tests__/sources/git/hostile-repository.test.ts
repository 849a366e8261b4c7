/**
 * A repository that names programs everywhere git could run one (its .git/config, a file that config
 * includes, .gitattributes, its hooks) and an environment full of GIT_* variables that do the same: every mode
 * that runs git (staged, range, history, the Action's fetches, diff lines, placement and revision lookups, audit
 * clones) must run none of them, and still find the real key. Each program appends to a marker file; a control
 * test shows plain git does run them, so the marker would appear if a defence were missing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareScope } from '../../../src/action/prepare-scope.js';
import { cloneBare } from '../../../src/sources/git/remote.js';
import { pullDiffLines } from '../../../src/sources/git/diff.js';
import { resolveRevision, topLevel } from '../../../src/sources/git/repo.js';
import type { GitSetup } from '../../../src/sources/git/run.js';
import { lsTree, readBlobAt } from '../../../src/sources/git/tree.js';
import { historySource } from '../../../src/sources/history.js';
import { rangeSource } from '../../../src/sources/range.js';
import { stagedSource } from '../../../src/sources/staged.js';
import { cloneRepo, createRepo, gitEnv, makeTempDir, runGit, runSource, type TestRepo } from '../../helpers/git-repo.js';
import { fakeKey } from '../../helpers/keys.js';

let work: string;
let marker: string;
let program: string;
let repo: TestRepo;
let base: string;
let head: string;
const key = fakeKey('api03', 'hostile');
const staged = fakeKey('admin01', 'hostile-staged');

/** What the hostile config names: a program that leaves a trace (and prints something, as textconv must). */
function hostileConfig(name: string): string {
  const run = `!${program} ${name}`;
  return [
    '[core]',
    `\tfsmonitor = ${program}`,
    `\thooksPath = ${join(work, 'hooks')}`,
    `\tpager = ${program} pager`,
    `\taskPass = ${program}`,
    `\tsshCommand = ${program} ssh`,
    `\tgitProxy = ${program}`,
    `\talternateRefsCommand = ${program}`,
    '[diff]',
    `\texternal = ${program}`,
    '[diff "evil"]',
    `\ttextconv = ${program}`,
    `\tcommand = ${program}`,
    '[filter "evil"]',
    `\tclean = ${program}`,
    `\tsmudge = ${program}`,
    '[pager]',
    `\tlog = ${program}`,
    `\tdiff = ${program}`,
    '[credential]',
    `\thelper = ${run}`,
    '[gpg]',
    `\tprogram = ${program}`,
    '[log]',
    '\tshowSignature = true',
    // Not programs, but they would bend the output parsed: hunks merged across unchanged lines, UTF-16 names.
    '[diff]',
    '\tinterHunkContext = 10',
    '\tnoprefix = true',
    '\trelative = true',
    '[i18n]',
    '\tlogOutputEncoding = UTF-16',
    '[include]',
    `\tpath = ${join(work, 'included.cfg')}`,
    '',
  ].join('\n');
}

/** Variables a hostile environment could hold; none may reach git (GIT_DIR points at another repository). */
function hostileEnv(other: string): GitSetup {
  return {
    env: {
      ...gitEnv(),
      GIT_DIR: join(other, '.git'),
      GIT_EXTERNAL_DIFF: program,
      GIT_CONFIG_PARAMETERS: `'diff.external'='${program}'`,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.fsmonitor',
      GIT_CONFIG_VALUE_0: program,
      GIT_ASKPASS: program,
      SSH_ASKPASS: program,
      GIT_SSH_COMMAND: `${program} ssh`,
      GIT_PAGER: program,
      GIT_TRACE: join(work, 'trace.log'),
    },
  };
}

const ran = (): string => (existsSync(marker) ? readFileSync(marker, 'utf8') : '');

beforeAll(() => {
  work = makeTempDir('aks-hostile-');
  marker = join(work, 'marker');
  program = join(work, 'evil.sh');
  writeFileSync(program, `#!/bin/sh\necho "ran: $*" >> '${marker}'\ncat "$1" 2>/dev/null\nexit 0\n`);
  chmodSync(program, 0o755);
  mkdirSync(join(work, 'hooks'));
  for (const hook of ['reference-transaction', 'post-checkout', 'post-merge', 'pre-auto-gc', 'post-index-change', 'fsmonitor-watchman', 'pre-push']) {
    writeFileSync(join(work, 'hooks', hook), `#!/bin/sh\n'${program}' hook-${hook}\n`);
    chmodSync(join(work, 'hooks', hook), 0o755);
  }
  writeFileSync(join(work, 'included.cfg'), `[diff "evil"]\n\ttextconv = ${program} included\n[core]\n\tfsmonitor = ${program}\n`);

  repo = createRepo();
  const readme = (changed: number[]): string => Array.from({ length: 10 }, (_, i) => (changed.includes(i + 1) ? `changed ${i + 1}` : `line ${i + 1}`)).join('\n') + '\n';
  repo.commitFiles('base', { '.gitattributes': '* diff=evil filter=evil\n*.bin -diff binary\n', 'README.md': readme([]) });
  base = repo.head();
  repo.commitFiles('add a key', { 'config/.env': `KEY=${key}\n`, 'blob.bin': `\0\0${key}\n`, 'README.md': readme([2, 8]) });
  head = repo.head();
  repo.write('staged.env', `K=${staged}\n`).add('staged.env');
  // The hostile config goes in last: the helper's own git calls above must not trip it.
  appendFileSync(join(repo.dir, '.git', 'config'), hostileConfig('repo'));
  for (const hook of ['reference-transaction', 'post-checkout', 'fsmonitor-watchman']) {
    writeFileSync(join(repo.dir, '.git', 'hooks', hook), `#!/bin/sh\n'${program}' own-${hook}\n`);
    chmodSync(join(repo.dir, '.git', 'hooks', hook), 0o755);
  }
});

beforeEach(() => rmSync(marker, { force: true }));

afterAll(() => {
  repo.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('a repository whose config, attributes and hooks name programs', () => {
  it('(control) makes plain git run them', () => {
    runGit(repo.dir, ['diff', base, head]);
    runGit(repo.dir, ['status']);
    expect(ran()).toContain('ran:');
  });

  it('runs none of them in a staged scan, and finds the staged key', async () => {
    const run = await runSource(stagedSource({ root: repo.dir, git: hostileEnv(work) }));
    expect(run.hits.map((hit) => hit.location.path)).toEqual(['staged.env']);
    expect(ran()).toBe('');
  });

  it('runs none of them in a range scan, and finds the key in files marked -diff and diff=evil', async () => {
    const run = await runSource(rangeSource({ root: repo.dir, base, head, git: hostileEnv(work) }));
    expect(run.hits.map((hit) => hit.location.path).sort()).toEqual(['blob.bin', 'config/.env']);
    expect(ran()).toBe('');
  });

  it('runs none of them in a history scan', async () => {
    const run = await runSource(historySource({ root: repo.dir, git: hostileEnv(work) }));
    expect(run.hits.map((hit) => hit.location.path).sort()).toEqual(['blob.bin', 'config/.env']);
    expect(run.hits.map((hit) => [hit.location.commit, hit.location.author])).toEqual([
      [head, 'Test Author <author@example.com>'],
      [head, 'Test Author <author@example.com>'],
    ]);
    expect(ran()).toBe('');
  });

  it('runs none of them for diff lines, and -diff or textconv files still show their added lines', async () => {
    const lines = await pullDiffLines({ root: repo.dir, ...hostileEnv(work) }, base, head);
    expect([...(lines.get('config/.env') ?? [])]).toEqual([1]);
    expect([...(lines.get('blob.bin') ?? [])]).toEqual([1]);
    expect([...(lines.get('README.md') ?? [])]).toEqual([2, 8]);
    expect(ran()).toBe('');
  });

  it('runs none of them for lookups: top level, revisions, trees, a file at a commit', async () => {
    const at = { root: repo.dir, ...hostileEnv(work) };
    expect(await topLevel(at)).toBe(repo.dir);
    expect(await resolveRevision(at, 'HEAD~1')).toBe(base);
    expect((await lsTree(at, head)).map((e) => e.path.toString()).sort()).toEqual(['.gitattributes', 'README.md', 'blob.bin', 'config/.env']);
    expect((await readBlobAt(at, head, 'config/.env'))?.toString()).toBe(`KEY=${key}\n`);
    expect(await readBlobAt(at, head, 'nope')).toBeUndefined();
    expect(ran()).toBe('');
    expect(existsSync(join(work, 'trace.log'))).toBe(false);
  });
});

describe("the Action's fetches and audit clones", () => {
  let checkout: TestRepo;

  beforeAll(() => {
    // A depth-1 checkout of head whose origin names a program as upload-pack, plus the config above.
    checkout = cloneRepo(repo.dir, { depth: 1 });
    appendFileSync(join(checkout.dir, '.git', 'config'), `${hostileConfig('checkout')}[remote "origin"]\n\tuploadpack = ${program} upload\n`);
  });

  afterAll(() => checkout.cleanup());

  it('fetch what a range needs without running any of them', async () => {
    const prepared = await prepareScope({ kind: 'range', base, head, why: 'push' }, checkout.dir, {
      notice: () => undefined, deepenStep: 1, git: hostileEnv(work),
    });
    expect(prepared.scope).toMatchObject({ kind: 'range', base, head });
    expect(runGit(checkout.dir, ['cat-file', '-t', base])).toBe('commit');
    expect(ran()).toBe('');
  });

  it('clone a repository bare without running any of them, and the clone holds the key', async () => {
    const target = join(makeTempDir('aks-hostile-clone-'), 'x.git');
    try {
      await cloneBare(`file://${repo.dir}`, target, hostileEnv(work));
      const run = await runSource(historySource({ root: target }));
      expect(run.hits.map((hit) => hit.location.path).sort()).toEqual(['blob.bin', 'config/.env']);
      expect(ran()).toBe('');
    } finally {
      rmSync(join(target, '..'), { recursive: true, force: true });
    }
  });

  it('refuse protocols that run programs (ext::) and say why in one line', async () => {
    const target = join(makeTempDir('aks-hostile-ext-'), 'x.git');
    try {
      await expect(cloneBare(`ext::${program} %S`, target, hostileEnv(work))).rejects.toThrow(/^clone failed: .*(unsupported|not allowed|transport)/i);
      expect(ran()).toBe('');
    } finally {
      rmSync(join(target, '..'), { recursive: true, force: true });
    }
  });
});
