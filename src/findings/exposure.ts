/**
 * Since when a key could be seen, where, and for how long: from the finding's own locations (the introducing
 * commit's author and committer dates, a tag's date) and the repository's visibility, which the entry point knows
 * (the Action's event or the API; the CLI says unknown). Pure.
 *
 * The earliest date counts: author dates can be set by hand and a rebase moves committer dates, so the exposure
 * is taken from the earlier of the two (a usage report read from then on misses nothing). A location with no
 * date (a file on disk, a staged change) cannot say when the key arrived: the start is then unknown, never "now".
 */
import type { Exposure, Finding, Location, Visibility } from '../core/types.js';

export function exposureOf(locations: readonly Location[], visibility: Visibility, until: Date): Exposure {
  let earliest: { time: number; location: Location } | undefined;
  for (const location of locations) {
    for (const date of [location.date, location.committedDate]) {
      const time = date === undefined ? NaN : Date.parse(date);
      if (Number.isFinite(time) && (!earliest || time < earliest.time)) earliest = { time, location };
    }
  }
  const end = until.toISOString();
  if (!earliest) return { visibility, until: end };
  const { location } = earliest;
  const first: NonNullable<Exposure['first']> = { kind: location.kind };
  if (location.commit) first.commit = location.commit;
  if (location.kind === 'tag-message') {
    if (location.date) first.taggerDate = location.date;
  } else if (location.date) {
    first.authorDate = location.date;
    first.committerDate = location.committedDate ?? location.date;
  }
  if (location.repository) first.repository = location.repository;
  // A date after the scan (a clock set forward in a forged commit) counts as no time at all, not negative time.
  const seconds = Math.max(0, Math.floor((until.getTime() - earliest.time) / 1000));
  return { since: new Date(earliest.time).toISOString(), first, visibility, until: end, seconds };
}

/** Sets `exposure` on every finding. */
export function setExposure(findings: readonly Finding[], visibility: Visibility = 'unknown', until = new Date()): void {
  for (const finding of findings) finding.exposure = exposureOf(finding.locations, visibility, until);
}

/** "3 days", "5 hours", "12 minutes": how long, for people (the JSON report has the seconds). */
export function describeDuration(seconds: number): string {
  const units: [number, string][] = [
    [365 * 86_400, 'year'],
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

/** How widely a visibility exposes a key: a key seen anywhere public was public. */
const REACH: Record<Visibility, number> = { unknown: 0, private: 1, internal: 2, public: 3 };

/**
 * One exposure from two reports of the same key (an organization audit's merge): the earlier start, the wider
 * visibility, the later end.
 */
export function mergeExposure(a: Exposure | undefined, b: Exposure | undefined): Exposure | undefined {
  if (!a || !b) return a ?? b;
  const earlier = a.since && (!b.since || Date.parse(a.since) <= Date.parse(b.since)) ? a : b;
  const until = Date.parse(a.until) >= Date.parse(b.until) ? a.until : b.until;
  const visibility = (REACH[a.visibility] ?? 0) >= (REACH[b.visibility] ?? 0) ? a.visibility : b.visibility;
  const merged: Exposure = { ...earlier, visibility, until };
  if (merged.since) merged.seconds = Math.max(0, Math.floor((Date.parse(until) - Date.parse(merged.since)) / 1000));
  return merged;
}
