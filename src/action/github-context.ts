/**
 * Where the Action's results go on GitHub, from the runner's environment: the repository the reviews, check
 * run and issue are for, the server and API the links and requests use, and the run the artifact belongs to.
 */
import type { PublishInput } from './publish.js';
import type { ReportFacts } from './report-facts.js';

export type GitHubContext = Pick<PublishInput, 'links' | 'target' | 'apiUrl' | 'runUrl' | 'run'>;

export function githubContext(env: NodeJS.ProcessEnv, repositoryInput: string, facts: ReportFacts): GitHubContext {
  const repository = repositoryInput || env.GITHUB_REPOSITORY || '';
  const [owner, repo] = (env.GITHUB_REPOSITORY || repository).split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    links: { placement: facts.placement, serverUrl, ...(repository ? { repository } : {}), ...(facts.headSha ? { sha: facts.headSha } : {}) },
    ...(owner && repo ? { target: { owner, repo } } : {}),
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(owner && repo && env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    run: { serverUrl, ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}), ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}) },
  };
}
