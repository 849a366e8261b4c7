/**
 * The triggering event (GITHUB_EVENT_NAME + the payload file at GITHUB_EVENT_PATH) -> what to scan.
 *
 *   pull_request, pull_request_target, merge_group  every commit of base..head (git, never the API's 250 cap)
 *   push                                            before..after; a new branch: its commits not on the default
 *                                                   branch; a forced push whose `before` is gone: the same,
 *                                                   said in a notice; a deleted branch: nothing
 *   schedule, workflow_dispatch                     the whole history (an audit)
 *   issues, issue_comment, discussion(_comment)     the conversation text the payload carries, nothing else
 *                                                   (pull_request* events: their range, and that text besides)
 *   anything else                                   the files
 *
 * Pure: this module decides from the payload; fetch-history.ts turns a `Wanted` into commits with git.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import type { ScopeInput } from './inputs.js';
import { isNullOid } from '../sources/git/repo.js';

export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** The pull request an event is about (reviews, summary comment, check run on its head). */
export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** OWNER/NAME of the head repository; differs from the base repository's for a fork. */
  headRepo?: string;
  baseRepo?: string;
  fork: boolean;
}

export type Wanted =
  /** The commits in base..head. When `base` is missing locally and cannot be fetched, fall back to `fallback`. */
  | { kind: 'range'; base: string; head: string; why: string; fallback?: BranchFallback }
  /** The commits of `head` not on the default branch (a new branch, or a forced push whose `before` is gone). */
  | { kind: 'branch'; head: string; why: string; fallback: BranchFallback }
  | { kind: 'history'; why: string }
  | { kind: 'files'; why: string }
  /** A conversation event (issues, issue_comment, discussion...): its items only, nothing of the git tree. */
  | { kind: 'surfaces'; why: string }
  | { kind: 'none'; why: string };

export interface BranchFallback {
  /** The default branch's name (from the payload; fetch-history asks the remote when absent). */
  defaultBranch?: string;
  /** When the head is already on the default branch: scan nothing (a new branch with no commits of its own) or the head commit. */
  ifOnDefault: 'nothing' | 'head-commit';
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Read the event from the runner's environment. A missing or malformed payload is a UserError. */
export function readEvent(env: NodeJS.ProcessEnv): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME?.trim() ?? '';
  const path = env.GITHUB_EVENT_PATH?.trim() ?? '';
  if (!path) return { name, payload: {} };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`cannot read the event payload at ${path} (GITHUB_EVENT_PATH)`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new UserError(`the event payload at ${path} is not valid JSON`);
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new UserError(`the event payload at ${path} is not a JSON object`);
  }
  return { name, payload: payload as Record<string, unknown> };
}

function field(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A commit id from the payload; anything else is a malformed event. */
function sha(event: GitHubEvent, path: string): string {
  const value = field(event.payload, path);
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new UserError(`malformed ${event.name} event: ${path} is ${value === undefined ? 'missing' : 'not a commit id'}`);
  }
  return value;
}

function optionalString(event: GitHubEvent, path: string): string | undefined {
  const value = field(event.payload, path);
  return typeof value === 'string' && value ? value : undefined;
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function isPullRequestEvent(name: string): boolean {
  return PULL_EVENTS.has(name);
}

/** The pull request of a pull_request* event (undefined for other events). */
export function pullRequestOf(event: GitHubEvent): PullRequestInfo | undefined {
  if (!isPullRequestEvent(event.name)) return undefined;
  const number = field(event.payload, 'pull_request.number') ?? field(event.payload, 'number');
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
    throw new UserError(`malformed ${event.name} event: pull_request.number is missing`);
  }
  const headRepo = optionalString(event, 'pull_request.head.repo.full_name');
  const baseRepo = optionalString(event, 'pull_request.base.repo.full_name') ?? optionalString(event, 'repository.full_name');
  return {
    number,
    baseSha: sha(event, 'pull_request.base.sha'),
    headSha: sha(event, 'pull_request.head.sha'),
    headRepo,
    baseRepo,
    // A deleted fork has no head repo; treat it as a fork (its token is read-only).
    fork: field(event.payload, 'pull_request.head.repo') === null || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo),
  };
}

export function defaultBranchOf(event: GitHubEvent): string | undefined {
  return optionalString(event, 'repository.default_branch');
}

/** What the event asks to scan, before git is consulted. */
export function wantedScope(
  event: GitHubEvent,
  inputs: { scope: ScopeInput; base: string; head: string; surfaces?: readonly string[] },
  env: { sha?: string } = {},
): Wanted {
  if (inputs.scope === 'history') return { kind: 'history', why: 'scope: history' };
  if (inputs.scope === 'files') return { kind: 'files', why: 'scope: files' };

  const fromEvent = eventScope(event);
  if (inputs.base) {
    const head = inputs.head || (fromEvent.kind === 'range' || fromEvent.kind === 'branch' ? fromEvent.head : env.sha || 'HEAD');
    return { kind: 'range', base: inputs.base, head, why: `inputs base..head` };
  }
  if (inputs.head && (fromEvent.kind === 'range' || fromEvent.kind === 'branch')) {
    return { ...fromEvent, head: inputs.head };
  }
  if (inputs.scope === 'range' && fromEvent.kind !== 'range' && fromEvent.kind !== 'branch' && fromEvent.kind !== 'none' && fromEvent.kind !== 'surfaces') {
    throw new UserError(`input scope: range needs a base (input base) on a ${event.name || 'non-event'} run`);
  }
  // An audit told to leave `code` out of its surfaces reads only GitHub's surfaces, not the history.
  if (fromEvent.kind === 'history' && inputs.surfaces && !inputs.surfaces.includes('code')) {
    return { kind: 'surfaces', why: `${event.name} event: an audit of ${inputs.surfaces.join(', ')}` };
  }
  return fromEvent;
}

function eventScope(event: GitHubEvent): Wanted {
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pull = pullRequestOf(event)!;
      return { kind: 'range', base: pull.baseSha, head: pull.headSha, why: `pull request #${pull.number}` };
    }
    case 'merge_group':
      return {
        kind: 'range',
        base: sha(event, 'merge_group.base_sha'),
        head: sha(event, 'merge_group.head_sha'),
        why: 'merge group',
      };
    case 'push':
      return pushScope(event);
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'history', why: `${event.name} event: a full audit` };
    case 'issues':
    case 'issue_comment':
    case 'discussion':
    case 'discussion_comment':
      return { kind: 'surfaces', why: `${event.name} event: its conversation text` };
    default:
      return { kind: 'files', why: `${event.name || 'unknown'} event` };
  }
}

function pushScope(event: GitHubEvent): Wanted {
  const ref = optionalString(event, 'ref') ?? '';
  const branch = ref.replace(/^refs\/(heads|tags)\//, '');
  const before = optionalString(event, 'before') ?? '';
  const afterValue = optionalString(event, 'after') ?? '';
  if (field(event.payload, 'deleted') === true || (afterValue && isNullOid(afterValue))) {
    return { kind: 'none', why: `${ref || 'the ref'} was deleted: nothing to scan` };
  }
  const after = sha(event, 'after');
  const defaultBranch = defaultBranchOf(event);
  if (!before || isNullOid(before) || field(event.payload, 'created') === true) {
    if (defaultBranch && ref === `refs/heads/${defaultBranch}`) {
      return { kind: 'history', why: `first push of the default branch ${defaultBranch}` };
    }
    return {
      kind: 'branch',
      head: after,
      why: `new ${ref.startsWith('refs/tags/') ? 'tag' : 'branch'} ${branch}`,
      fallback: { defaultBranch, ifOnDefault: 'nothing' },
    };
  }
  if (!SHA.test(before)) throw new UserError('malformed push event: before is not a commit id');
  const forced = field(event.payload, 'forced') === true;
  return {
    kind: 'range',
    base: before,
    head: after,
    why: `${forced ? 'forced ' : ''}push to ${branch || 'a ref'}`,
    fallback: { defaultBranch, ifOnDefault: defaultBranch === branch ? 'head-commit' : 'nothing' },
  };
}
