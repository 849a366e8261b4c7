/**
 * The Action keeps an incremental audit's state (`--state`, state/) in the Actions cache between scheduled and
 * manual audits (input `incremental`, on by default): restored by key prefix before the scan, saved under a new
 * key after it (cache entries are immutable: `<prefix><run id>-<attempt>`). A miss, or a cache the runner cannot
 * reach, is a full audit with a notice, never a failed step; what the scan then read is said in a notice too.
 *
 * The state holds no key in any form (state/file.ts), so the cache, readable by every workflow of the branch and
 * its pull requests' base, learns nothing a report does not already say.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../core/errors.js';
import type { ScanResult } from '../core/types.js';
import { TOOL_NAME } from '../core/version.js';

/** The part of `@actions/cache` used here: a seam for tests. */
export interface CacheStore {
  /** Whether the runner offers a cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL). */
  available(): Promise<boolean>;
  /** The key restored, or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<unknown>;
}

/** `@actions/cache` itself, loaded only when an incremental audit runs (eager: in the bundle's one file). */
export const actionsCache: CacheStore = {
  async available() {
    const cache = await import(/* webpackMode: "eager" */ '@actions/cache');
    return cache.isFeatureAvailable();
  },
  async restore(paths, primaryKey, restoreKeys) {
    const cache = await import(/* webpackMode: "eager" */ '@actions/cache');
    return cache.restoreCache(paths, primaryKey, restoreKeys);
  },
  async save(paths, key) {
    const cache = await import(/* webpackMode: "eager" */ '@actions/cache');
    return cache.saveCache(paths, key);
  },
};

export interface StateCacheKeys {
  /** Every run's key starts with this: restore takes the newest entry that does. */
  prefix: string;
  /** This run's key. */
  key: string;
  /** The state file, cached as it is: always the same path (the cache's version hashes the paths). */
  file: string;
}

/** Keys for `repository` (OWNER/NAME: each repository of an organization audit has its own state). */
export function stateCacheKeys(env: NodeJS.ProcessEnv, repository: string, tempDir: string): StateCacheKeys {
  const prefix = `${TOOL_NAME}-history-state-v1-${repository.toLowerCase().replace(/[^a-z0-9._-]/g, '_')}-`;
  return { prefix, key: `${prefix}${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`, file: path.join(tempDir, `${TOOL_NAME}-state.json`) };
}

/** Restores the state file; false on a miss or a cache that cannot be read (a notice says which: the audit is full). */
export async function restoreState(store: CacheStore, keys: StateCacheKeys, notice: (message: string) => void): Promise<boolean> {
  try {
    const hit = await store.restore([keys.file], keys.key, [keys.prefix]);
    if (hit) return true;
    notice(`incremental audit: no state in the Actions cache yet (${keys.prefix}*): this audit reads the whole history and saves one`);
  } catch (error) {
    notice(`incremental audit: the Actions cache could not be read (${describeError(error)}): this audit reads the whole history`);
  }
  return false;
}

/** Saves the state file under this run's key; a failure is a notice (the next audit is then a full one). */
export async function saveState(store: CacheStore, keys: StateCacheKeys, notice: (message: string) => void): Promise<boolean> {
  try {
    await store.save([keys.file], keys.key);
    return true;
  } catch (error) {
    notice(`incremental audit: the state could not be saved to the Actions cache (${describeError(error)}): the next audit reads the whole history`);
    return false;
  }
}

/** What the scan read, for the notice: new objects only, or the whole history (and why). */
export function describeRead(stats: Record<string, unknown>, notes: ReadonlyArray<{ reason: string }>): string {
  const objects = Number(stats.objectsScanned ?? 0);
  const carried = Number(stats.carried ?? 0);
  const full = notes.some((n) => n.reason === 'state-new' || n.reason === 'state-unusable');
  return full
    ? `incremental audit: read the whole history (${objects} objects); the state is saved for the next audit`
    : `incremental audit: read only what changed since the last audit (${objects} new objects); ${carried} finding(s) carried`;
}

/** Only a history scan of a scheduled or manual audit keeps a state (a pull request's scan is a range). */
export function incrementalAudit(scopeKind: string, eventName: string, wanted: boolean): boolean {
  return wanted && scopeKind === 'history' && (eventName === 'schedule' || eventName === 'workflow_dispatch');
}

/**
 * Before the scan: the state's keys, and the last audit's state restored when there is one. Undefined when the
 * runner has no cache service (a self-hosted runner without one, a local run): no state is kept then.
 */
export async function restoreIncremental(
  store: CacheStore,
  where: { env: NodeJS.ProcessEnv; repository: string; tempDir: string },
  log: { notice(message: string): void; info(message: string): void },
): Promise<StateCacheKeys | undefined> {
  if (!(await store.available().catch(() => false))) {
    log.info('incremental audit: no Actions cache service on this runner: the whole history is read, no state is kept');
    return undefined;
  }
  const keys = stateCacheKeys(where.env, where.repository, where.tempDir);
  await rm(keys.file, { force: true }); // never a file left by another step: only what the cache gives
  await restoreState(store, keys, (message) => log.notice(message));
  return keys;
}

/** After the scan: what it read (a notice), and the new state saved, unless the scan stopped part-way (not written then). */
export async function saveIncremental(store: CacheStore, keys: StateCacheKeys, result: Pick<ScanResult, 'stats' | 'notes' | 'incomplete'>, notice: (message: string) => void): Promise<void> {
  notice(describeRead(result.stats, result.notes));
  // Not written when the history's scan did not finish (a surface failing after it does not count): nothing new to save.
  if (result.notes.some((note) => note.reason === 'state-not-written')) return;
  await saveState(store, keys, notice);
}
