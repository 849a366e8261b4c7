/**
 * Baselines: a JSON report (`--format json`, version 1) from an earlier scan. Every secret it lists, in
 * `findings` or in `suppressed`, is suppressed in later scans with `suppressedBy: 'baseline'`. There is no
 * separate baseline format or writer: `anthropic-key-scan --format json --output .anthropic-key-scan-baseline.json`
 * writes one (and, since reports never hold a secret, it can be committed).
 */
import { UserError } from '../core/errors.js';
import { isObject, readJsonOrFail } from '../core/json.js';
import { SHA256_HEX } from '../core/names.js';

/** The secrets (SHA-256 hex, lower case) of the baseline report at `file`. */
export async function loadBaseline(file: string): Promise<Set<string>> {
  const data = await readJsonOrFail(file, 'baseline file', 'not a JSON report (not valid JSON); write a baseline with --format json');
  return baselineFromReport(data, file);
}

/** The secrets of a baseline report's text (a baseline read from a commit). `file` names it in errors. */
export function parseBaseline(text: string, file: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not a JSON report (not valid JSON); write a baseline with --format json`);
  }
  return baselineFromReport(data, file);
}

/** The secrets listed by a parsed report. `file` names it in errors. */
export function baselineFromReport(data: unknown, file: string): Set<string> {
  if (!isObject(data)) {
    throw new UserError(`${file}: not a JSON report (expected an object); write a baseline with --format json`);
  }
  const report = data;
  if (Array.isArray(report.runs) && typeof report.version === 'string') {
    throw new UserError(`${file}: a SARIF file, not a JSON report; write a baseline with --format json or --write-baseline`);
  }
  if (report.version !== 1) {
    throw new UserError(`${file}: unsupported report version ${JSON.stringify(report.version ?? null)} (expected 1)`);
  }
  const out = new Set<string>();
  for (const field of ['findings', 'suppressed'] as const) {
    const list = report[field];
    if (list === undefined && field === 'suppressed') continue;
    if (!Array.isArray(list)) throw new UserError(`${file}: "${field}" must be a list`);
    list.forEach((finding: unknown, i) => {
      const sha = (finding as { secretSha256?: unknown } | null)?.secretSha256;
      if (typeof sha !== 'string' || !SHA256_HEX.test(sha)) {
        throw new UserError(`${file}: ${field}[${i}].secretSha256 must be a 64-character SHA-256 hex digest`);
      }
      out.add(sha.toLowerCase());
    });
  }
  return out;
}
