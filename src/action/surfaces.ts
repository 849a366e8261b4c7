/**
 * The GitHub surfaces an Action run scans besides its scope (issue 18):
 *   - a conversation event (issues, issue_comment, pull_request*, discussion*): the text its payload carries,
 *     current and before an edit (sources/github/conversation-event.ts), with no API call;
 *   - an audit (schedule, workflow_dispatch): the `surfaces` input's list (default all): conversations,
 *     releases, wiki (and runs once listed), read with the job's token; each one it cannot read is a notice.
 */
import type { SourceContext } from '../core/types.js';
import { clientLimitsFrom, createClient } from '../github/client.js';
import { conversationItems, isConversationEvent } from '../sources/github/conversation-event.js';
import { itemsSource } from '../sources/github/items.js';
import type { SurfaceName } from '../sources/github/surface.js';
import { noteOnly, surfaceSources } from '../sources/github/surfaces.js';
import type { ScanContext } from '../scan.js';
import type { GitSetup } from '../sources/git/run.js';
import type { GitHubEvent } from './event.js';
import type { ActionInputs } from './inputs.js';

/** Events whose run is an audit: they scan the `surfaces` list. */
export function isAuditEvent(name: string): boolean {
  return name === 'schedule' || name === 'workflow_dispatch';
}

export interface ActionSurfaces {
  /** For the plan's `surfaces` (the report's scope.surfaces). */
  names: string[];
  sources: NonNullable<ScanContext['surfaces']>;
}

export function actionSurfaces(
  event: GitHubEvent,
  inputs: Pick<ActionInputs, 'surfaces' | 'githubToken' | 'repository' | 'maxFileSize' | 'archiveLimits'>,
  env: NodeJS.ProcessEnv,
  git: GitSetup,
): ActionSurfaces {
  if (isConversationEvent(event.name)) {
    const source = itemsSource(function* (ctx: SourceContext) {
      const { items, notes } = conversationItems(event.name, event.payload);
      for (const note of notes) ctx.note(note);
      yield* items;
    }, { maxFileSize: inputs.maxFileSize });
    return { names: ['event'], sources: [{ name: 'event', source }] };
  }
  const wanted = inputs.surfaces.filter((name): name is Exclude<SurfaceName, 'code'> => name !== 'code');
  if (!isAuditEvent(event.name) || wanted.length === 0) return { names: [], sources: [] };
  const [owner, repo] = (inputs.repository || env.GITHUB_REPOSITORY || '').split('/');
  if (!owner || !repo || !inputs.githubToken) {
    const why = `surfaces (${wanted.join(', ')}): not scanned: no ${inputs.githubToken ? 'repository' : 'github-token'}`;
    return { names: [], sources: [{ name: 'surfaces', source: noteOnly({ reason: 'surface-unreadable', message: why }) }] };
  }
  const client = createClient({ token: inputs.githubToken, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}), ...clientLimitsFrom(env) });
  const sources = surfaceSources(wanted, {
    client, owner, repo, maxFileSize: inputs.maxFileSize, archiveLimits: inputs.archiveLimits, git, token: inputs.githubToken,
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
  });
  return { names: wanted, sources };
}
