/**
 * An incremental audit's carried findings, read again: the state remembers where each key was (its locations and
 * the git object each came from), never the key itself. Each remembered object still in the store is read again
 * and scanned the way the history source scans it (blobs with their containers, commit and tag messages), and the
 * remembered key found in it becomes a hit at its remembered location: from there it is verified and reported like
 * any other. What could not be read again (the object is gone: gc, a fresh clone after a force-push) is left to
 * the caller (`missing`), which still reports it from the state.
 */
import type { ArchiveLimits } from '../core/archive-limits.js';
import { LONG_COMMIT, shortCommit } from '../core/names.js';
import type { Detect, Hit, Location, Match, SourceContext } from '../core/types.js';
import { readNamedObjects } from './git/cat-file.js';
import { messageOf, parseTag } from './git/objects.js';
import { repoAt, type GitSetup } from './git/run.js';
import { contentScanner, noteProblems } from './hits.js';

/** One remembered place of a remembered key. */
export interface CarriedPlace {
  secretSha256: string;
  location: Location;
  /** The git object the key was read from. */
  object: string;
  /** The allow marker its line carried. */
  allowMarker?: string;
}

export interface CarriedOptions {
  root: string;
  git?: GitSetup;
  archiveLimits?: Partial<ArchiveLimits>;
  /** Blobs larger than this are not read again (they were not scanned either). */
  maxBlobSize: number;
  places: readonly CarriedPlace[];
  /** Told of each place whose object is gone, or no longer holds its key (a hand-edited state). */
  missing(place: CarriedPlace): void;
}

/** The hits of the remembered places whose objects are still here. */
export async function* carriedHits(options: CarriedOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const byObject = new Map<string, CarriedPlace[]>();
  for (const place of options.places) {
    const list = byObject.get(place.object) ?? [];
    byObject.set(place.object, list);
    list.push(place);
  }
  if (!byObject.size) return;
  const scanner = contentScanner(detect, ctx, options.archiveLimits);
  const found: Hit[] = [];
  const seen = new Set<string>();
  await readNamedObjects(repoAt(options.root, options.git), byObject.keys(), {
    want: (header) => header.type !== 'tree' && !(header.type === 'blob' && header.size > options.maxBlobSize),
    onObject: (header, content) => {
      const name = `${header.type} ${shortCommit(header.oid, LONG_COMMIT)}`;
      const problem = noteProblems(ctx, undefined, name);
      let matches: Match[] = [];
      if (header.type === 'blob') matches = scanner.content(content, problem);
      else if (header.type === 'commit') matches = scanner.text(messageOf(content), problem);
      else if (header.type === 'tag') matches = scanner.text(parseTag(content).message, problem);
      const bySha = new Map<string, Match>();
      for (const match of matches) if (!bySha.has(match.secret.sha256)) bySha.set(match.secret.sha256, match);
      for (const place of byObject.get(header.oid) ?? []) {
        const match = atPlace(matches, place) ?? bySha.get(place.secretSha256);
        if (!match) continue;
        seen.add(placeKey(place));
        found.push({ match, location: place.location, object: place.object });
      }
    },
  });
  for (const place of options.places) if (!seen.has(placeKey(place))) options.missing(place);
  ctx.count('carriedObjectsRead', byObject.size);
  yield* found;
}

/** The match of the remembered key at the remembered line and column (a blob may hold the key more than once). */
function atPlace(matches: readonly Match[], place: CarriedPlace): Match | undefined {
  const { line, column, member } = place.location;
  return matches.find((m) => m.secret.sha256 === place.secretSha256 && m.line === line && m.column === column && m.member === member);
}

function placeKey(place: CarriedPlace): string {
  const l = place.location;
  return `${place.secretSha256}\0${place.object}\0${l.kind}\0${l.path ?? ''}\0${l.commit ?? ''}\0${l.line}\0${l.column}\0${l.member ?? ''}`;
}
