/**
 * A GitHub surface besides the git tree (issue 18): where keys leak and no scanner looks. Each surface is one
 * module in this folder that turns what the REST/GraphQL API (or the wiki's git repository) holds into bytes for
 * the shared bytes-to-hits step (`../hits.ts`), each located by its item's `url`. `surfaces.ts` lists them; the
 * audit and the CLI's surfaces command pick from that list by name.
 */
import type { ArchiveLimits } from '../../core/archive-limits.js';
import type { GitHubClient } from '../../github/client.js';
import type { Source } from '../../core/types.js';
import type { GitSetup } from '../git/run.js';

/** The names `surfaces` takes (action input, CLI flag); `code` is the git history itself, not a module here. */
export const SURFACE_NAMES = ['code', 'conversations', 'wiki', 'releases', 'runs'] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

/** What every surface reads with. */
export interface SurfaceTarget {
  /** The one GitHub client (src/github/client.ts): origin rules, timeouts, rate limits and pagination live there. */
  client: GitHubClient;
  owner: string;
  repo: string;
  /** ISO 8601: only what was created or updated since (an incremental audit's cursor, the CLI's --since). */
  since?: string;
  /** The same limits as files: a log, an asset or an artifact is opened like any archive within them. */
  maxFileSize: number;
  archiveLimits: Partial<ArchiveLimits>;
  /** For the wiki's git repository. */
  git?: GitSetup;
  /** The token, for git over https (the wiki) only; never logged. API calls go through `client`. */
  token?: string;
  /** GITHUB_SERVER_URL (default https://github.com): where the wiki's git repository is. */
  serverUrl?: string;
}

export interface Surface {
  name: Exclude<SurfaceName, 'code'>;
  /** The workflow permission that lets a token read it (`actions: read`), named in the notice when it cannot. */
  permission: string;
  /**
   * Whether it reads only what changed since `target.since` (an incremental audit passes its cursor then). The
   * wiki does not: it is a git repository, read whole each time (wikis are small).
   */
  takesSince: boolean;
  source(target: SurfaceTarget): Source;
}

/** A surface to scan; `since` when it can read only what changed since a cursor (an incremental audit's). */
export interface SurfaceSource {
  name: string;
  source: Source;
  since?: (cursor: string) => Source;
}

/**
 * Notes that say a surface was not read completely (a listing cut at its page limit, a part the token cannot
 * read, a run left out): its cursor is then not moved, so the next audit reads it from the same point again.
 * A single item over the size limit is not among them: reading it again would skip it again.
 */
export const PARTIAL_READ_REASONS: ReadonlySet<string> = new Set([
  'page-limit', 'truncated', 'surface-unreadable', 'surface-unavailable', 'unreadable', 'runs-not-scanned', 'run-not-found', 'permission',
]);
