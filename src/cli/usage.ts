/** The help of each command, written from its option table (cli/args.ts): a flag that exists is listed. */
import { DEFAULT_CLONE_URL_TEMPLATE } from '../audit/clone.js';
import { describeOptions } from '../core/flags.js';
import { BATCH_OPTIONS, MERGE_OPTIONS, REPOS_OPTIONS, SCAN_OPTIONS, SURFACES_OPTIONS } from './args.js';

export const USAGE = `Usage: anthropic-key-scan [options] [PATH]
       anthropic-key-scan COMMAND [options]     (surfaces, repos, batch, merge, help, version)

Find Anthropic credentials (API, Admin and Compliance keys, Claude Code OAuth tokens, claude.ai session keys) and check whether they work.
PATH is a directory, file or repository (default .); - reads standard input (\`git diff | anthropic-key-scan -\`).

${describeOptions(SCAN_OPTIONS)}

GitHub's surfaces beyond the git tree:
  surfaces OWNER/NAME [--surfaces LIST] [--since DATE]   conversations, wiki, releases (GH_TOKEN)

Commands for organization audits (\`anthropic-key-scan help COMMAND\` for each one's options):
  repos ORG [--batch N] [--include-archived] [--include-forks]   matrix JSON of ORG's repositories
  batch --repositories A,B [--verify] [--revoke] [--output-dir DIR]   clone and scan a batch
  merge REPORT...           merge JSON reports into one, one finding per key

Exit status: 0 nothing to report, 1 findings (as --fail-on says), 2 usage or runtime error.
`;

export const REPOS_USAGE = `Usage: anthropic-key-scan repos ORG [options]

List ORG's repositories (GITHUB_TOKEN, GITHUB_API_URL) and print a GitHub Actions matrix of batches:
  {"include":[{"batch":1,"repositories":["ORG/a","ORG/b"]},...]}

${describeOptions(REPOS_OPTIONS)}
`;

export const BATCH_USAGE = `Usage: anthropic-key-scan batch --repositories OWNER/A,OWNER/B [options]

Clone each repository (bare, whole history), scan it, verify each distinct key once for the whole batch,
and write one JSON report per repository (OWNER__NAME.json). GITHUB_TOKEN authenticates the clones
(default clone URL ${DEFAULT_CLONE_URL_TEMPLATE}).

${describeOptions(BATCH_OPTIONS)}
`;

export const SURFACES_USAGE = `Usage: anthropic-key-scan surfaces OWNER/NAME [options]

Scan a repository's GitHub surfaces beyond its git tree: conversations (issues, pull requests, their comments,
review comments, discussions), the wiki (its whole history) and releases (notes and assets, archives opened).
Token: GH_TOKEN or GITHUB_TOKEN (read-only is enough: issues, pull-requests, discussions, contents: read);
API: GITHUB_API_URL (default https://api.github.com); wiki: GITHUB_SERVER_URL (default https://github.com).
Each surface the token cannot read is a note. The code itself: clone it and scan with --history.

${describeOptions(SURFACES_OPTIONS)}
Exit status: 0 nothing to report, 1 findings (as --fail-on says), 2 usage or runtime error.
`;

export const MERGE_USAGE = `Usage: anthropic-key-scan merge REPORT... [options]

Merge JSON reports (files, or directories holding *.json) into one: one finding per key across
repositories, with the most severe status any job saw (live > unknown > invalid > unchecked).

${describeOptions(MERGE_OPTIONS)}
`;

const BY_COMMAND: Record<string, string> = { scan: USAGE, surfaces: SURFACES_USAGE, repos: REPOS_USAGE, batch: BATCH_USAGE, merge: MERGE_USAGE };

/** The help of `command` (the scan's for none), or undefined for a name that is no command. */
export function usageOf(command?: string): string | undefined {
  return command === undefined || command === 'help' || command === 'version' ? USAGE : BY_COMMAND[command];
}
