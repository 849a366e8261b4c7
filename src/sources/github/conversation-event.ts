/**
 * A conversation event's payload -> the items it carries (pure). Created, edited and any other action: the item's
 * title and body as they stand, and for `edited` the text before the edit (`changes.title.from`,
 * `changes.body.from`), which GitHub keeps in the edit history anyone can read.
 *
 *   issues                        the issue (or the pull request an issue event names)
 *   issue_comment                 the comment (on an issue or a pull request)
 *   pull_request(_target)         the pull request's title and body (its commits are scanned as a range besides)
 *   pull_request_review           the review's body
 *   pull_request_review_comment   the review comment
 *   discussion                    the discussion
 *   discussion_comment            the comment
 *
 * The payload is hostile and may be malformed: a missing part is a note, a field of the wrong type is dropped,
 * never a crash.
 */
import type { Note } from '../../core/types.js';
import { httpsUrl, loginOf, name, object, positiveInteger, string, type Json } from './fields.js';
import type { ConversationItem, ConversationKind } from './items.js';

export { httpsUrl };

/** The events whose payload carries conversation text. */
export const CONVERSATION_EVENTS = [
  'issues', 'issue_comment', 'pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'discussion', 'discussion_comment',
] as const;

/** The events that are about a conversation only: no commit to scan, the items are the whole scan. */
export const CONVERSATION_ONLY_EVENTS = new Set<string>(['issues', 'issue_comment', 'discussion', 'discussion_comment']);

export function isConversationEvent(name: string): boolean {
  return (CONVERSATION_EVENTS as readonly string[]).includes(name);
}


function isoDate(value: unknown): string | undefined {
  const text = string(value);
  return text && /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : undefined;
}

interface ItemShape {
  kind: ConversationKind;
  /** The payload key the item is under (`issue`, `comment`, ...). */
  key: string;
  /** Where the number is: the item's own, or the issue/PR/discussion the comment is on. */
  numberFrom: string;
  titled: boolean;
}

const SHAPES: Record<string, ItemShape> = {
  issues: { kind: 'issue', key: 'issue', numberFrom: 'issue', titled: true },
  issue_comment: { kind: 'comment', key: 'comment', numberFrom: 'issue', titled: false },
  pull_request: { kind: 'pull-request', key: 'pull_request', numberFrom: 'pull_request', titled: true },
  pull_request_target: { kind: 'pull-request', key: 'pull_request', numberFrom: 'pull_request', titled: true },
  pull_request_review: { kind: 'review-comment', key: 'review', numberFrom: 'pull_request', titled: false },
  pull_request_review_comment: { kind: 'review-comment', key: 'comment', numberFrom: 'pull_request', titled: false },
  discussion: { kind: 'discussion', key: 'discussion', numberFrom: 'discussion', titled: true },
  discussion_comment: { kind: 'discussion-comment', key: 'comment', numberFrom: 'discussion', titled: false },
};

export interface EventItems {
  items: ConversationItem[];
  notes: Note[];
}

/** The conversation items of an event; none (and no note) for an event that carries none. */
export function conversationItems(eventName: string, payload: Json): EventItems {
  const shape = SHAPES[eventName];
  if (!shape) return { items: [], notes: [] };
  const raw = object(payload[shape.key]);
  if (!raw) {
    return { items: [], notes: [{ reason: 'malformed-event', message: `${eventName} event: the payload has no ${shape.key} object: no conversation text scanned` }] };
  }
  const notes: Note[] = [];
  const number = positiveInteger(object(payload[shape.numberFrom])?.number) ?? positiveInteger(payload.number);
  const url = httpsUrl(raw.html_url);
  const author = loginOf(raw.user);
  const date = isoDate(raw.created_at) ?? isoDate(raw.submitted_at);
  const nodeId = name(raw.node_id);
  // An issue event about a pull request (GitHub sends `issues` for a pull request's labels...): it is one.
  const kind: ConversationKind = shape.kind === 'issue' && raw.pull_request !== undefined ? 'pull-request' : shape.kind;
  const common = { kind, ...(number !== undefined ? { number } : {}), ...(url ? { url } : {}), ...(author ? { author } : {}), ...(date ? { date } : {}), ...(nodeId ? { nodeId } : {}) };

  const text = (value: unknown, what: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    notes.push({ reason: 'malformed-event', message: `${eventName} event: ${what} is not text: not scanned` });
    return undefined;
  };
  const title = shape.titled ? text(raw.title, `${shape.key}.title`) : undefined;
  const body = text(raw.body, `${shape.key}.body`);
  const items: ConversationItem[] = [];
  if (title !== undefined || body !== undefined) items.push({ ...common, ...(title !== undefined ? { title } : {}), ...(body !== undefined ? { body } : {}) });

  const changes = object(payload.changes);
  if (changes) {
    const before = (part: string): string | undefined => text(object(changes[part])?.from, `changes.${part}.from`);
    const previousTitle = shape.titled ? before('title') : undefined;
    const previousBody = before('body');
    if (previousTitle !== undefined || previousBody !== undefined) {
      items.push({
        ...common, revision: 'previous',
        ...(previousTitle !== undefined ? { title: previousTitle } : {}), ...(previousBody !== undefined ? { body: previousBody } : {}),
      });
    }
  }
  return { items, notes };
}
