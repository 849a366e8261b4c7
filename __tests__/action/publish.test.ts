import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { publish, type PublishInput } from '../../src/action/publish.js';
import type { RunnerLog } from '../../src/action/runner-log.js';
import { readInputs } from '../../src/action/inputs.js';
import { captureStdout, type StdoutCapture } from '../helpers/stdout-capture.js';
import { inputEnv } from './run-action.js';

function quietLog(lines: string[]): RunnerLog {
  const say = (kind: string) => (text: string) => void lines.push(`${kind}: ${text}`);
  return { info: say('info'), debug: say('debug'), error: say('error'), warning: say('warning'), notice: say('notice'), fail: say('fail'), mask: () => undefined };
}

describe('publish', () => {
  // Outside a runner (no GITHUB_OUTPUT) @actions/core prints outputs as `::set-output` commands, and
  // @actions/artifact logs its checks: kept here, not printed among the test results.
  let printed: StdoutCapture;
  beforeEach(() => void (printed = captureStdout()));
  afterEach(() => printed.restore());

  it('runs every output whatever the others do, each with its own outcome', async () => {
    const env = inputEnv({ summary: 'true' });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    const lines: string[] = [];
    const summaries: string[] = [];
    const input = {
      report: { version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'files' }, findings: [], suppressed: [], stats: {} },
      inputs, log: quietLog(lines), facts: { placement: { repoPrefix: '', workspacePrefix: '' }, problems: [] },
      links: { placement: { repoPrefix: '', workspacePrefix: '' }, serverUrl: 'https://github.com' },
      dirs: { outputDir: '/nonexistent-dir-for-test/x', workspace: '/nonexistent-dir-for-test' }, scanned: 'files', notices: [], eventName: 'push',
      writeSummary: async (markdown: string) => void summaries.push(markdown),
    } as unknown as PublishInput;
    const boom = { name: 'boom', run: async () => { throw new Error('disk full'); } };
    const outcomes = await publish(input, [boom, ...(await import('../../src/action/publish.js')).OUTPUTS]);
    expect(outcomes.find((o) => o.output === 'boom')).toMatchObject({ state: 'failed', detail: 'disk full' });
    expect(outcomes.find((o) => o.output === 'report-file')?.state).toBe('failed');
    expect(outcomes.find((o) => o.output === 'summary')?.state).toBe('done');
    // The summary names what could not be done.
    expect(summaries[0]).toMatch(/boom: disk full/);
    expect(summaries[0]).toMatch(/report-file: /);
    expect(lines).toContain('warning: boom: disk full');
    expect(printed.text()).toContain('::set-output name=findings::0');
  });

  it('a reports artifact that cannot be uploaded is a notice, not a warning nor a failure', async () => {
    const env = inputEnv({ 'upload-artifact': 'true' });
    const inputs = readInputs((name) => env[`INPUT_${name.toUpperCase()}`] ?? '');
    const lines: string[] = [];
    const saved = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const input = {
        report: { version: 1, tool: { name: 't', version: '0' }, scope: { kind: 'files' }, findings: [], suppressed: [], stats: {} },
        inputs, log: quietLog(lines), facts: { placement: { repoPrefix: '', workspacePrefix: '' }, problems: [] },
        links: { placement: { repoPrefix: '', workspacePrefix: '' }, serverUrl: 'https://github.com' },
        dirs: { outputDir: '/tmp', workspace: '/tmp' }, scanned: 'files', notices: [], eventName: 'schedule',
      } as unknown as PublishInput;
      const { OUTPUTS } = await import('../../src/action/publish.js');
      const files = OUTPUTS.filter((o) => o.name === 'artifact');
      const earlier = { output: 'report-file', state: 'done' as const, path: new URL(import.meta.url).pathname };
      const outcomes = await publish(input, [{ name: 'report-file', run: async () => earlier }, ...files]);
      expect(outcomes.find((o) => o.output === 'artifact')).toMatchObject({ state: 'skipped', detail: 'not uploaded' });
      expect(lines.filter((l) => l.startsWith('notice: could not upload the reports'))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      if (saved !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved;
    }
  });
});
