/**
 * What to do next about a finding: the one sentence every surface shows beside its status (text report, SARIF,
 * annotations, check run, review comments). It must be true for the finding and the run: no "run with --verify"
 * when the run verified or when the kind can never be checked (OAuth, session, compliance keys), and no
 * "--revoke" for a kind the Admin API cannot deactivate. The kind's own fix comes from its row (core/kinds.ts).
 */
import { kindOf } from './kinds.js';
import type { JsonFinding, JsonReport } from './report.js';

/** Where the reader runs the tool: how they turn verification and revocation on is said in its words. */
export type Surface = 'cli' | 'action';

export interface AdviceContext {
  surface: Surface;
  /** The run asked for verification (--verify, verify: true). */
  verify: boolean;
  /** The run asked for revocation (--revoke, revoke: true). */
  revoke: boolean;
}

const WORDS: Record<Surface, { verify: string; revoke: string; maxVerify: string }> = {
  cli: { verify: 'run with --verify to check it', revoke: '--revoke with an admin key does it for you', maxVerify: '--max-verify' },
  action: { verify: 'verify: true checks it', revoke: 'revoke: true with an admin-key does it for you', maxVerify: 'the max-verify input' },
};

/** The run's options as a report records them; a report without them (an older one, a merge) tells by its statuses. */
export function adviceFor(report: Pick<JsonReport, 'options' | 'findings'>, surface: Surface): AdviceContext {
  const verify = report.options?.verify ?? report.findings.some((f) => f.status !== 'unchecked');
  return { surface, verify, revoke: report.options?.revoke ?? false };
}

/** What the kind's fix is, with the tool's own way to do it when it has one and the run did not use it. */
export function kindFix(rule: string, ctx: AdviceContext): string {
  const kind = kindOf(rule);
  const byTool = kind.revoke.via === 'admin-api' && !ctx.revoke ? ` (${WORDS[ctx.surface].revoke})` : '';
  return `${kind.fix}${byTool}`;
}

/** The next step for one finding, as a phrase without a final period. */
export function nextStep(finding: Pick<JsonFinding, 'rule' | 'status' | 'revocation'>, ctx: AdviceContext): string {
  const kind = kindOf(finding.rule);
  switch (finding.status) {
    case 'live':
      if (finding.revocation?.outcome === 'deactivated') return 'an incident: the key was live and has been deactivated; replace it where it is used';
      return `an incident: the key works; ${kindFix(finding.rule, ctx)} now`;
    case 'invalid':
      return 'clean-up: the key no longer works; remove it from the code';
    case 'unchecked':
      if (kind.check.method === 'none') return `cannot be checked (no safe check exists for this kind): treat it as live and ${kindFix(finding.rule, ctx)}`;
      if (ctx.verify) return `not checked in this run (past ${WORDS[ctx.surface].maxVerify}, or see its status): treat it as live and ${kindFix(finding.rule, ctx)}`;
      return `not verified (${WORDS[ctx.surface].verify}): treat it as live until checked`;
    case 'unknown':
    default:
      return `could not be verified: treat it as live and ${kindFix(finding.rule, ctx)}`;
  }
}
