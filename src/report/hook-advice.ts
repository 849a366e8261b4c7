/**
 * What to do when a hook blocks a commit or a push, after the text report: take the key out and rotate it
 * (where, from each kind's remediation in core/kinds.ts), mark a false alarm, or skip the hook once for a known
 * one. Short: it is read in a terminal, in the middle of a commit.
 */
import { kindOf, ruleTitle } from '../core/kinds.js';
import type { JsonReport } from '../core/report.js';
import { TOOL_NAME } from '../core/version.js';

/** What the person at the hook was doing: a commit, a push, or a manual `pre-commit run`. */
export type HookAction = 'commit' | 'push' | 'run';

export function hookAdvice(report: Pick<JsonReport, 'findings'>, action: HookAction): string {
  if (report.findings.length === 0) return '';
  const out = [`What to do${action === 'run' ? '' : ` before you ${action}`}:`];
  const takeOut =
    action === 'push'
      ? 'Take each key out of the commits being pushed (git commit --amend for the last one, git rebase -i for older ones)'
      : action === 'commit'
        ? 'Take each key out of the staged files (read it from the environment or a secret store instead)'
        : 'Take each key out of the files';
  out.push(`  1. ${takeOut}, and rotate it: a key that was ever written down is as good as shared.`);
  for (const rule of new Set(report.findings.map((f) => f.rule))) out.push(`     ${ruleTitle(rule)}: ${rotationPlace(rule)}`);
  out.push(`  2. Not a real key (a test fixture, an example): add a comment holding ${TOOL_NAME}:allow on its line.`);
  if (action !== 'run') {
    out.push(`  3. A known false alarm, this once: SKIP=${TOOL_NAME} git ${action}${action === 'commit' ? ' ...' : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** Where a kind is rotated: the first link of its remediation, as `text (url)`; its first line when it has none. */
export function rotationPlace(rule: string): string {
  const help = kindOf(rule).help;
  const link = /\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/.exec(help);
  if (link) return `${link[1]} (${link[2]})`;
  return help.split('\n')[0].replace(/[*`]/g, '');
}
