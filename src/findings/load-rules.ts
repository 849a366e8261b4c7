/**
 * The rules a scan is judged by: the config file (exclusions, allowed secrets, extra allow markers, the size
 * limit) and the baseline. For files and staged scans they are read from disk. For a range scan (a pull
 * request, a push) they are read from the base commit, never from the working tree: the head is what is being
 * checked, and a pull request that adds `exclude.paths: ['**']` or a baseline listing its own key must not
 * silence its own check. A range that changes one of them gets a note naming it (its new version applies once
 * merged). A config or baseline outside the repository (the workflow's own file) is read from disk. A new
 * branch's push (`newOn`) has no base commit: its rules are read from disk, as for the commit hook that made it.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE, CONFIG_FILE_ALT, EMPTY_CONFIG, loadConfig, parseConfig, type ScanConfig } from '../core/config.js';
import { describeError, UserError } from '../core/errors.js';
import { GITLEAKSIGNORE, parseGitleaksIgnore, type Fingerprint } from '../core/fingerprint.js';
import { relativeInside } from '../core/paths.js';
import type { Note, Plan } from '../core/types.js';
import { changedPaths } from '../sources/git/diff.js';
import { repoAt, type GitSetup } from '../sources/git/run.js';
import { openRepository } from '../sources/git/repo.js';
import { readBlobAt } from '../sources/git/tree.js';
import { resolveRange } from '../sources/range.js';
import { loadBaseline, parseBaseline } from './baseline.js';

export interface ScanRules {
  config: ScanConfig;
  baseline?: Set<string>;
  /** The Anthropic places of a `.gitleaksignore` at the root (core/fingerprint.ts). */
  gitleaksIgnore: Fingerprint[];
  notes: Note[];
}

export async function loadRules(plan: Plan, git: GitSetup = {}): Promise<ScanRules> {
  const { scope } = plan;
  if (scope.kind !== 'range' || scope.newOn !== undefined) {
    // Standard input has no folder of its own: its rules are the current directory's (where `git diff |` runs).
    const root = scope.kind === 'stdin' ? '.' : scope.root;
    return {
      config: await loadConfig(root, plan.configPath),
      ...(plan.baselinePath ? { baseline: await loadBaseline(plan.baselinePath) } : {}),
      gitleaksIgnore: parseGitleaksIgnore((await readRegularFile(join(root, GITLEAKSIGNORE))) ?? ''),
      notes: [],
    };
  }
  const { root, base: baseRef, head } = scope;
  const repo = repoAt(root, git);
  // The refs first: a bad one is named as such, not blamed on a config file nobody wrote.
  await openRepository(repo);
  const { baseOid: base } = await resolveRange(repo, baseRef, head);
  const at = `the base commit ${baseRef.slice(0, 12)}`;
  const read = async (path: string): Promise<string | undefined> => {
    try {
      return (await readBlobAt(repo, base, path))?.toString('utf8');
    } catch (error) {
      throw new UserError(`cannot read ${path} at ${at}: ${describeError(error)}`);
    }
  };
  const watched: string[] = [];

  let config: ScanConfig = { ...EMPTY_CONFIG };
  const configInRepo = plan.configPath === undefined ? undefined : relativeInside(root, plan.configPath) || undefined;
  if (plan.configPath !== undefined && configInRepo === undefined) {
    config = await loadConfig(root, plan.configPath);
  } else if (configInRepo !== undefined) {
    watched.push(configInRepo);
    const text = await read(configInRepo);
    // Named explicitly but new in this range: the base has no rules yet, and the range's own do not count.
    if (text !== undefined) config = await parseConfig(text, `${configInRepo} (at ${at})`);
  } else {
    for (const name of [CONFIG_FILE, CONFIG_FILE_ALT]) {
      watched.push(name);
      const text = await read(name);
      if (text !== undefined) {
        config = await parseConfig(text, `${name} (at ${at})`);
        break;
      }
    }
  }

  let baseline: Set<string> | undefined;
  if (plan.baselinePath !== undefined) {
    const baselineInRepo = relativeInside(root, plan.baselinePath) || undefined;
    if (baselineInRepo === undefined) baseline = await loadBaseline(plan.baselinePath);
    else {
      watched.push(baselineInRepo);
      const text = await read(baselineInRepo);
      baseline = text === undefined ? new Set() : parseBaseline(text, `${baselineInRepo} (at ${at})`);
    }
  }

  watched.push(GITLEAKSIGNORE);
  const gitleaksIgnore = parseGitleaksIgnore((await read(GITLEAKSIGNORE)) ?? '');

  const notes: Note[] = [];
  const changed = await changedPaths(repo, base, head, watched).catch(() => [] as string[]);
  for (const path of changed) {
    notes.push({
      reason: 'rules-changed',
      path,
      message: `this range changes ${path}: the scan used its version at ${at}; the change takes effect once merged`,
    });
  }
  return { config, ...(baseline ? { baseline } : {}), gitleaksIgnore, notes };
}

/**
 * A file found in the scanned tree, or undefined when there is none: only a regular file is read (a FIFO there
 * would block the read forever), and one that cannot be read counts as none (gitleaks' file is optional).
 */
async function readRegularFile(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}
