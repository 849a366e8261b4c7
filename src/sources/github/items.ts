/**
 * Conversation items (an issue, a pull request, a comment, a review, a discussion), from an event's payload or
 * from the API, as bytes for the shared bytes-to-hits step. An item's text is what GitHub shows: for an issue,
 * a pull request and a discussion, line 1 is the title and the body starts at line 2; a comment is its body.
 * Every field comes from a hostile payload: only strings, integers and https URLs are kept, and a text larger
 * than the file-size limit is scanned up to it, with a note.
 */
import { formatBytes } from '../../core/size.js';
import type { Detect, Hit, Source, SourceContext, SurfaceLocationKind } from '../../core/types.js';
import { contentScanner, hitsOf, noteProblems, type Origin } from '../hits.js';

export type ConversationKind = Extract<SurfaceLocationKind, 'issue' | 'pull-request' | 'comment' | 'review-comment' | 'discussion' | 'discussion-comment'>;

export interface ConversationItem {
  kind: ConversationKind;
  /** The issue's, pull request's or discussion's number (a comment's: the one it is on). */
  number?: number;
  /** The item's html_url (https only). */
  url?: string;
  author?: string;
  /** ISO 8601: when it was created (or, for the text before an edit, the edit's date when known). */
  date?: string;
  title?: string;
  body?: string;
  /** The text before an edit (an `edited` event's `changes`). */
  revision?: 'previous';
  /** GraphQL node id of a comment (hide-leaked-comments minimizes it). */
  nodeId?: string;
}

const TITLED = new Set<ConversationKind>(['issue', 'pull-request', 'discussion']);

/** The item's text as scanned: the title on line 1 and the body from line 2 for titled items. */
export function itemText(item: ConversationItem): string {
  return TITLED.has(item.kind) ? `${item.title ?? ''}\n${item.body ?? ''}` : (item.body ?? '');
}

/** Where an item's matches are: its kind, url, author, number, date and revision; never its title. */
export function itemOrigin(item: ConversationItem): Origin {
  return {
    kind: item.kind,
    ...(item.url !== undefined ? { url: item.url } : {}),
    ...(item.author !== undefined ? { author: item.author } : {}),
    ...(item.number !== undefined ? { number: item.number } : {}),
    ...(item.date !== undefined ? { date: item.date } : {}),
    ...(item.revision ? { revision: item.revision } : {}),
  };
}

/** A short name for notes: `issue #3`, `comment https://…`. */
export function itemName(item: ConversationItem): string {
  return `${item.kind}${item.number !== undefined ? ` #${item.number}` : ''}${item.url ? ` (${item.url})` : ''}${item.revision ? ' (before an edit)' : ''}`;
}

export interface ItemsOptions {
  maxFileSize: number;
}

/** Scan items as they come: each one's text through the shared step (text only: a comment is no container). */
export function itemsSource(items: (ctx: SourceContext) => AsyncIterable<ConversationItem> | Iterable<ConversationItem>, options: ItemsOptions): Source {
  return (detect, ctx) => scanItems(items(ctx), options, detect, ctx);
}

async function* scanItems(items: AsyncIterable<ConversationItem> | Iterable<ConversationItem>, options: ItemsOptions, detect: Detect, ctx: SourceContext): AsyncGenerator<Hit> {
  const scanner = contentScanner(detect, ctx);
  for await (const item of items) {
    const text = itemText(item);
    if (text.trim() === '') continue;
    let data = Buffer.from(text, 'utf8');
    if (data.length > options.maxFileSize) {
      ctx.note({ reason: 'truncated', message: `${itemName(item)}: ${formatBytes(data.length)} is over the ${formatBytes(options.maxFileSize)} limit: only the first ${formatBytes(options.maxFileSize)} scanned` });
      data = data.subarray(0, options.maxFileSize);
    }
    ctx.count('bytesScanned', data.length);
    ctx.count('conversationItemsScanned');
    yield* hitsOf(scanner.text(data, noteProblems(ctx, undefined, itemName(item))), itemOrigin(item));
  }
}
