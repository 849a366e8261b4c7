/**
 * Where the scanned repository's keys could be seen: its visibility, from the event's payload (`repository.visibility`,
 * or `repository.private`), else from the API (`GET /repos/{owner}/{repo}`: scheduled and manual runs carry no
 * repository object), else unknown. Only for the workflow's own repository: an audit of another (the `repository`
 * input) is not described by this event.
 */
import type { Visibility } from '../core/types.js';
import { isObject } from '../core/json.js';
import type { GitHubClient } from '../github/client.js';
import type { GitHubEvent } from './event.js';

const KNOWN = new Set<string>(['public', 'private', 'internal']);

/** The visibility a repository object says (`visibility`, else `private`), or undefined. */
export function visibilityIn(repository: unknown): Visibility | undefined {
  if (!isObject(repository)) return undefined;
  const visibility = repository['visibility'];
  if (typeof visibility === 'string' && KNOWN.has(visibility)) return visibility as Visibility;
  if (typeof repository['private'] === 'boolean') return repository['private'] ? 'private' : 'public';
  return undefined;
}

export async function repositoryVisibility(
  event: GitHubEvent,
  workflowRepository: string | undefined,
  scannedRepository: string,
  client: () => GitHubClient | undefined,
): Promise<Visibility> {
  if (!workflowRepository || (scannedRepository && scannedRepository.toLowerCase() !== workflowRepository.toLowerCase())) return 'unknown';
  const fromEvent = visibilityIn(event.payload['repository']);
  if (fromEvent) return fromEvent;
  const github = client();
  const [owner, repo] = workflowRepository.split('/');
  if (!github || !owner || !repo) return 'unknown';
  try {
    const { data } = await github.rest.repos.get({ owner, repo });
    return visibilityIn(data) ?? 'unknown';
  } catch {
    // No permission or no answer: the report says unknown, which is the truth.
    return 'unknown';
  }
}
