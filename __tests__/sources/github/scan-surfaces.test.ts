/** runScan with GitHub surfaces: one surface that fails part-way keeps what it found, and the others still run. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan, Source } from '../../../src/core/types.js';
import { runScan } from '../../../src/scan.js';
import { itemsSource } from '../../../src/sources/github/items.js';
import { createRepo } from '../../helpers/git-repo.js';
import { fakeKey } from '../../helpers/keys.js';

const root = mkdtempSync(join(tmpdir(), 'aks-scan-surfaces-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan: Plan = { scope: { kind: 'surfaces', root }, surfaces: ['conversations', 'releases'], verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1 << 20, quiet: true };

describe('runScan with surfaces', () => {
  it('a surface that fails after a hit: the hit kept, the error named, the result incomplete; the next surface runs', async () => {
    const first = fakeKey('api03', 'surface-failing');
    const second = fakeKey('api03', 'surface-next');
    const failing = itemsSource(function* () {
      yield { kind: 'issue', number: 1, title: 't', body: first };
      throw new Error('GitHub did not answer within 30 s');
    }, { maxFileSize: 1 << 20 });
    const next: Source = itemsSource(() => [{ kind: 'comment', number: 2, body: second }], { maxFileSize: 1 << 20 });
    const result = await runScan(plan, { surfaces: [{ name: 'conversations', source: failing }, { name: 'releases', source: next }] });
    expect(result.findings.map((f) => f.locations[0]!.kind).sort()).toEqual(['comment', 'issue']);
    expect(result.errors).toEqual(['the conversations surface stopped early: GitHub did not answer within 30 s']);
    expect(result.incomplete).toBe(result.errors[0]);
  });

  it('nothing of the tree is read for a surfaces scope', async () => {
    const result = await runScan(plan, { surfaces: [] });
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});

describe('runScan with surfaces and a history state (issue 21, part 4)', () => {
  const none: Source = itemsSource(() => [], { maxFileSize: 1 << 20 });
  const throwing: Source = itemsSource(() => {
    throw new Error('GitHub did not answer');
  }, { maxFileSize: 1 << 20 });
  const cutShort: Source = itemsSource(function* (ctx) {
    ctx.note({ reason: 'page-limit', message: 'runs: stopped after 100 pages' });
    yield* [];
  }, { maxFileSize: 1 << 20 });

  it('a surface read completely gets a cursor; one that failed, was cut short or takes no since gets none; the next scan passes it', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('one', { 'a.txt': 'nothing\n' });
      const statePath = join(root, 'state.json');
      const history: Plan = { ...plan, scope: { kind: 'history', root: repo.dir }, statePath };
      const asked: Record<string, string[]> = { conversations: [], releases: [], runs: [] };
      const surfaces = (source: Record<string, Source>) => Object.entries(source).map(([name, s]) => ({ name, source: s, since: (cursor: string) => (asked[name]!.push(cursor), s) }));
      const first = await runScan(history, { surfaces: [...surfaces({ conversations: none, releases: throwing, runs: cutShort }), { name: 'wiki', source: none }] });
      expect(first.errors).toEqual(['the releases surface stopped early: GitHub did not answer']);
      const cursors = (): Record<string, string> | undefined => (JSON.parse(readFileSync(statePath, 'utf8')) as { surfaces?: Record<string, string> }).surfaces;
      const written = cursors();
      expect(Object.keys(written ?? {})).toEqual(['conversations']);

      const second = await runScan(history, { surfaces: surfaces({ conversations: none, releases: none, runs: none }) });
      expect(asked).toEqual({ conversations: [written!.conversations], releases: [], runs: [] });
      expect(second.notes.filter((n) => n.reason === 'surface-since').map((n) => n.message)).toEqual([
        `conversations since ${written!.conversations} (the last audit that read it completely): what earlier audits found there is in their reports, not carried`,
      ]);
      expect(Object.keys(cursors() ?? {}).sort()).toEqual(['conversations', 'releases', 'runs']);
    } finally {
      repo.cleanup();
    }
  });
  it('the state remembers only the keys of the tree: a surface hit carrying a git object (a wiki blob) is not carried from this repository', async () => {
    const repo = createRepo();
    try {
      repo.commitFiles('one', { 'a.txt': 'nothing\n' });
      const statePath = join(root, 'state-wiki.json');
      const history: Plan = { ...plan, scope: { kind: 'history', root: repo.dir }, statePath };
      const key = fakeKey('api03', 'wiki-blob');
      const wikiPage: Source = async function* (detect) {
        for (const match of detect(Buffer.from(`token: ${key}\n`))) {
          yield { match, location: { kind: 'wiki', path: 'Home.md', line: match.line, column: match.column, commit: 'f'.repeat(40) }, object: 'e'.repeat(40) };
        }
      };
      const first = await runScan(history, { surfaces: [{ name: 'wiki', source: wikiPage }] });
      expect(first.findings.map((f) => f.locations[0]!.kind)).toEqual(['wiki']);
      const state = readFileSync(statePath, 'utf8');
      expect(state).not.toContain('e'.repeat(40));
      const second = await runScan(history, { surfaces: [] });
      expect(second.findings).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
