/**
 * Who the token writes as: the only author whose comments and issues this tool takes for its own. Anyone can
 * copy a hidden marker into a comment; nobody else can post as the token's identity.
 *
 * - A personal access token (classic or fine-grained) or a user's OAuth token: `GET /user` names the user.
 * - An installation token (GITHUB_TOKEN, an app's token from create-github-app-token): `GET /user` answers 403
 *   "Resource not accessible by integration" and `GET /app` needs the app's JWT, but GraphQL's `viewer` names
 *   the app's bot (`<slug>[bot]`).
 * - When neither answers: GITHUB_TOKEN's own bot, `github-actions[bot]` (what the Action's default token is).
 */
import type { GitHubClient } from '../../github/client.js';
import { describeRequestError } from '../../github/client.js';

/** The author of what the workflow's GITHUB_TOKEN writes. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface TokenIdentity {
  login: string;
  /** How it was learned: asked of GitHub, or taken as GITHUB_TOKEN's bot because GitHub would not say. */
  source: 'user' | 'viewer' | 'assumed';
  /** Why GitHub would not say, when assumed (one line). */
  note?: string;
}

/** A login as GitHub spells it: letters, digits, hyphens, and `[bot]` for apps. Anything else is not trusted. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

export async function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  const problems: string[] = [];
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && LOGIN.test(data.login)) return { login: data.login, source: 'user' };
  } catch (error) {
    problems.push(`GET /user: ${describeRequestError(error)}`);
  }
  try {
    const data = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = data.viewer?.login;
    if (typeof login === 'string' && LOGIN.test(login)) return { login, source: 'viewer' };
  } catch (error) {
    problems.push(`GraphQL viewer: ${describeRequestError(error)}`);
  }
  return { login: ACTIONS_BOT, source: 'assumed', note: problems.join('; ') };
}

/** Whether `user` (a comment's or issue's author) is the token's identity. GitHub logins are case-insensitive. */
export function writtenBy(user: { login?: string } | null | undefined, identity: TokenIdentity): boolean {
  return typeof user?.login === 'string' && user.login.toLowerCase() === identity.login.toLowerCase();
}
