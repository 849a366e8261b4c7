import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BATCH_USAGE, MERGE_USAGE, REPOS_USAGE } from '../../src/cli/usage.js';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { needs?: string | string[]; if?: string; strategy?: Record<string, unknown>; steps: Step[]; outputs?: Record<string, string> }

const text = readFileSync(new URL('../../.github/workflows/org-audit.yml', import.meta.url), 'utf8');
const workflow = parse(text) as {
  on: { workflow_call: { inputs: Record<string, { type: string }>; secrets: Record<string, unknown>; outputs: Record<string, unknown> } };
  jobs: Record<string, Job>;
};

describe('the reusable org-audit workflow', () => {
  const call = workflow.on.workflow_call;

  it('takes the inputs and secrets the docs promise', () => {
    for (const name of ['org', 'batch-size', 'max-parallel', 'verify', 'revoke', 'include-archived', 'include-forks', 'tool-ref']) {
      expect(call.inputs).toHaveProperty([name]);
    }
    expect(Object.keys(call.secrets).sort()).toEqual(['admin-key', 'token']);
  });

  it('references only inputs, secrets and job outputs that exist', () => {
    for (const [, name] of text.matchAll(/\binputs\.([a-z-]+)/g)) expect(Object.keys(call.inputs)).toContain(name);
    for (const [, name] of text.matchAll(/\bsecrets\.([a-z-]+)/g)) expect(Object.keys(call.secrets)).toContain(name);
    for (const [, job, output] of text.matchAll(/\b(?:needs|jobs)\.([a-z]+)\.outputs\.([a-z-]+)/g)) {
      expect(Object.keys(workflow.jobs[job].outputs ?? {})).toContain(output);
    }
  });

  it('never interpolates an expression into a shell script (inputs reach scripts through env)', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
    }
  });

  it('wires list -> matrix scan (max-parallel, no fail-fast) -> merge that runs after failures', () => {
    const { list, scan, merge } = workflow.jobs;
    expect(list.outputs).toHaveProperty('matrix');
    expect(scan.needs).toBe('list');
    expect(scan.strategy).toMatchObject({
      'fail-fast': false,
      'max-parallel': '${{ inputs.max-parallel }}',
      matrix: '${{ fromJSON(needs.list.outputs.matrix) }}',
    });
    expect(merge.if).toContain('always()');
    const upload = scan.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.if).toBe('always()');
    const download = merge.steps.find((s) => s.with?.pattern);
    expect(download?.with).toMatchObject({ pattern: 'anthropic-key-scan-report-*', 'merge-multiple': true });
  });

  it('has shell scripts bash can parse', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (!step.run) continue;
        const check = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);
      }
    }
  });

  it('passes only flags the commands accept', () => {
    const usage = { repos: REPOS_USAGE, batch: BATCH_USAGE, merge: MERGE_USAGE };
    const scripts = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    const all = scripts.join('\n');
    for (const command of Object.keys(usage)) {
      expect(all).toContain(` ${command} `);
    }
    for (const script of scripts) {
      const command = (['repos', 'batch', 'merge'] as const).filter((c) => script.includes(`index.js ${c}`) || script.includes(`"$cli" ${c}`));
      if (command.length === 0) continue;
      const flags = [...script.matchAll(/(?<![\w-])(--[a-z][a-z-]+)/g)].map((m) => m[1]);
      for (const flag of flags) expect(command.some((c) => usage[c].includes(flag))).toBe(true);
    }
  });
});
