/**
 * People and teams to mention when a key may be live (live, unknown or unchecked: a key nobody could prove dead):
 * the `mention` input and the merge command's `--mention`. Only GitHub handles are accepted, `@user` or
 * `@org/team`, so the value can never carry other Markdown into the audit issue or a comment.
 */
import { UserError } from '../../core/errors.js';
import type { Status } from '../../core/types.js';

const USER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const TEAM = '[A-Za-z0-9][A-Za-z0-9_.-]{0,99}';
const HANDLE = new RegExp(`^@${USER}(?:/${TEAM})?$`);

/** `@alice, @acme/security` (commas, spaces or new lines between) -> the handles, each once. `what` names the input. */
export function parseMentions(value: string, what = 'input mention'): string[] {
  const handles: string[] = [];
  for (const word of value.split(/[\s,]+/).filter(Boolean)) {
    if (!HANDLE.test(word)) {
      throw new UserError(`${what}: "${word.slice(0, 80)}" is not a GitHub handle (expected @user or @org/team)`);
    }
    if (!handles.some((h) => h.toLowerCase() === word.toLowerCase())) handles.push(word);
  }
  return handles;
}

/** Statuses that call for people: every key not proven dead. */
export function needsAttention(status: Status): boolean {
  return status !== 'invalid';
}

/** The line that mentions them, or undefined when no key calls for it (or nobody is named). */
export function mentionLine(statuses: readonly Status[], mentions: readonly string[]): string | undefined {
  if (mentions.length === 0) return undefined;
  const n = statuses.filter(needsAttention).length;
  if (n === 0) return undefined;
  return `${mentions.join(' ')}: ${n} key${n === 1 ? '' : 's'} may be live and need${n === 1 ? 's' : ''} rotating.`;
}
