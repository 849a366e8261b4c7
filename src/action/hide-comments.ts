/**
 * `hide-leaked-comments: true` (issue 18): on a comment's event, minimize the comment where a key was found, with
 * GraphQL's `minimizeComment` and the classifier OUTDATED: of GitHub's reasons (spam, abuse, off-topic, outdated,
 * duplicate, resolved) it is the one that neither accuses the author nor invites a reader to open it, and it is
 * true of a comment whose key is being rotated. Nothing is posted. What cannot be hidden is said, once:
 *   - an issue's, pull request's or discussion's body, and a review's body: GraphQL can minimize comments only;
 *   - the text before an edit: the edit history keeps it, and only the web UI deletes a revision;
 *   - a read-only token (a fork's pull request, a job without the write permission): a notice naming it.
 * Hiding is a courtesy, never the fix: the key must be rotated whatever happens here.
 */
import { describeError } from '../core/errors.js';
import type { JsonReport } from '../core/report.js';
import type { GitHubClient } from '../github/client.js';
import { isUnreadable } from '../sources/github/listing.js';
import { conversationItems } from '../sources/github/conversation-event.js';
import type { GitHubEvent } from './event.js';

/** The events whose item is a comment GraphQL can minimize, and the permission a token needs for it. */
const MINIMIZABLE: Record<string, string> = {
  issue_comment: 'issues: write (pull-requests: write on a pull request)',
  pull_request_review_comment: 'pull-requests: write',
  discussion_comment: 'discussions: write',
};

const MUTATION = `mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }`;

export interface HideOutcome {
  /** What was done or could not be, one line each, for notices and the job summary. */
  messages: string[];
}

export async function hideLeakedComments(client: GitHubClient | undefined, event: GitHubEvent, report: JsonReport): Promise<HideOutcome> {
  const leaked = new Map<string, boolean>();
  for (const finding of report.findings) {
    for (const l of finding.locations) if (l.url) leaked.set(l.url, leaked.get(l.url) === true || l.revision === 'previous');
  }
  const { items } = conversationItems(event.name, event.payload);
  const current = items.find((item) => item.revision === undefined && item.url !== undefined && leaked.has(item.url));
  const previous = items.some((item) => item.revision === 'previous' && item.url !== undefined && leaked.get(item.url) === true);
  if (!current && !previous) return { messages: [] };
  const messages: string[] = [];
  const what = current?.kind.replace('-', ' ') ?? 'item';
  if (previous) {
    messages.push(`hide-leaked-comments: the key is in the text before an edit: GitHub keeps it in the edit history, which only the web UI can delete (the edit menu: Delete revision). Rotate the key.`);
  }
  if (!current) return { messages };
  const permission = MINIMIZABLE[event.name];
  if (!permission || !current.nodeId) {
    messages.push(`hide-leaked-comments: the ${what}'s body cannot be hidden (GitHub minimizes comments only): edit it to remove the key, and rotate the key.`);
    return { messages };
  }
  if (!client) {
    messages.push('hide-leaked-comments: no github-token: the comment was not hidden.');
    return { messages };
  }
  try {
    await client.graphql(MUTATION, { id: current.nodeId });
    messages.push(`hide-leaked-comments: the comment ${current.url} was hidden as outdated. Its text stays readable to anyone who expands it and in its edit history: rotate the key.`);
  } catch (error) {
    const readOnly = isUnreadable(error) || /not accessible|forbidden/i.test(describeError(error));
    messages.push(readOnly
      ? `hide-leaked-comments: the comment was not hidden: the token cannot (a fork's pull request, or a job without ${permission}).`
      : `hide-leaked-comments: the comment was not hidden (${describeError(error)}).`);
  }
  return { messages };
}
