/**
 * Reading a surface's listings from GitHub, bounded: REST pages through the client's paginator (Link headers,
 * the client's origin rules and rate limits), at most `MAX_PAGES` pages of 100 per listing, the rest said in a
 * note; a listing the token may not read (403, 404) is a note naming the permission it needs, never a failure.
 */
import type { SourceContext } from '../../core/types.js';
import { describeRequestError } from '../../github/client.js';

/** Pages of 100 read per listing (10,000 items): past it a note says what was left (use `since` on big repositories). */
export const MAX_PAGES = 100;

/** Whether a request failed because the token may not read it (or it is not there for this token). */
export function isUnreadable(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  if (status === 401 || status === 403 || status === 404 || status === 410) return !/rate limit/i.test(String((error as Error).message));
  // GraphQL answers 200 with errors: FORBIDDEN, NOT_FOUND, or the integration's "not accessible".
  const errors = (error as { errors?: Array<{ type?: string; message?: string }> }).errors;
  return Array.isArray(errors) && errors.some((e) => e.type === 'FORBIDDEN' || e.type === 'NOT_FOUND' || /not accessible/i.test(String(e.message)));
}

/** The note for a listing the token cannot read. */
export function noteUnreadable(ctx: Pick<SourceContext, 'note'>, surface: string, what: string, permission: string, error: unknown): void {
  ctx.note({ reason: 'surface-unreadable', message: `${surface}: ${what} not read (${describeRequestError(error)}): the token needs ${permission}` });
}

/**
 * Each item of a paginated listing, page by page, at most `maxPages` pages. An unreadable listing is noted and
 * yields nothing more; any other error propagates (the scan keeps what was found and fails).
 */
export async function* listed<T>(
  pages: AsyncIterable<{ data: T[] }>,
  ctx: Pick<SourceContext, 'note' | 'count'>,
  where: { surface: string; what: string; permission: string },
  maxPages = MAX_PAGES,
): AsyncGenerator<T> {
  let read = 0;
  try {
    for await (const page of pages) {
      ctx.count('apiPagesRead');
      for (const item of Array.isArray(page.data) ? page.data : []) yield item;
      if (++read >= maxPages) {
        ctx.note({ reason: 'page-limit', message: `${where.surface}: ${where.what}: stopped after ${maxPages} pages; run with since (an incremental audit) to read the rest` });
        return;
      }
    }
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    noteUnreadable(ctx, where.surface, where.what, where.permission, error);
  }
}
