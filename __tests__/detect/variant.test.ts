/** A shared prefix named by its context (`oat01`: routine trigger token, setup token…), from file to report. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli as cli } from '../helpers/cli.js';
import { PREFIX, randomBody } from '../helpers/keys.js';

const routine = `${PREFIX}oat01-${randomBody('variant-routine', 95)}`;
const setup = `${PREFIX}oat01-${randomBody('variant-setup', 95)}`;
const plain = `${PREFIX}oat01-${randomBody('variant-plain', 95)}`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aks-variant-'));
  await writeFile(
    path.join(dir, 'fire.sh'),
    [
      'curl -X POST https://api.anthropic.com/v1/claude_code/routines/trig_01/fire \\',
      `  -H "Authorization: Bearer ${routine}" \\`,
      '  -H "anthropic-beta: experimental-cc-routine-2026-04-01"',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, '.env'), `CLAUDE_CODE_OAUTH_TOKEN=${setup}\nTOKEN=${plain}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('variants', () => {
  it('names the variant the context shows, in JSON and text; none where the context says nothing', async () => {
    const json = JSON.parse((await cli(['--format', 'json', dir])).stdout);
    const byHint = new Map(json.findings.map((f: { redacted: string; variant?: string }) => [f.redacted, f.variant]));
    const hint = (k: string): string => `${k.slice(0, 16)}...${k.slice(-4)}`;
    expect(byHint.get(hint(routine))).toBe('Claude Code routine trigger token');
    expect(byHint.get(hint(setup))).toBe('Claude Code OAuth token (claude setup-token)');
    expect(byHint.get(hint(plain))).toBeUndefined();
    expect(json.findings.every((f: { rule: string }) => f.rule === 'anthropic-oauth-access-token')).toBe(true);
    const text = (await cli([dir])).stdout;
    expect(text).toContain('which: Claude Code routine trigger token');
  });
});
