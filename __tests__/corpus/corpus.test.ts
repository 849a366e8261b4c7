/**
 * The leak corpus, end to end through the CLI: real-life leak shapes written to a temp dir, scanned with
 * `anthropic-key-scan --format json DIR` in process, and the report compared location by location with
 * what the corpus says: every key at its path, line, column and rule (and encoding), allowed ones in
 * `suppressed`, and nothing else anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli as cli, type CliRun as Run } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import type { JsonFinding, JsonReport } from '../../src/core/report.js';
import { sha256, type Expectation, type FileSpec } from './build.js';
import { negatives, positives } from './cases.js';


/** One reported location, as a comparable line: path:line:column rule [encoding] sha-prefix. */
function row(p: string, line: number, column: number, rule: string, encoding: string | undefined, sha: string): string {
  return `${p}:${line}:${column} ${rule}${encoding ? ` [${encoding}]` : ''} ${sha.slice(0, 12)}`;
}

function expectedRows(files: FileSpec[], allowedOnes: boolean, firstPerKey = false): string[] {
  return files
    .flatMap((f) => (firstPerKey ? firstOfEachKey(f.expected) : f.expected).filter((e: Expectation) => Boolean(e.allowed) === allowedOnes).map((e) => row(f.path, e.line, e.column, e.rule, e.encoding, sha256(e.key))))
    .sort();
}

/** The first place of each key in a file: the git sources report one location per key, path and commit. */
function firstOfEachKey(expected: Expectation[]): Expectation[] {
  const sorted = [...expected].sort((a, b) => a.line - b.line || a.column - b.column);
  return sorted.filter((e, i) => sorted.findIndex((o) => o.key === e.key) === i);
}

function reportedRows(findings: JsonFinding[]): string[] {
  return findings
    .flatMap((f) => f.locations.map((l) => row(l.path ?? '', l.line, l.column ?? 0, f.rule, l.encoding, f.secretSha256)))
    .sort();
}

async function writeCorpus(dir: string, files: FileSpec[]): Promise<void> {
  for (const f of files) {
    const file = path.join(dir, ...f.path.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, f.bytes);
  }
}

describe('leak corpus through the CLI', () => {
  const pos = positives();
  const neg = negatives();
  let dir: string;
  let run: Run;
  let report: JsonReport;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aks-corpus-'));
    await writeCorpus(dir, [...pos, ...neg]);
    run = await cli(['--format', 'json', dir]);
    report = JSON.parse(run.stdout) as JsonReport;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is a corpus of many files and keys', () => {
    const keys = new Set(pos.flatMap((f) => f.expected.map((e) => e.key)));
    expect(pos.length).toBeGreaterThanOrEqual(60);
    expect(keys.size).toBeGreaterThanOrEqual(100);
    expect(new Set([...pos, ...neg].map((f) => f.path)).size).toBe(pos.length + neg.length);
  });

  it('writes its JSON files (notebooks, settings, Secrets) as valid JSON, as the tools that made them would', () => {
    const json = pos.filter((f) => /\.(json|ipynb)$/.test(f.path) && !f.path.startsWith('data/'));
    expect(json.length).toBeGreaterThanOrEqual(6);
    for (const f of json) expect(() => JSON.parse(f.bytes.toString('utf8').replace(/^\ufeff/, ''))).not.toThrow();
  });

  it('exits 1 with a clean run: nothing skipped, no errors', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report.errors ?? []).toEqual([]);
    expect(report.stats.filesScanned).toBe(pos.length + neg.length);
  });

  it('reports every key at its path, line, column and rule, and nothing else', () => {
    expect(reportedRows(report.findings)).toEqual(expectedRows(pos, false));
  });

  it('puts keys on allow-marked lines in suppressed, and only those', () => {
    expect(reportedRows(report.suppressed)).toEqual(expectedRows(pos, true));
    expect(report.suppressed.every((f) => f.suppressedBy === 'allow-marker')).toBe(true);
  });

  it('finds nothing in the hard negatives', () => {
    const negPaths = new Set(neg.map((f) => f.path));
    const hits = [...report.findings, ...report.suppressed].flatMap((f) => f.locations).filter((l) => negPaths.has(l.path ?? ''));
    expect(hits).toEqual([]);
  });

  it('never prints a key', () => {
    for (const f of pos) for (const e of f.expected) expect(run.stdout).not.toContain(e.key);
  });

  it('gives the same locations in SARIF and text, without a key', async () => {
    const reported = expectedRows(pos, false);
    const sarifRun = await cli(['--format', 'sarif', dir]);
    expect([sarifRun.code, sarifRun.stderr]).toEqual([1, '']);
    const sarif = JSON.parse(sarifRun.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }> };
    const sarifRows = sarif.runs[0].results
      .flatMap((r) => r.locations.map((l) => `${decodeURIComponent(l.physicalLocation.artifactLocation.uri)}:${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn} ${r.ruleId}`))
      .sort();
    expect(sarifRows).toEqual(reported.map((r) => r.replace(/ \[.*?\]/, '').replace(/ [0-9a-f]{12}$/, '')).sort());
    const textRun = await cli(['--format', 'text', dir]);
    expect([textRun.code, textRun.stderr]).toEqual([1, '']);
    for (const r of reported) expect(textRun.stdout).toContain(r.split(' ')[0]);
    for (const f of pos) for (const e of f.expected) expect(sarifRun.stdout + textRun.stdout).not.toContain(e.key);
  });
});

describe('leak corpus, one file at a time', () => {
  // The same corpus file by file, each alone in its own tree: a miss or a false positive names its file.
  const files = [...positives(), ...negatives()];
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aks-corpus-one-'));
    await Promise.all(files.map((f, i) => writeCorpus(path.join(dir, String(i)), [f])));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(files.map((f, i) => [f.path, i] as const))('%s', async (_name, i) => {
    const f = files[i];
    const run = await cli(['--format', 'json', '--fail-on', 'never', path.join(dir, String(i))]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(reportedRows(report.findings)).toEqual(expectedRows([f], false));
    expect(reportedRows(report.suppressed)).toEqual(expectedRows([f], true));
  });
});

describe('leak corpus in git (--staged, then --history and --range)', () => {
  const files = [...positives(), ...negatives()];
  let repo: TestRepo;
  let base: string;
  let commit: string;
  beforeAll(() => {
    repo = createRepo();
    base = repo.commit('empty start', { allowEmpty: true });
    for (const f of files) repo.write(f.path, f.bytes);
    repo.git(['add', '--all']);
  });
  afterAll(() => {
    repo.cleanup();
  });

  const check = (report: JsonReport): void => {
    expect(reportedRows(report.findings)).toEqual(expectedRows(files, false, true));
    expect(reportedRows(report.suppressed)).toEqual(expectedRows(files, true, true));
  };

  it('--staged: every staged key at its path, line and column', async () => {
    const run = await cli(['--staged', '--format', 'json', repo.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    check(JSON.parse(run.stdout) as JsonReport);
  });

  it('--history: every committed key at its path, line and column, in its commit', async () => {
    commit = repo.commit('add the corpus');
    const run = await cli(['--history', '--format', 'json', repo.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    check(report);
    expect(new Set(report.findings.flatMap((f) => f.locations.map((l) => l.commit)))).toEqual(new Set([commit]));
  });

  it('--range BASE..HEAD: every key the commit added, at its path, line and column', async () => {
    const run = await cli(['--range', `${base}..${commit}`, '--format', 'json', repo.dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    check(JSON.parse(run.stdout) as JsonReport);
  });
});
