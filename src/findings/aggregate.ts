/**
 * One finding per distinct secret. Sources yield hits one at a time, in whatever order they discover them;
 * a FindingSet groups them by the secret's SHA-256 and keeps every place the secret was seen.
 *
 * The allow marker a hit's line carried belongs to that one location, but Location is the report's shape
 * and has no room for it; so it is kept beside the Location object, in a WeakMap read by `allowMarkerOf`
 * (suppression asks it). Nothing else needs it, and it goes away with the Location.
 */
import type { Secret } from '../core/secret.js';
import type { Finding, Hit, Location, RuleId } from '../core/types.js';

const allowMarkers = new WeakMap<Location, string>();

/** The allow marker on the line of a location a FindingSet was given, if there was one. */
export function allowMarkerOf(location: Location): string | undefined {
  return allowMarkers.get(location);
}

export class FindingSet {
  readonly #bySha = new Map<string, { rule: RuleId; secret: Secret; locations: Location[]; seen: Set<string> }>();

  /** Adds a hit. Returns true when its secret is seen for the first time (the caller masks it then). */
  add(hit: Hit): boolean {
    const { match, location } = hit;
    const sha = match.secret.sha256;
    let entry = this.#bySha.get(sha);
    const first = entry === undefined;
    if (!entry) {
      entry = { rule: match.rule, secret: match.secret, locations: [], seen: new Set() };
      this.#bySha.set(sha, entry);
    }
    const key = locationKey(location);
    if (!entry.seen.has(key)) {
      entry.seen.add(key);
      entry.locations.push(location);
      if (match.allowMarker) allowMarkers.set(location, match.allowMarker);
    }
    return first;
  }

  /** The number of distinct secrets. */
  get size(): number {
    return this.#bySha.size;
  }

  has(sha256: string): boolean {
    return this.#bySha.has(sha256);
  }

  /**
   * One finding per distinct secret, status 'unchecked', locations sorted by `compareLocations` (history:
   * the introducing commit first); findings ordered by their first location. Fresh objects on each call.
   */
  findings(): Finding[] {
    const out: Finding[] = [...this.#bySha.values()].map(({ rule, secret, locations }) => ({
      rule,
      secret,
      status: 'unchecked',
      // Array.prototype.sort is stable: ties keep the order the source found them in.
      locations: [...locations].sort(compareLocations),
    }));
    return out.sort((a, b) => compareLocations(a.locations[0], b.locations[0]));
  }
}

/** What makes two locations the same place: a source reporting it twice (e.g. two refs) yields one. */
function locationKey(l: Location): string {
  return JSON.stringify([l.kind, l.path ?? null, l.line, l.column, l.commit ?? null, l.encoding ?? null, l.repository ?? null, l.tag ?? null]);
}

/**
 * Location order: dated ones (history and range) by date ascending, so the introducing commit comes first
 * (ties: 0, leaving discovery order); then undated ones (files, staged) by path, line, column.
 * Paths compare by UTF-16 code units, not locale, so the order is the same on every machine.
 */
export function compareLocations(a: Location, b: Location): number {
  const da = dateOf(a);
  const db = dateOf(b);
  if (da !== undefined || db !== undefined) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da - db;
  }
  return (
    compareStrings(a.repository, b.repository) ||
    compareStrings(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.tag, b.tag)
  );
}

function dateOf(l: Location): number | undefined {
  if (l.date === undefined) return undefined;
  const t = Date.parse(l.date);
  return Number.isNaN(t) ? undefined : t;
}

/** undefined sorts after any string. */
function compareStrings(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
