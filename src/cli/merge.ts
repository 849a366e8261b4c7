/**
 * `anthropic-key-scan merge REPORT... [--format text|json|sarif] [--output FILE] [--summary FILE]
 *  [--matrix FILE] [--fail-on any|live|never]`
 *
 * Combines the scan jobs' JSON reports (files, or directories searched for *.json) into one report with
 * one finding per key across repositories. A missing or malformed report is named on stderr, not fatal.
 */
import { appendFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { renderOrgSummary } from '../audit/summary.js';
import { DEFAULT_FAIL_ON, FAIL_ON_VALUES, REPORT_FORMATS } from '../core/defaults.js';
import { UserError } from '../core/errors.js';
import { oneOf, parseOptions } from '../core/flags.js';
import { isObject, readJsonFile } from '../core/json.js';
import { TOOL_NAME } from '../core/version.js';
import { exitCodeFor } from '../findings/policy.js';
import { renderReport } from '../report/format.js';
import { forRepository, ReportMerger } from '../report/merge.js';
import { MERGE_OPTIONS, repositoryOption } from './args.js';
import type { CliIO } from './io.js';
import { MERGE_USAGE } from './usage.js';
import { parseMentions } from '../report/github/mentions.js';
import { workflowCommand } from '../core/output-guard.js';

/** Every *.json under `dir`, sorted, so the merged order does not depend on the file system. */
async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFilesUnder(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}

/**
 * Read each named report (a file, or every *.json under a directory) into the merger, one at a time so only
 * the merged result stays in memory; what cannot be read is named as a problem.
 */
async function addReports(paths: string[], merger: ReportMerger): Promise<void> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info && /[*?[{]/.test(path)) {
      // A pattern the shell did not expand (quoted, or no shell at all): expand it here.
      const matches = (await fg(path, { onlyFiles: true, dot: true })).sort();
      if (matches.length === 0) merger.problem(`${path}: no report matches`);
      for (const file of matches) await addReports([file], merger);
      continue;
    }
    if (!info) {
      merger.problem(`${path}: missing`);
      continue;
    }
    const files = info.isDirectory() ? await jsonFilesUnder(path) : [path];
    if (info.isDirectory() && files.length === 0) merger.problem(`${path}: no *.json report in this directory`);
    for (const file of files) {
      const read = await readJsonFile(file);
      if (!read.ok) {
        merger.problem(read.problem === 'not-json' ? `${file}: not JSON` : `${file}: unreadable (${read.code ?? 'error'})`);
        continue;
      }
      const report = read.value;
      merger.add(file, report);
    }
  }
}

async function readMatrix(path: string): Promise<string[]> {
  const read = await readJsonFile(path);
  if (!read.ok) throw new UserError(`--matrix ${path}: not a readable JSON matrix`);
  const include = isObject(read.value) ? read.value.include : undefined;
  if (!Array.isArray(include)) throw new UserError(`--matrix ${path}: no "include" list (expected the repos command's output)`);
  return include.flatMap((b: unknown) =>
    isObject(b) && Array.isArray(b.repositories) ? b.repositories.filter((r): r is string => typeof r === 'string') : [],
  );
}

export async function mergeCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions('merge', MERGE_OPTIONS, argv);
  if (values.help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  const format = oneOf(values.format ?? 'text', REPORT_FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? DEFAULT_FAIL_ON, FAIL_ON_VALUES, '--fail-on');
  const repository = values.repository === undefined ? undefined : repositoryOption(values.repository, '--repository');
  const mentions = parseMentions(values.mention ?? '', '--mention');
  if (positionals.length === 0) throw new UserError('merge needs at least one REPORT (a JSON report, or a directory of them)');

  const expected = values.matrix ? await readMatrix(values.matrix) : undefined;
  const merger = new ReportMerger();
  await addReports(positionals, merger);
  const { report, problems } = merger.finish(expected ? { expectedRepositories: expected } : {});
  const warn = (line: string) =>
    io.env.GITHUB_ACTIONS === 'true' ? (io.command ?? io.stderr)(`${workflowCommand('warning', line)}\n`) : io.stderr(`${TOOL_NAME}: warning: ${line}\n`);
  for (const line of problems) warn(line);
  if (merger.merged === 0) throw new UserError(`no report to merge: ${problems.length} named, none readable`);

  const output = repository ? forRepository(report, repository) : report;
  const rendered = renderReport(output, format, { color: false });
  if (values.output) await writeFile(values.output, rendered);
  else io.stdout(rendered);
  if (values.summary) {
    const serverUrl = io.env.GITHUB_SERVER_URL || undefined;
    await appendFile(values.summary, renderOrgSummary(report, { ...(serverUrl ? { serverUrl } : {}), mentions }));
  }
  const failed = report.scope.failedRepositories ?? [];
  io.stderr(
    `${TOOL_NAME}: merged ${report.stats.reports} report(s) over ${report.scope.repositories?.length ?? 0} repositories` +
      `${failed.length > 0 ? ` (${failed.length} failed)` : ''}: ${report.findings.length} distinct key(s), ${report.stats.live} live` +
      `${values.output ? `; written to ${values.output}` : ''}\n`,
  );
  return exitCodeFor(report.findings, failOn);
}
