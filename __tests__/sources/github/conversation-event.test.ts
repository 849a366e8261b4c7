/** A conversation event's payload -> its items: every event, edits, and hostile or malformed payloads. */
import { describe, expect, it } from '@jest/globals';
import { conversationItems, httpsUrl } from '../../../src/sources/github/conversation-event.js';
import { itemText, itemsSource } from '../../../src/sources/github/items.js';
import { runSource, stubDetect } from '../../helpers/git-repo.js';
import { fakeKey } from '../../helpers/keys.js';

const KEY = fakeKey('api03', 'event-items');

describe('conversationItems', () => {
  it('an edited issue: the current title and body, and the previous ones from changes', () => {
    const { items, notes } = conversationItems('issues', {
      action: 'edited',
      issue: { number: 3, title: 'now', body: 'clean', html_url: 'https://github.com/a/b/issues/3', user: { login: 'me' }, node_id: 'I_1', created_at: '2026-01-02T03:04:05Z' },
      changes: { title: { from: `was ${KEY}` }, body: { from: 'old body' } },
    });
    expect(notes).toEqual([]);
    expect(items).toEqual([
      { kind: 'issue', number: 3, url: 'https://github.com/a/b/issues/3', author: 'me', date: '2026-01-02T03:04:05Z', nodeId: 'I_1', title: 'now', body: 'clean' },
      { kind: 'issue', number: 3, url: 'https://github.com/a/b/issues/3', author: 'me', date: '2026-01-02T03:04:05Z', nodeId: 'I_1', title: `was ${KEY}`, body: 'old body', revision: 'previous' },
    ]);
    expect(itemText(items[1]!)).toBe(`was ${KEY}\nold body`);
  });

  it.each([
    ['issue_comment', 'comment', { issue: { number: 4 }, comment: { body: 'x', html_url: 'https://github.com/a/b/issues/4#issuecomment-1' } }, 4],
    ['pull_request_review', 'review-comment', { pull_request: { number: 5 }, review: { body: 'x', html_url: 'https://github.com/a/b/pull/5#pullrequestreview-1' } }, 5],
    ['pull_request_review_comment', 'review-comment', { pull_request: { number: 6 }, comment: { body: 'x' } }, 6],
    ['discussion', 'discussion', { discussion: { number: 7, title: 't', body: 'x' } }, 7],
    ['discussion_comment', 'discussion-comment', { discussion: { number: 8 }, comment: { body: 'x' } }, 8],
    ['pull_request_target', 'pull-request', { number: 9, pull_request: { title: 't', body: null } }, 9],
  ])('%s -> a %s item', (event, kind, payload, number) => {
    const { items } = conversationItems(event, payload);
    expect(items).toEqual([expect.objectContaining({ kind, number })]);
  });

  it('an issues event about a pull request is a pull-request item', () => {
    expect(conversationItems('issues', { issue: { number: 2, title: 't', pull_request: {} } }).items[0]!.kind).toBe('pull-request');
  });

  it('hostile and malformed payloads: notes, dropped fields, never a throw', () => {
    expect(conversationItems('push', {}).items).toEqual([]);
    expect(conversationItems('issue_comment', { comment: 'text' }).notes[0]!.message).toBe('issue_comment event: the payload has no comment object: no conversation text scanned');
    expect(conversationItems('discussion', { discussion: [] }).notes).toHaveLength(1);
    const odd = conversationItems('issues', {
      issue: { number: -1, title: 42, body: { nested: KEY }, html_url: 'javascript:alert(1)', user: { login: ['x'] }, created_at: 'yesterday' },
      changes: { body: { from: 7 } },
    });
    expect(odd.items).toEqual([]);
    expect(odd.notes.map((n) => n.message)).toEqual([
      'issues event: issue.title is not text: not scanned',
      'issues event: issue.body is not text: not scanned',
      'issues event: changes.body.from is not text: not scanned',
    ]);
    // A login of any length is cut, a URL must be plain https.
    const long = conversationItems('issue_comment', { comment: { body: 'b', user: { login: 'x'.repeat(10_000) }, html_url: 'https://user:pw@github.com/x' } });
    expect(long.items[0]!.author).toHaveLength(200);
    expect(long.items[0]!.url).toBeUndefined();
  });

  it('httpsUrl keeps https only', () => {
    expect(httpsUrl('https://github.com/a/b/issues/1#issuecomment-2')).toBe('https://github.com/a/b/issues/1#issuecomment-2');
    for (const bad of ['http://github.com/x', 'javascript:alert(1)', 'data:text/html,x', 42, `https://x/${'a'.repeat(3000)}`, 'not a url']) expect(httpsUrl(bad)).toBeUndefined();
  });
});

describe('itemsSource', () => {
  it('locates each match at its item (title on line 1, body from line 2); a body over the size limit is scanned up to it, with a note', async () => {
    const huge = `${'a'.repeat(2000)}\n${KEY}`;
    const run = await runSource(itemsSource(() => [
      { kind: 'discussion', number: 1, url: 'https://github.com/a/b/discussions/1', title: KEY, body: `x\n${KEY}` },
      { kind: 'comment', number: 2, body: huge, revision: 'previous' },
      { kind: 'comment', number: 3, body: '   ' },
    ], { maxFileSize: 1000 }), stubDetect);
    expect(run.hits.map((h) => h.location)).toEqual([
      { kind: 'discussion', number: 1, url: 'https://github.com/a/b/discussions/1', line: 1, column: 1 },
      { kind: 'discussion', number: 1, url: 'https://github.com/a/b/discussions/1', line: 3, column: 1 },
    ]);
    expect(run.notes).toEqual([expect.objectContaining({ reason: 'truncated', message: expect.stringContaining('comment #2 (before an edit)') })]);
    expect(run.counts.conversationItemsScanned).toBe(2);
  });
});
