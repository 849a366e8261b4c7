/**
 * The `conversations` surface of an audit: every issue and pull request (title and body: the issues listing holds
 * pull requests too), every issue comment, every review comment, and the discussions with their comments and
 * replies, read through the API with pagination, only what changed since `since` when given. Each item goes
 * through the same bytes-to-hits step as files (items.ts). Review bodies have no repository-wide listing: the
 * `pull_request_review` event scans them as they are written. Text removed by an edit is read on the edit's
 * event (`changes`), not here.
 */
import type { SourceContext } from '../../core/types.js';
import { httpsUrl, loginOf, positiveInteger as int, string as str, type Json } from './fields.js';
import { itemsSource, type ConversationItem } from './items.js';
import { isUnreadable, listed, noteUnreadable } from './listing.js';
import type { Surface, SurfaceTarget } from './surface.js';

const NAME = 'conversations';

/** The number at the end of an `…/issues/12` or `…/pulls/12` API URL. */
const numberIn = (url: unknown): number | undefined => {
  const m = /\/(?:issues|pulls)\/(\d+)$/.exec(str(url) ?? '');
  return m ? int(Number(m[1])) : undefined;
};

function item(kind: ConversationItem['kind'], raw: Json, number: number | undefined, title?: unknown): ConversationItem {
  const url = httpsUrl(raw.html_url ?? raw.url);
  const author = loginOf(raw.user ?? raw.author);
  const date = str(raw.created_at ?? raw.createdAt);
  const body = str(raw.body);
  const heading = str(title);
  return {
    kind, ...(number !== undefined ? { number } : {}), ...(url ? { url } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}),
    ...(heading !== undefined ? { title: heading } : {}), ...(body !== undefined ? { body } : {}),
  };
}

async function* restItems(target: SurfaceTarget, ctx: SourceContext): AsyncGenerator<ConversationItem> {
  const { client, owner, repo } = target;
  const since = target.since ? { since: target.since } : {};
  const base = { owner, repo, per_page: 100, ...since };
  const issues = client.paginate.iterator(client.rest.issues.listForRepo, { ...base, state: 'all' });
  for await (const raw of listed(issues, ctx, { surface: NAME, what: 'issues and pull requests', permission: 'issues: read (and pull-requests: read)' })) {
    const kind = (raw as Json).pull_request ? 'pull-request' : 'issue';
    yield item(kind, raw as unknown as Json, int(raw.number), raw.title);
  }
  const comments = client.paginate.iterator(client.rest.issues.listCommentsForRepo, base);
  for await (const raw of listed(comments, ctx, { surface: NAME, what: 'issue and pull request comments', permission: 'issues: read' })) {
    yield item('comment', raw as unknown as Json, numberIn(raw.issue_url));
  }
  const reviews = client.paginate.iterator(client.rest.pulls.listReviewCommentsForRepo, base);
  for await (const raw of listed(reviews, ctx, { surface: NAME, what: 'review comments', permission: 'pull-requests: read' })) {
    yield item('review-comment', raw as unknown as Json, numberIn(raw.pull_request_url));
  }
}

/** Discussions per page, comments per discussion, replies per comment, and pages of discussions read. */
const DISCUSSIONS = { perPage: 25, comments: 50, replies: 20, maxPages: 40 };

const DISCUSSIONS_QUERY = `query($owner: String!, $repo: String!, $after: String, $first: Int!, $comments: Int!, $replies: Int!) {
  repository(owner: $owner, name: $repo) {
    hasDiscussionsEnabled
    discussions(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number url title body createdAt updatedAt author { login }
        comments(first: $comments) {
          nodes { url body createdAt author { login } replies(first: $replies) { nodes { url body createdAt author { login } } } }
        }
      }
    }
  }
}`;

interface DiscussionPage {
  repository?: {
    hasDiscussionsEnabled?: boolean;
    discussions?: { pageInfo?: { hasNextPage?: boolean; endCursor?: string }; nodes?: Json[] };
  } | null;
}

async function* discussionItems(target: SurfaceTarget, ctx: SourceContext): AsyncGenerator<ConversationItem> {
  let after: string | undefined;
  for (let page = 0; page < DISCUSSIONS.maxPages; page++) {
    let data: DiscussionPage;
    try {
      data = await target.client.graphql<DiscussionPage>(DISCUSSIONS_QUERY, {
        owner: target.owner, repo: target.repo, after: after ?? null, first: DISCUSSIONS.perPage, comments: DISCUSSIONS.comments, replies: DISCUSSIONS.replies,
      });
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      noteUnreadable(ctx, NAME, 'discussions', 'discussions: read', error);
      return;
    }
    ctx.count('apiPagesRead');
    const repository = data.repository;
    if (!repository || repository.hasDiscussionsEnabled === false) return;
    const nodes = Array.isArray(repository.discussions?.nodes) ? repository.discussions.nodes : [];
    for (const node of nodes) {
      // Newest updates first: past `since`, nothing older changed.
      if (target.since && str(node.updatedAt) && str(node.updatedAt)! < target.since) return;
      const number = int(node.number);
      yield item('discussion', node, number, node.title);
      for (const comment of ((node.comments as Json | undefined)?.nodes as Json[] | undefined) ?? []) {
        yield item('discussion-comment', comment, number);
        for (const reply of ((comment.replies as Json | undefined)?.nodes as Json[] | undefined) ?? []) yield item('discussion-comment', reply, number);
      }
    }
    const info = repository.discussions?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) return;
    after = info.endCursor;
  }
  ctx.note({ reason: 'page-limit', message: `${NAME}: discussions: stopped after ${DISCUSSIONS.maxPages} pages of ${DISCUSSIONS.perPage}` });
}

export const conversationsSurface: Surface = {
  name: NAME,
  permission: 'issues: read, pull-requests: read, discussions: read',
  takesSince: true,
  source: (target) =>
    itemsSource(async function* (ctx) {
      yield* restItems(target, ctx);
      yield* discussionItems(target, ctx);
    }, { maxFileSize: target.maxFileSize }),
};
