/**
 * An incremental history audit (`--history --state FILE`), around the one scan path:
 *
 * - `openIncremental`, before the scan: the ref tips now; the state, if it is usable (same judge, same
 *   repository, not newer, not damaged) — else a full scan, with a note saying why; which remembered tips still
 *   exist (those that do not — a force-push, gc — are dropped: more is read, nothing is missed); the commits no
 *   ref reaches any more.
 * - During the scan: the history source reads only what the remembered tips did not reach (`since`), and the
 *   carried source reads again the objects the remembered keys were in (sources/carried.ts); `record` sees every
 *   hit.
 * - `rememberedCandidates`: keys whose objects are all gone from this clone, still reported from the state
 *   (history does not forget), never verified (the key is not held: only its hash and hint are remembered).
 * - `finish`, after verification: carried findings are marked, remembered ones get their last status, the keys
 *   no ref reaches any more are named in a note, and the new state is written (only when the scan completed).
 */
import type { Candidate, Sighting } from '../findings/aggregate.js';
import { Secret } from '../core/secret.js';
import type { Finding, Hit, Location, Note, Status } from '../core/types.js';
import type { CarriedPlace } from '../sources/carried.js';
import { droppedCommits, existingObjects, refTips } from '../sources/git/since.js';
import type { RepoAt } from '../sources/git/run.js';
import { isUnusable, readState, stateText, writeAtomically, type HistoryState, type StateFinding, type StateLocation } from './file.js';

export interface IncrementalOptions {
  file: string;
  at: RepoAt;
  /** judge.ts's fingerprint of this run's rules. */
  judge: string;
  repository?: string;
  note(note: Note): void;
}

/** A key whose objects are all gone: reported from the state, never revealed (it is not held). */
class RememberedSecret extends Secret {
  constructor(sha256: string, redacted: string) {
    super('');
    Object.defineProperty(this, 'sha256', { value: sha256 });
    Object.defineProperty(this, 'redacted', { value: redacted });
  }

  override reveal(): string {
    throw new Error('a remembered key is not held: it cannot be revealed');
  }
}

/** A finding reported from the state alone: it cannot be verified (nothing to send) or revoked. */
export function isRemembered(finding: Finding): boolean {
  return finding.secret instanceof RememberedSecret;
}

export class Incremental {
  /** Remembered tips that still exist: the history source reads only what they do not reach. Undefined: full scan. */
  readonly since: string[] | undefined;
  private readonly previous: Map<string, StateFinding>;
  /** Places whose objects are gone or no longer hold their key (a damaged state): kept in the next state. */
  private readonly missing: CarriedPlace[] = [];
  private readonly seen = new Map<string, { finding: Omit<StateFinding, 'status'>; places: Set<string> }>();
  /** Per surface, the cursor the next state keeps: the old one, or this run's start for a surface read completely. */
  private readonly cursors: Map<string, string>;

  constructor(
    private readonly options: IncrementalOptions,
    private readonly tips: string[],
    private readonly scannedAt: string,
    state: HistoryState | undefined,
    since: string[] | undefined,
    /** Worked out while the scan runs: needed only at the end. */
    private readonly dropped: Promise<Set<string>>,
  ) {
    this.since = since;
    this.previous = new Map(state && since ? state.findings.map((f) => [f.secretSha256, f]) : []);
    this.cursors = new Map(state && since ? Object.entries(state.surfaces ?? {}) : []);
  }

  /** Since when a GitHub surface needs reading: the start of the last audit that read it completely, if any. */
  surfaceSince(name: string): string | undefined {
    return this.cursors.get(name);
  }

  /** A surface was read completely (no failure, no note of a part left out): the next audit reads it from now. */
  surfaceRead(name: string): void {
    this.cursors.set(name, this.scannedAt);
  }

  /** The remembered places to read again (empty on a full scan). */
  get carriedPlaces(): CarriedPlace[] {
    return [...this.previous.values()].flatMap((f) =>
      f.locations.map(({ object, allowMarker, ...location }) => ({ secretSha256: f.secretSha256, location, object, ...(allowMarker ? { allowMarker } : {}) })),
    );
  }

  /** A carried place could not be read again (sources/carried.ts). */
  placeMissing(place: CarriedPlace): void {
    this.missing.push(place);
  }

  /** Every hit of the scan (new and carried): what the next state remembers. */
  record(hit: Hit): void {
    if (!hit.object) return;
    const { match, location } = hit;
    const sha = match.secret.sha256;
    let entry = this.seen.get(sha);
    if (!entry) {
      entry = { finding: { secretSha256: sha, redacted: match.secret.redacted, rule: match.rule, ...(match.variant ? { variant: match.variant } : {}), locations: [] }, places: new Set() };
      this.seen.set(sha, entry);
    }
    const stateLocation: StateLocation = { ...location, object: hit.object, ...(match.allowMarker ? { allowMarker: match.allowMarker } : {}) };
    const key = placeKey(stateLocation);
    if (!entry.places.has(key)) {
      entry.places.add(key);
      entry.finding.locations.push(stateLocation);
    }
  }

  /** Keys none of whose objects could be read again: candidates from the state (their places as remembered). */
  rememberedCandidates(): Candidate[] {
    const out: Candidate[] = [];
    for (const [sha, places] of groupBySha(this.missing)) {
      if (this.seen.has(sha)) continue;
      const remembered = this.previous.get(sha);
      if (!remembered) continue;
      const sightings: Sighting[] = places.map(({ location, allowMarker }) => (allowMarker ? { location, allowMarker } : { location }));
      out.push({ rule: remembered.rule, secret: new RememberedSecret(sha, remembered.redacted), ...(remembered.variant ? { variant: remembered.variant } : {}), sightings });
    }
    return out;
  }

  /**
   * After verification: marks carried findings, gives remembered ones their last status, notes the keys no ref
   * reaches any more, and writes the new state unless the scan stopped part-way. Returns an error line when the
   * state could not be written.
   */
  async finish(findings: readonly Finding[], suppressed: readonly Finding[], complete: boolean): Promise<string | undefined> {
    const missing = new Set(this.missing.map((place) => placeKey(place.location)));
    const dropped = await this.dropped.catch(() => new Set<string>());
    const noted = new Set<string>();
    for (const finding of [...findings, ...suppressed]) {
      const remembered = this.previous.get(finding.secret.sha256);
      if (!remembered) continue;
      finding.carried = true;
      if (isRemembered(finding)) {
        finding.status = remembered.status;
        finding.statusDetail = `carried from the state: its objects are not in this clone, so it was not checked again${remembered.checkedAt ? ` (last checked ${remembered.checkedAt})` : ''}`;
        if (remembered.organizationId) finding.organizationId = remembered.organizationId;
      }
      const gone = finding.locations.every((l) => (l.commit !== undefined && dropped.has(l.commit)) || missing.has(placeKey(l)));
      if (gone && !noted.has(remembered.secretSha256)) {
        noted.add(remembered.secretSha256);
        this.options.note({ reason: 'carried-unreachable', message: `${finding.secret.redacted} (${finding.rule}): no ref reaches it any more (force-push or deleted branch); still reported: clones, forks and caches keep history` });
      }
    }
    if (!complete) {
      this.options.note({ reason: 'state-not-written', message: `--state: ${this.options.file} was not updated: the scan did not finish` });
      return undefined;
    }
    try {
      await writeAtomically(this.options.file, stateText(this.nextState(findings, suppressed)));
      return undefined;
    } catch (error) {
      return `--state: cannot write ${this.options.file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  }

  private nextState(findings: readonly Finding[], suppressed: readonly Finding[]): Omit<HistoryState, 'kind' | 'version' | 'tool'> {
    const verdicts = new Map<string, Finding>();
    for (const f of [...suppressed, ...findings]) if (f.status !== 'unchecked' || !verdicts.has(f.secret.sha256)) verdicts.set(f.secret.sha256, f);
    const out = new Map<string, StateFinding>();
    const statusOf = (sha: string): Pick<StateFinding, 'status' | 'checkedAt' | 'organizationId'> => {
      const verdict = verdicts.get(sha);
      if (verdict && verdict.status !== 'unchecked' && !isRemembered(verdict)) {
        return { status: verdict.status, checkedAt: this.scannedAt, ...(verdict.organizationId ? { organizationId: verdict.organizationId } : {}) };
      }
      const before = this.previous.get(sha);
      return before ? { status: before.status, ...(before.checkedAt ? { checkedAt: before.checkedAt } : {}), ...(before.organizationId ? { organizationId: before.organizationId } : {}) } : { status: 'unchecked' as Status };
    };
    for (const [sha, { finding }] of this.seen) out.set(sha, { ...finding, ...statusOf(sha), locations: [...finding.locations] });
    for (const [sha, places] of groupBySha(this.missing)) {
      const remembered = this.previous.get(sha);
      if (!remembered) continue;
      const entry = out.get(sha) ?? { ...remembered, ...statusOf(sha), locations: [] };
      out.set(sha, entry);
      const have = new Set(entry.locations.map(placeKey));
      for (const place of places) {
        if (!have.has(placeKey(place.location))) entry.locations.push({ ...place.location, object: place.object, ...(place.allowMarker ? { allowMarker: place.allowMarker } : {}) });
      }
    }
    return {
      ...(this.options.repository ? { repository: this.options.repository } : {}),
      judge: this.options.judge,
      scannedAt: this.scannedAt,
      tips: this.tips,
      surfaces: Object.fromEntries(this.cursors),
      findings: [...out.values()],
    };
  }
}

function groupBySha(places: readonly CarriedPlace[]): Map<string, CarriedPlace[]> {
  const out = new Map<string, CarriedPlace[]>();
  for (const place of places) {
    const list = out.get(place.secretSha256) ?? [];
    out.set(place.secretSha256, list);
    list.push(place);
  }
  return out;
}

/** What makes two remembered locations the same place (as findings/aggregate.ts's key; the object follows from it). */
function placeKey(l: Location): string {
  return `${l.kind}\0${l.path ?? ''}\0${l.commit ?? ''}\0${l.tag ?? ''}\0${l.line}\0${l.column}\0${l.member ?? ''}\0${l.encoding ?? ''}`;
}

/** Before the scan: this run's tips, and the state when it can be used; a note says why when it cannot. */
export async function openIncremental(options: IncrementalOptions): Promise<Incremental> {
  const scannedAt = new Date().toISOString();
  const [tips, state] = await Promise.all([refTips(options.at), readState(options.file)]);
  const full = (why: string): Incremental => {
    options.note({ reason: 'state-unusable', message: `--state: ${why}; reading the whole history` });
    return new Incremental(options, tips, scannedAt, undefined, undefined, Promise.resolve(new Set()));
  };
  if (isUnusable(state)) {
    if (state.reason === 'missing') {
      options.note({ reason: 'state-new', message: `--state: no state in ${options.file} yet; reading the whole history (the next run reads only what changed)` });
      return new Incremental(options, tips, scannedAt, undefined, undefined, Promise.resolve(new Set()));
    }
    return full(`${options.file} is ${state.reason === 'newer' ? 'from a newer version' : state.reason} (${state.detail})`);
  }
  if ((state.repository ?? '') !== (options.repository ?? '')) return full(`${options.file} is foreign (written for ${state.repository ?? 'no named repository'})`);
  if (state.judge !== options.judge) return full(`${options.file} was written under other rules (tool version, kinds, decoders, config or limits changed)`);
  const present = await existingObjects(options.at, state.tips);
  if (state.tips.length > 0 && present.size === 0) return full(`${options.file} is foreign (none of its ${state.tips.length} remembered ref tip(s) is in this repository)`);
  const gone = state.tips.length - present.size;
  if (gone > 0) {
    options.note({ reason: 'state-tips-gone', message: `--state: ${gone} remembered ref tip(s) no longer exist (force-push, gc): what they reached is read again where a ref still reaches it` });
  }
  // Refs straight to blobs or trees are left out: `git log` takes only commits (their objects are read again, rarely).
  const since = [...present].filter(([, type]) => type === 'commit' || type === 'tag').map(([oid]) => oid);
  const dropped = droppedCommits(options.at, since);
  dropped.catch(() => undefined); // awaited (and a failure ignored: no note of unreachable keys) in finish
  return new Incremental(options, tips, scannedAt, state, since, dropped);
}
