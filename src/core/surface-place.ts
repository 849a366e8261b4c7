/**
 * How every report names a place on a GitHub surface (issue 18): `issue #12 comment by @octo`, `release v1.2 asset
 * app.zip`, `wiki page Home.md`. One wording for text, annotations, the job summary, the audit issue and notify;
 * each renderer escapes it for its medium (what it holds comes from hostile payloads: titles are not shown at all,
 * author names and paths are).
 */
import { SURFACE_LOCATION_KINDS, type Location, type SurfaceLocationKind } from './types.js';

export function isSurfaceKind(kind: string): kind is SurfaceLocationKind {
  return (SURFACE_LOCATION_KINDS as readonly string[]).includes(kind);
}

type Place = Pick<Location, 'kind'> & Partial<Location>;

/** `issue #12 comment by @octo (the text before an edit)`; undefined for a place in the git tree or a message. */
export function describeSurfacePlace(l: Place): string | undefined {
  if (!isSurfaceKind(l.kind)) return undefined;
  const n = l.number !== undefined ? ` #${l.number}` : '';
  let what: string;
  switch (l.kind) {
    case 'issue':
      what = `issue${n}`;
      break;
    case 'pull-request':
      what = `pull request${n}`;
      break;
    case 'comment':
      what = `comment on${n || ' an issue'}`;
      break;
    case 'review-comment':
      what = `review comment on pull request${n}`;
      break;
    case 'discussion':
      what = `discussion${n}`;
      break;
    case 'discussion-comment':
      what = `comment on discussion${n}`;
      break;
    case 'wiki':
      what = `wiki page ${l.path ?? '?'}`;
      break;
    case 'release':
      what = `release ${l.tag ?? '?'} notes`;
      break;
    case 'release-asset':
      what = `release ${l.tag ?? '?'} asset ${l.path ?? '?'}`;
      break;
    case 'run-log':
      what = `run log${l.job !== undefined ? ` of job ${l.job}` : ''}${l.step !== undefined ? `, step ${l.step}` : ''}`;
      break;
    case 'artifact':
      what = `artifact ${l.path ?? '?'}`;
      break;
  }
  const by = l.author ? ` by @${l.author}` : '';
  const before = l.revision === 'previous' ? ' (the text before an edit, kept in its edit history)' : '';
  return `${what}${by}${before}`;
}
