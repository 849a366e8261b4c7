/**
 * The list of GitHub surfaces an audit (the Action's `surfaces` input) and the CLI's `surfaces` command pick
 * from. A name with no module here is said in a note, never a failure.
 */
import { UserError } from '../../core/errors.js';
import type { Note, Source, SourceContext } from '../../core/types.js';
import { conversationsSurface } from './conversations.js';
import { releasesSurface } from './releases.js';
import { runsSurface } from './runs.js';
import { SURFACE_NAMES, type Surface, type SurfaceName, type SurfaceSource, type SurfaceTarget } from './surface.js';
import { wikiSurface } from './wiki.js';

export const SURFACES: readonly Surface[] = [conversationsSurface, releasesSurface, wikiSurface, runsSurface];

/**
 * A `surfaces` list (comma-, space- or newline-separated; `all` or empty: every one) -> the names, in the
 * canonical order. An unknown name is a UserError naming `where`.
 */
export function parseSurfaceList(text: string, where: string): SurfaceName[] {
  const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 0 || words.includes('all')) return [...SURFACE_NAMES];
  for (const word of words) {
    if (!(SURFACE_NAMES as readonly string[]).includes(word)) {
      throw new UserError(`${where}: unknown surface "${word.slice(0, 40)}" (expected a list of ${SURFACE_NAMES.join(', ')}, or all)`);
    }
  }
  return SURFACE_NAMES.filter((name) => words.includes(name));
}

/** The sources of the named surfaces besides `code` (the git history, scanned as the plan's scope). */
export function surfaceSources(names: readonly SurfaceName[], target: SurfaceTarget): SurfaceSource[] {
  const out: SurfaceSource[] = [];
  for (const name of names) {
    if (name === 'code') continue;
    const surface = SURFACES.find((s) => s.name === name);
    if (!surface) out.push({ name, source: notBuilt(name) });
    else out.push({ name, source: surface.source(target), ...(surface.takesSince ? { since: (cursor: string) => surface.source({ ...target, since: cursor }) } : {}) });
  }
  return out;
}


function notBuilt(name: string): Source {
  return noteOnly({ reason: 'surface-unavailable', message: `${name}: this version cannot scan this surface yet: not scanned` });
}

/** A source that only says why it scans nothing. */
export function noteOnly(note: Note): Source {
  return async function* (_detect, ctx: SourceContext) {
    ctx.note(note);
    yield* [];
  };
}
