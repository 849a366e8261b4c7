/**
 * The `wiki` surface: the repository's wiki is a git repository of its own (`<server>/<owner>/<repo>.wiki.git`),
 * cloned bare into a temporary directory through the one git layer (its hardening, and the token only in an
 * http extraheader for the server's origin, never in the URL or a log) and scanned as history: every page as it
 * ever was. Each location is of kind `wiki`, its url the page (`/wiki/<page>`; the wiki's history for a key in a
 * commit message), its path and commit as in the wiki's git. The repository is asked first whether its wiki is
 * on (`has_wiki`); no wiki (turned off, never created, or no access) is a note, never a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { Detect, Hit, Source, SourceContext } from '../../core/types.js';
import { historySource } from '../history.js';
import { CloneError, cloneBare } from '../git/remote.js';
import { isUnreadable, noteUnreadable } from './listing.js';
import type { Surface, SurfaceTarget } from './surface.js';

const NAME = 'wiki';
const PERMISSION = 'contents: read';
/** A wiki clone that takes longer than this is given up with a note. */
const CLONE_TIMEOUT_MS = 5 * 60_000;

/** A page's URL: its file name without the extension, as GitHub links wiki pages. */
export function wikiPageUrl(wiki: string, path: string | undefined): string {
  if (path === undefined) return `${wiki}/_history`;
  const base = posix.basename(path).replace(/\.[^.]+$/, '');
  return `${wiki}/${encodeURIComponent(base)}`;
}

function wikiSource(target: SurfaceTarget): Source {
  return (detect, ctx) => scanWiki(target, detect, ctx);
}

async function* scanWiki(target: SurfaceTarget, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const wiki = `${server}/${target.owner}/${target.repo}/wiki`;
  // Asked first: most repositories have no wiki, and a clone of none costs a connection to the server.
  const hasWiki = await target.client.rest.repos.get({ owner: target.owner, repo: target.repo }).then(
    (answer) => (answer.data as { has_wiki?: unknown }).has_wiki !== false,
    (error: unknown) => {
      if (!isUnreadable(error)) throw error;
      noteUnreadable(ctx, NAME, 'the repository (whether it has a wiki)', PERMISSION, error);
      return undefined;
    },
  );
  if (hasWiki === undefined) return;
  if (!hasWiki) {
    ctx.note({ reason: 'surface-unreadable', message: 'wiki: not scanned: the repository has its wiki turned off' });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'aks-wiki-'));
  try {
    const clone = join(dir, 'wiki.git');
    try {
      await cloneBare(`${server}/${target.owner}/${target.repo}.wiki.git`, clone, {
        ...(target.git?.env ? { env: target.git.env } : {}),
        ...(target.token ? { token: target.token } : {}),
        timeoutMs: CLONE_TIMEOUT_MS,
      });
    } catch (error) {
      if (!(error instanceof CloneError)) throw error;
      ctx.note({ reason: 'surface-unreadable', message: `wiki: not scanned: no wiki to clone, or the token cannot read it (${error.message}); it needs ${PERMISSION}` });
      return;
    }
    const history = historySource({ root: clone, maxBlobSize: target.maxFileSize, archiveLimits: target.archiveLimits, ...(target.git ? { git: target.git } : {}) });
    for await (const hit of history(detect, ctx)) {
      // The wiki's own git places: its page (path) and commit stay; the kind and url say it is the wiki.
      hit.location.kind = 'wiki';
      hit.location.url = wikiPageUrl(wiki, hit.location.path);
      yield hit;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const wikiSurface: Surface = { name: NAME, permission: PERMISSION, takesSince: false, source: wikiSource };
