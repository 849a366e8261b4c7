import { describe, expect, it } from '@jest/globals';
import { publish, type PublishInput } from '../../src/action/publish.js';
import type { RunnerLog } from '../../src/action/runner-log.js';
import { readInputs } from '../../src/action/inputs.js';
import { inputEnv } from './run-action.js';

function quietLog(lines: string[]): RunnerLog {
  const say = (kind: string) => (text: string) => void lines.push(`${kind}: ${text}`);
  return { info: say('info'), debug: say('debug'), error: say('error'), warning: say('warning'), notice: say('notice'), fail: say('fail'), mask: () => undefined };
}

describe('publish', () => {
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
  });
});
