/**
 * Merge benchmark: the organization audit's last stage on 1,000 generated reports holding 10,000 findings
 * (2,000 distinct keys, some shared by hundreds of repositories, as a key pasted into a template spreads),
 * read from disk, merged, and written back as one JSON report — the work `anthropic-key-scan merge DIR`
 * does in the merge job. It runs in a child process so its peak RSS is its own.
 *
 *   npx tsx bench/merge.ts             (or through bench/run.ts: `npm run bench -- merge`)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonFinding, JsonReport } from '../src/core/report.js';
import type { Status } from '../src/core/types.js';

export interface MergeBenchRow {
  reports: number;
  findings: number;
  distinctKeys: number;
  inputMiB: number;
  /** Reading, parsing and adding every report to the merger. */
  readSeconds: number;
  /** Finishing the merge (ordering findings and revocations). */
  mergeSeconds: number;
  /** Writing the merged JSON report and the Markdown summary. */
  writeSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  outputMiB: number;
}

const STATUSES: Status[] = ['invalid', 'invalid', 'invalid', 'unknown', 'live'];

/** A deterministic pseudo-random sequence, so every run merges the same reports. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hex = (n: number) => createHash('sha256').update(`bench-key-${n}`).digest('hex');

/** Write `reports` report files holding `findings` findings over `distinctKeys` keys into `dir`. */
export function generateReports(dir: string, reports = 1000, findings = 10_000, distinctKeys = 2000): void {
  const random = rng(42);
  const perReport = Math.floor(findings / reports);
  for (let r = 0; r < reports; r++) {
    const repository = `acme/repo-${String(r).padStart(4, '0')}`;
    const used = new Set<number>();
    const list: JsonFinding[] = [];
    while (list.length < perReport) {
      // Skewed towards low key numbers: a few keys are everywhere, most are in one or two repositories.
      const key = Math.floor(distinctKeys * random() ** 3);
      if (used.has(key)) continue;
      used.add(key);
      const locations = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => ({
        kind: 'file' as const,
        path: `src/module-${key % 97}/config-${i}.ts`,
        line: 1 + Math.floor(random() * 400),
        column: 1 + Math.floor(random() * 60),
        commit: createHash('sha1').update(`${r}:${key}:${i}`).digest('hex'),
        author: 'Dev Eloper <dev@example.com>',
        date: new Date(1_600_000_000_000 + Math.floor(random() * 1e11)).toISOString(),
        repository,
      }));
      list.push({
        rule: 'anthropic-api-key',
        secretSha256: hex(key),
        // A redacted hint only; reports never hold a secret.
        redacted: `key-${key}...${String(key % 10_000).padStart(4, '0')}`,
        status: STATUSES[key % STATUSES.length],
        statusDetail: 'bench',
        organizationId: `org-${key % 7}`,
        locations,
      });
    }
    const report: JsonReport = {
      version: 1,
      tool: { name: 'anthropic-key-scan', version: '0.1.0' },
      scope: { kind: 'history', repository },
      findings: list,
      suppressed: [],
      notes: [],
      errors: [],
      stats: { blobsScanned: 5000, bytesScanned: 50_000_000, commitsScanned: 800, durationMs: 4000, findings: list.length },
    };
    writeFileSync(path.join(dir, `${repository.replace('/', '__')}.json`), JSON.stringify(report, null, 2));
  }
}

/** The child's side: read, merge, write; print the timings and peak RSS as one JSON line. */
async function child(dir: string, out: string): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  const { ReportMerger } = await import('../src/report/merge.js');
  const { renderOrgSummary } = await import('../src/audit/summary.js');
  const t0 = performance.now();
  // As the merge command does: each report read, added and dropped, so memory holds the merged result only.
  const merger = new ReportMerger();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    merger.add(f, JSON.parse(await readFile(path.join(dir, f), 'utf8')) as unknown);
  }
  const t1 = performance.now();
  const { report, problems } = merger.finish();
  const t2 = performance.now();
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  renderOrgSummary(report);
  const t3 = performance.now();
  if (problems.length > 0) throw new Error(`unexpected problems: ${problems[0]}`);
  process.stdout.write(
    `${JSON.stringify({
      distinctKeys: report.findings.length,
      readSeconds: (t1 - t0) / 1000,
      mergeSeconds: (t2 - t1) / 1000,
      writeSeconds: (t3 - t2) / 1000,
      totalSeconds: (t3 - t0) / 1000,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

export async function benchMerge(reports = 1000, findings = 10_000): Promise<MergeBenchRow> {
  const work = mkdtempSync(path.join(tmpdir(), 'aks-bench-merge-'));
  try {
    const dir = path.join(work, 'reports');
    mkdirSync(dir);
    generateReports(dir, reports, findings);
    const inputBytes = readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    const out = path.join(work, 'merged.json');
    const self = fileURLToPath(import.meta.url);
    // The same loader this process runs under (tsx, or bench/register.mjs), so the child can import .ts.
    const run = spawnSync(process.execPath, [...process.execArgv, self, '--child', dir, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`merge bench child failed: ${run.stderr.split('\n').slice(0, 5).join(' ')}`);
    const measured = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Omit<MergeBenchRow, 'reports' | 'findings' | 'inputMiB' | 'outputMiB'>;
    const row: MergeBenchRow = {
      reports,
      findings,
      inputMiB: inputBytes / 2 ** 20,
      outputMiB: statSync(out).size / 2 ** 20,
      ...measured,
    };
    console.log('| reports | findings | distinct keys | input MiB | read+parse+add s | finish s | write s | total s | peak RSS MiB | output MiB |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(
      `| ${row.reports} | ${row.findings} | ${row.distinctKeys} | ${row.inputMiB.toFixed(1)} | ${row.readSeconds.toFixed(2)} | ` +
        `${row.mergeSeconds.toFixed(2)} | ${row.writeSeconds.toFixed(2)} | ${row.totalSeconds.toFixed(2)} | ${row.peakRssMiB.toFixed(0)} | ${row.outputMiB.toFixed(1)} |`,
    );
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const scale = Number(process.env.BENCH_MERGE_SCALE) || 1;
  await benchMerge(1000 * scale, 10_000 * scale);
}
