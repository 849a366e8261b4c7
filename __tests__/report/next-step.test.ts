/**
 * Next steps are true, and said the same way everywhere: for every kind, status and run (verified or not,
 * revocation asked or not), the one function never tells a user to verify what was verified or can never be,
 * nor to revoke through the API what the API cannot revoke; and every surface shows its sentence.
 */
import { describe, expect, it } from '@jest/globals';
import { KINDS, kindOf } from '../../src/core/kinds.js';
import { adviceFor, nextStep, type AdviceContext } from '../../src/core/next-step.js';
import type { JsonReport } from '../../src/core/report.js';
import type { Status } from '../../src/core/types.js';
import { planAnnotations } from '../../src/report/github/annotations.js';
import { checkAnnotations } from '../../src/report/github/check-run.js';
import { inlineBody } from '../../src/report/github/review.js';
import { AT_ROOT } from '../../src/report/github/where.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { finding, reportOf } from './github/fixtures.js';

const STATUSES: Status[] = ['live', 'unknown', 'unchecked', 'invalid'];
const RUNS: AdviceContext[] = (['cli', 'action'] as const).flatMap((surface) =>
  [false, true].flatMap((verify) => [false, true].map((revoke) => ({ surface, verify, revoke: verify && revoke }))),
);

describe('nextStep', () => {
  for (const kind of KINDS) {
    for (const status of STATUSES) {
      it(`is true for a ${status} ${kind.id} in every run`, () => {
        for (const run of RUNS) {
          const step = nextStep({ rule: kind.id, status }, run);
          const checkable = kind.check.method !== 'none';
          // Verification is offered only when this run did not verify and the kind can be checked.
          if (run.verify || !checkable) expect(step).not.toMatch(/--verify|verify: true/);
          if (status === 'unchecked' && !run.verify && checkable) expect(step).toContain(run.surface === 'cli' ? 'run with --verify' : 'verify: true');
          // The tool's revocation is offered only for kinds the Admin API deactivates, in runs that did not ask for it.
          if (kind.revoke.via !== 'admin-api' || run.revoke) expect(step).not.toMatch(/--revoke|revoke: true/);
          if (status !== 'invalid' && (status !== 'unchecked' || run.verify || !checkable)) expect(step).toContain(kind.fix);
          if (status === 'invalid') expect(step).not.toContain(kind.fix);
          // A workflow's reader is told of inputs, not of flags.
          if (run.surface === 'action') expect(step).not.toMatch(/--[a-z]/);
        }
      });
    }
  }

  it('reads the run from the report, and from its statuses when a report does not say (older, merged)', () => {
    const f = finding('a', 'unchecked', [{ path: 'a' }]);
    expect(adviceFor({ ...reportOf([f]), options: { verify: true, revoke: false } }, 'cli').verify).toBe(true);
    expect(adviceFor(reportOf([f]), 'cli').verify).toBe(false);
    expect(adviceFor(reportOf([f, finding('b', 'invalid', [{ path: 'b' }])]), 'cli').verify).toBe(true);
  });
});

describe('every surface says the same next step', () => {
  /** One finding per kind and status, each at its own path. */
  function reportFor(options: JsonReport['options']): JsonReport {
    const findings = KINDS.flatMap((kind) =>
      STATUSES.map((status) => finding(`${kind.id}-${status}`, status, [{ path: `${kind.id}/${status}.txt`, line: 3, column: 1 }], { rule: kind.id })),
    );
    return { ...reportOf(findings, { kind: 'files', root: '.' }), ...(options ? { options } : {}) };
  }

  for (const options of [{ verify: false, revoke: false }, { verify: true, revoke: false }, { verify: true, revoke: true }]) {
    it(`text, SARIF, annotations, check run and review comments, with ${JSON.stringify(options)}`, () => {
      const report = reportFor(options);
      const cli = adviceFor(report, 'cli');
      const action = adviceFor(report, 'action');
      const text = renderText(report, { color: false });
      const sarif = toSarif(report).runs[0]!.results!;
      const actionSarif = toSarif(report, { surface: 'action' }).runs[0]!.results!;
      const annotations = planAnnotations(report, AT_ROOT, { elsewhere: 'the summary', perLevel: 1000 });
      const checks = checkAnnotations(report, AT_ROOT);
      for (const f of report.findings) {
        const path = f.locations[0]!.path!;
        expect(text).toContain(`  ${nextStep(f, cli)}\n  ${path}:3:1`);
        expect(sarif.find((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === path)?.message.text).toContain(`: ${nextStep(f, cli)}.`);
        expect(actionSarif.find((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === path)?.message.text).toContain(`: ${nextStep(f, action)}.`);
        expect(annotations.find((a) => a.properties.file === path)?.message).toContain(`: ${nextStep(f, action)}.`);
        expect(checks.find((c) => c.path === path)?.message).toContain(`: ${nextStep(f, action)}.`);
        const body = inlineBody(f, f.locations[0]!, action);
        expect(body).toContain(`: ${nextStep(f, action)}.`);
        if (kindOf(f.rule).revoke.via !== 'admin-api') expect(body).not.toMatch(/--revoke|revoke: true|Console \(Settings > API keys\)/);
      }
      if (options.verify) {
        expect(text).not.toContain('--verify');
        for (const r of [...sarif, ...actionSarif]) expect(r.message.text).not.toMatch(/--verify|verify: true/);
        for (const a of annotations) expect(a.message).not.toContain('verify: true');
      }
    });
  }
});
