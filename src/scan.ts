/**
 * The pipeline, shared by both entry points: plan -> source -> detector -> findings -> verify/revoke.
 * Entry points turn their world into a Plan and render the ScanResult; nothing here prints.
 */
import { describeError, UserError } from './core/errors.js';
import { compileGlobs } from './core/glob.js';
import type { Secret } from './core/secret.js';
import type { Finding, Note, Plan, ScanResult, Scope, Source, SourceContext } from './core/types.js';
import { adminKeyProblem } from './anthropic/admin-key.js';
import { baseURLRefusal } from './anthropic/base-url.js';
import { DEFAULT_MAX_VERIFY } from './anthropic/limits.js';
import { createDetector } from './detect/index.js';
import { FindingSet } from './findings/aggregate.js';
import { loadRules } from './findings/load-rules.js';
import { reportLiveSuppressed, suppressedToCheck } from './findings/live-suppressed.js';
import { suppress } from './findings/suppress.js';
import { setExposure } from './findings/exposure.js';
import { filesSource } from './sources/files.js';
import type { GitSetup } from './sources/git/run.js';
import { carriedHits } from './sources/carried.js';
import { repoAt } from './sources/git/run.js';
import { historySource } from './sources/history.js';
import { rangeSource } from './sources/range.js';
import { stagedSource } from './sources/staged.js';
import { stdinSource } from './sources/stdin.js';
import { PARTIAL_READ_REASONS, type SurfaceSource } from './sources/github/surface.js';
import { Incremental, isRemembered, openIncremental } from './state/incremental.js';
import { judgeFingerprint } from './state/judge.js';

/**
 * What a scan runs with, beside what it scans (the Plan): credentials, endpoints, environment and callbacks.
 * The entry points build it from their world (env, inputs); nothing here reads process.env.
 */
export interface ScanContext {
  /** Called once per distinct secret, as soon as it is found: mask it before anything is logged. */
  onSecret?(secret: Secret): void;
  onNote?(note: Note): void;
  onProgress?(done: number, total: number | undefined, bytes: number): void;
  /** The admin key for revocation (ANTHROPIC_ADMIN_KEY or the action's admin-key input). */
  adminKey?: Secret;
  /** ANTHROPIC_BASE_URL; the anthropic/ stage defaults it from the environment. */
  anthropicBaseURL?: string;
  /** How git runs for git sources: the environment it inherits, directories it may trust (container jobs). */
  git?: GitSetup;
  /** Standard input's chunks, for a `stdin` scope (the CLI's process.stdin). */
  stdin?: () => AsyncIterable<Uint8Array>;
  /**
   * GitHub's surfaces (issue 18), scanned after the scope into the same findings. One that fails part-way keeps
   * what it found, is named in `errors` and makes the result incomplete; the others still run.
   */
  surfaces?: readonly SurfaceSource[];
}

export async function runScan(plan: Plan, hooks: ScanContext = {}): Promise<ScanResult> {
  // The admin key is used to revoke and, with verification, to read usage since exposure.
  const adminProblem = (plan.revoke || plan.verify) && hooks.adminKey ? adminKeyProblem(hooks.adminKey) : undefined;
  if (adminProblem) throw new UserError(adminProblem);
  const baseRefusal = plan.verify || plan.revoke ? baseURLRefusal(hooks.anthropicBaseURL) : undefined;
  if (baseRefusal) throw new UserError(baseRefusal);
  const rules = await loadRules(plan, hooks.git);
  const { config, baseline } = rules;
  const maxFileSize = config.maxFileSize ?? plan.maxFileSize;

  const notes: Note[] = [];
  const errors: string[] = [];
  const stats: Record<string, number> = {};
  const ctx: SourceContext = {
    note(note) {
      notes.push(note);
      hooks.onNote?.(note);
    },
    count(name, by = 1) {
      stats[name] = (stats[name] ?? 0) + by;
    },
    ...(hooks.onProgress ? { progress: hooks.onProgress } : {}),
  };
  for (const note of rules.notes) ctx.note(note);

  // An incremental history audit: what the state allows to skip, decided before anything is read.
  const incremental = plan.scope.kind === 'history' && plan.statePath !== undefined ? await openIncremental({
    file: plan.statePath,
    at: repoAt(plan.scope.root, hooks.git),
    judge: judgeFingerprint({ config, maxFileSize, ...(plan.archiveLimits ? { archiveLimits: plan.archiveLimits } : {}) }),
    ...(plan.repository ? { repository: plan.repository } : {}),
    note: ctx.note,
  }) : undefined;

  const started = Date.now();
  const set = new FindingSet();
  let hits = 0;
  let incomplete: string | undefined;
  const detect = createDetector({ markers: config.markers });
  // `tree`: the scope's own hits, the only ones the state remembers by object id (a surface's objects, such as the
  // wiki's blobs, are not in this repository: carried from there they would be read again where they are not).
  const take = async (source: Source, tree = false): Promise<void> => {
    for await (const hit of source(detect, ctx)) {
      if (plan.repository) hit.location.repository = plan.repository;
      if (tree) incremental?.record(hit);
      hits++;
      if (set.add(hit)) hooks.onSecret?.(hit.match.secret);
    }
  };
  try {
    await take(sourceFor(plan, maxFileSize, hooks, config.excludePaths, incremental), true);
  } catch (error) {
    // A bad argument before anything was found is the user's to fix (exit 2). A failure part-way keeps
    // what was already found: it is reported along with the error, and the run fails.
    if (hits === 0) throw error;
    incomplete = `the scan stopped early: ${describeError(error)}`;
    errors.push(incomplete);
  }
  // The state remembers what the tree's scan read: a surface that fails after it does not make it stale.
  const treeRead = incomplete === undefined;
  for (const surface of hooks.surfaces ?? []) {
    // An incremental audit reads a surface only since the last audit that read it completely (issue 21).
    const since = surface.since ? incremental?.surfaceSince(surface.name) : undefined;
    if (since) ctx.note({ reason: 'surface-since', message: `${surface.name} since ${since} (the last audit that read it completely): what earlier audits found there is in their reports, not carried` });
    const notesBefore = notes.length;
    try {
      await take(since && surface.since ? surface.since(since) : surface.source);
      if (surface.since && !notes.slice(notesBefore).some((note) => PARTIAL_READ_REASONS.has(note.reason))) incremental?.surfaceRead(surface.name);
    } catch (error) {
      // One surface's failure (GitHub down, the deadline) loses neither what it found nor the other surfaces.
      const failed = `the ${surface.name} surface stopped early: ${describeError(error)}`;
      incomplete ??= failed;
      errors.push(failed);
    }
  }
  stats.durationMs = Date.now() - started;

  const candidates = set.candidates();
  if (incremental) candidates.push(...incremental.rememberedCandidates());
  const suppression = suppress(candidates, {
    allowSecrets: config.allowSecrets,
    excludePaths: config.excludePaths,
    allowFingerprints: config.allowFingerprints,
    gitleaksIgnore: rules.gitleaksIgnore,
    ...(baseline ? { baseline } : {}),
  });
  let { findings, suppressed } = suppression;
  const until = new Date();
  setExposure(findings, plan.visibility, until);
  setExposure(suppressed, plan.visibility, until);

  // The Anthropic SDK is loaded (and, from the bundle, compiled) only when a key is to be checked: most scans find
  // nothing (see loadCommand in cli.ts).
  if ((plan.verify || plan.revoke) && findings.length + suppressed.length > 0) {
    const { verifyAndRevoke } = await import('./anthropic/act.js');
    const act = {
      verify: plan.verify,
      revoke: plan.revoke,
      dryRun: plan.dryRun,
      revokeStatus: plan.revokeStatus,
      ...(hooks.adminKey ? { adminKey: hooks.adminKey } : {}),
      ...(hooks.anthropicBaseURL ? { baseURL: hooks.anthropicBaseURL } : {}),
      note: ctx.note,
    };
    const cap = plan.maxVerify ?? DEFAULT_MAX_VERIFY;
    // Keys an incremental audit only remembers (their objects are gone) are not held: nothing to check.
    const held = (list: Finding[]): Finding[] => list.filter((finding) => !isRemembered(finding));
    errors.push(...(await verifyAndRevoke(held(findings), { ...act, maxVerify: cap })));
    // Suppressed keys are checked too (never revoked: someone chose to allow them), within what is left of the
    // run's verification cap: a live one is reported.
    const toCheck = held(suppressedToCheck(findings, suppressed));
    const left = cap - Math.min(cap, findings.length);
    if (toCheck.length > 0 && left > 0) errors.push(...(await verifyAndRevoke(toCheck, { ...act, revoke: false, usage: false, maxVerify: left })));
    ({ findings, suppressed } = reportLiveSuppressed(findings, suppressed, toCheck));
  }

  if (incremental) {
    const failed = await incremental.finish(findings, suppressed, treeRead);
    if (failed) errors.push(failed);
    stats.carried = findings.filter((finding) => finding.carried).length;
  }
  stats.findings = findings.length;
  stats.suppressed = suppressed.length;
  return { plan, findings, suppressed, notes, stats, errors, ...(incomplete ? { incomplete } : {}) };
}

/** The source the plan names; `excludePaths` (the config's) are not scanned at all: see each source. */
function sourceFor(plan: Plan, maxFileSize: number, hooks: ScanContext, excludePaths: readonly string[], incremental?: Incremental): Source {
  const { scope } = plan;
  const git = hooks.git ?? {};
  const archiveLimits = plan.archiveLimits ?? {};
  const exclude = excludePaths.length > 0 ? { exclude: compileGlobs(excludePaths) } : {};
  switch (scope.kind) {
    case 'files':
      return filesSource({ root: scope.root, maxFileSize, archiveLimits, ...exclude, ...(scope.tracked ? { tracked: true, git } : {}) });
    case 'stdin':
      if (!hooks.stdin) throw new UserError('- (standard input) is not available here');
      return stdinSource({ read: hooks.stdin, maxFileSize, archiveLimits });
    case 'staged':
      return stagedSource({ root: scope.root, maxBlobSize: maxFileSize, archiveLimits, git, ...exclude });
    case 'surfaces':
      return async function* nothingOfTheTree() {};
    case 'history': {
      const since = incremental?.since;
      const history = historySource({ root: scope.root, maxBlobSize: maxFileSize, archiveLimits, git, ...exclude, ...(since ? { since } : {}) });
      if (!incremental || !since) return history;
      // What changed, then what was carried: read again from the objects the state remembers.
      const carried: Source = (detect, ctx) => carriedHits({ root: scope.root, git, archiveLimits, maxBlobSize: maxFileSize, places: incremental.carriedPlaces, missing: (place) => incremental.placeMissing(place) }, detect, ctx);
      return async function* (detect, ctx) {
        // The carried objects are read while the history source runs (another git process): their hits follow.
        const later = collect(carried(detect, ctx));
        later.catch(() => undefined); // awaited below, after the history's hits
        yield* history(detect, ctx);
        yield* await later;
      };
    }
    case 'range':
      return rangeSource({ root: scope.root, base: scope.base, head: scope.head, ...(scope.newOn !== undefined ? { newOn: scope.newOn } : {}), maxBlobSize: maxFileSize, archiveLimits, git, ...exclude });
    default:
      throw new UserError(`unknown scope ${(scope as Scope).kind}`);
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
