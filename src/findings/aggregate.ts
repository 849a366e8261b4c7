/**
 * One finding per distinct secret. Sources yield hits one at a time, in whatever order they discover them;
 * a FindingSet groups them by the secret's SHA-256 and keeps every place the secret was seen, each with
 * the allow marker (if any) on its line, so that suppression can decide per location later.
 */
import type { Secret } from '../core/secret.js';
import type { Hit, Location, RuleId } from '../core/types.js';

/** A location, with the allow marker its line carried (kept beside it: Location is the report's shape). */
export interface Sighting {
  location: Location;
  allowMarker?: string;
}

/** A finding before suppression and verification: the secret and every place it was seen. */
export interface Candidate {
  rule: RuleId;
  secret: Secret;
  /** The first variant a match named (detect: context hints). */
  variant?: string;
  /** Sorted by `compareLocations` (history: the introducing commit first), duplicates dropped. */
  sightings: Sighting[];
}

export class FindingSet {
  readonly #bySha = new Map<string, { rule: RuleId; secret: Secret; variant?: string; sightings: Sighting[]; seen: Set<string> }>();

  /** Adds a hit. Returns true when its secret is seen for the first time (the caller masks it then). */
  add(hit: Hit): boolean {
    const { match, location } = hit;
    const sha = match.secret.sha256;
    let entry = this.#bySha.get(sha);
    const first = entry === undefined;
    if (!entry) {
      entry = { rule: match.rule, secret: match.secret, sightings: [], seen: new Set() };
      this.#bySha.set(sha, entry);
    }
    if (match.variant && !entry.variant) entry.variant = match.variant;
    const key = locationKey(location);
    if (!entry.seen.has(key)) {
      entry.seen.add(key);
      entry.sightings.push(match.allowMarker ? { location, allowMarker: match.allowMarker } : { location });
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

  /** Every distinct secret with its sorted sightings, ordered by each one's first location. */
  candidates(): Candidate[] {
    const out = [...this.#bySha.values()].map(({ rule, secret, variant, sightings }) => ({
      rule,
      secret,
      ...(variant ? { variant } : {}),
      sightings: sortSightings(sightings),
    }));
    return out.sort((a, b) => compareLocations(a.sightings[0].location, b.sightings[0].location));
  }
}

/**
 * What makes two locations the same place: a source reporting it twice (e.g. two refs) yields one. Two members
 * of one archive are two places, even at the same line and column.
 */
function locationKey(l: Location): string {
  // NUL cannot occur in a path, a ref, a commit id or an archive member's name, so the fields cannot run into each other.
  return `${l.kind}\0${l.path ?? ''}\0${l.member ?? ''}\0${l.line}\0${l.column}\0${l.commit ?? ''}\0${l.encoding ?? ''}\0${l.repository ?? ''}\0${l.tag ?? ''}`;
}

function sortSightings(sightings: Sighting[]): Sighting[] {
  // Dates parsed once (not once per comparison); Array.prototype.sort is stable, so ties keep the order
  // the source found them in.
  const dates = new Map<Location, number | undefined>(sightings.map((s) => [s.location, dateOf(s.location)]));
  return [...sightings].sort((a, b) => compareLocations(a.location, b.location, dates));
}

/**
 * Location order: dated ones (history and range) by date ascending, so the introducing commit comes first
 * (ties: 0, leaving discovery order); then undated ones (files, staged) by path, member (the file's own bytes
 * first), line, column.
 * Paths compare by UTF-16 code units, not locale, so the order is the same on every machine.
 */
export function compareLocations(a: Location, b: Location, dates?: ReadonlyMap<Location, number | undefined>): number {
  const da = dates ? dates.get(a) : dateOf(a);
  const db = dates ? dates.get(b) : dateOf(b);
  if (da !== undefined || db !== undefined) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da - db;
  }
  return (
    compareStrings(a.repository, b.repository) ||
    compareStrings(a.path, b.path) ||
    compareMembers(a.member, b.member) ||
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

/** The file itself before its members. */
function compareMembers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** undefined sorts after any string. */
function compareStrings(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
