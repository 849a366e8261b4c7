/**
 * Who introduced a key, decided per commit from its raw diff and what each blob holds (pure).
 *
 * A commit introduces key K at path P when its new blob at P holds K, none of the old versions of P (one per
 * parent; a merge's combined diff) holds K, and K did not just move there from another path in the same commit
 * (an old blob elsewhere in the diff held K and that path no longer does: a rename, or a key moved between
 * files). So a rename keeps the original introducer, a file merged in unchanged is not the merge's doing, and an
 * "evil merge" that adds a key neither parent had is. Every line that holds an introduced key is necessarily an
 * added line (a line the commit kept would have brought the key from the old version).
 */
import type { Match } from '../../core/types.js';
import type { RawEntry } from './raw-log.js';

/** The SHA-256s of the secrets a blob holds, or undefined when it holds none (or was not read). */
export type KeysOf = (oid: string) => ReadonlySet<string> | undefined;

export interface Introduction {
  entry: RawEntry;
  /** SHA-256s of the secrets this commit introduced at this path. */
  keys: Set<string>;
}

export const GITLINK_MODE = '160000';

/** Whether a raw-diff mode is a blob (file or symlink), not a submodule or nothing. */
export function isBlobMode(mode: string): boolean {
  return mode !== GITLINK_MODE && !/^0+$/.test(mode);
}

export function introductions(entries: readonly RawEntry[], keysOf: KeysOf): Introduction[] {
  const result: Introduction[] = [];
  let moved: Set<string> | undefined;
  for (const entry of entries) {
    if (!isBlobMode(entry.newMode)) continue;
    const newKeys = keysOf(entry.newOid);
    if (!newKeys || newKeys.size === 0) continue;
    moved ??= movedKeys(entries, keysOf);
    const keys = new Set<string>();
    for (const key of newKeys) {
      if (moved.has(key)) continue;
      if (entry.oldOids.some((oid, i) => isBlobMode(entry.oldModes[i] ?? '100644') && keysOf(oid)?.has(key))) continue;
      keys.add(key);
    }
    if (keys.size) result.push({ entry, keys });
  }
  return result;
}

/** Keys that left a path in this commit (held by an old version, not by the new one). */
function movedKeys(entries: readonly RawEntry[], keysOf: KeysOf): Set<string> {
  const moved = new Set<string>();
  for (const entry of entries) {
    const kept = isBlobMode(entry.newMode) ? keysOf(entry.newOid) : undefined;
    entry.oldOids.forEach((oid, i) => {
      if (!isBlobMode(entry.oldModes[i] ?? '100644')) return;
      for (const key of keysOf(oid) ?? []) if (!kept?.has(key)) moved.add(key);
    });
  }
  return moved;
}

/**
 * The first match of each of `keys` in a blob's matches (one hit per key, path, archive member and commit). When
 * that first match is on an allow-marked line, the key's first unmarked match is kept too: a marker allows a
 * line, and the same key written elsewhere in the file without one must still be reported.
 */
export function firstMatches(matches: readonly Match[], keys: ReadonlySet<string>): Match[] {
  const first = new Map<string, Match>();
  const unmarked = new Set<string>();
  const result: Match[] = [];
  for (const match of matches) {
    if (!keys.has(match.secret.sha256)) continue;
    // NUL cannot occur in a hex digest, so a member name cannot run into it.
    const key = match.member === undefined ? match.secret.sha256 : `${match.secret.sha256}\0${match.member}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, match);
      result.push(match);
      if (!match.allowMarker) unmarked.add(key);
    } else if (!match.allowMarker && !unmarked.has(key)) {
      unmarked.add(key);
      result.push(match);
    }
  }
  return result;
}

/** The first match of every secret in a list (one hit per key in a message or a blob). */
export function firstOfEach(matches: readonly Match[]): Match[] {
  return firstMatches(matches, keySet(matches));
}

/** The SHA-256s of the secrets in a list of matches. */
export function keySet(matches: readonly Match[]): Set<string> {
  return new Set(matches.map((match) => match.secret.sha256));
}
