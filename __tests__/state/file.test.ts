/**
 * The state file as hostile input, and its atomic write: nothing in it can crash a run or make it write elsewhere.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_STATE_BYTES, parseState, readState, stateText, writeAtomically, type HistoryState } from '../../src/state/file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aks-state-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = 'a'.repeat(64);
const good = (): Omit<HistoryState, 'kind' | 'version' | 'tool'> => ({
  judge: 'b'.repeat(64),
  scannedAt: '2026-01-01T00:00:00.000Z',
  tips: ['c'.repeat(40)],
  findings: [
    {
      secretSha256: sha,
      redacted: 'sk-ant-api03-abc...wxAA',
      rule: 'anthropic-api-key',
      status: 'unchecked',
      locations: [{ kind: 'file', path: '../../outside/x', line: 1, column: 2, commit: 'd'.repeat(40), object: 'e'.repeat(40) }],
    },
  ],
});

describe('readState', () => {
  it('reads back what stateText wrote; a path with .. is only text', async () => {
    const file = join(dir, 's.json');
    await writeAtomically(file, stateText(good()));
    const state = await readState(file);
    expect(state).toMatchObject({ version: 1, findings: [{ secretSha256: sha, locations: [{ path: '../../outside/x' }] }] });
  });

  it('keeps each surface cursor; a state without them (an older one) reads back without them', () => {
    const cursors = { conversations: '2026-01-02T03:04:05.678Z', runs: '2026-01-01T00:00:00Z' };
    expect(parseState(stateText({ ...good(), surfaces: cursors }))).toMatchObject({ surfaces: cursors });
    expect(parseState(stateText(good()))).not.toHaveProperty('surfaces');
    expect(stateText({ ...good(), surfaces: {} })).not.toContain('surfaces');
  });

  it('a missing file, a directory, a FIFO and a huge (sparse) file are unusable, never read whole', async () => {
    expect(await readState(join(dir, 'none.json'))).toEqual({ reason: 'missing', detail: 'no such file' });
    expect(await readState(dir)).toMatchObject({ reason: 'corrupt' });
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await readState(fifo)).toMatchObject({ reason: 'corrupt', detail: 'not a regular file' });
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_STATE_BYTES + 1);
    expect(await readState(huge)).toMatchObject({ reason: 'corrupt', detail: expect.stringContaining('larger than') });
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['deep arrays', `${'['.repeat(500_000)}${']'.repeat(500_000)}`],
    ['deep objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['a string for findings', JSON.stringify({ ...JSON.parse(stateText(good())), findings: 'x' })],
    ['a finding with an unknown rule', stateText(good()).replace('anthropic-api-key', 'toString')],
    ['a prototype key', stateText(good()).replace('"status":"unchecked"', '"status":"__proto__"')],
    ['a huge line', stateText(good()).replace('"line":1', '"line":1e400')],
    ['a surface cursor that is not a time', stateText({ ...good(), surfaces: { conversations: '2026-01-01T00:00:00Z&state=all' } })],
    ['a surface cursor with an odd name', stateText({ ...good(), surfaces: { 'Conversations\u001b[31m': '2026-01-01T00:00:00Z' } })],
    ['surface cursors as a list', JSON.stringify({ ...JSON.parse(stateText(good())), surfaces: ['2026-01-01T00:00:00Z'] })],
    ['a location without its object', stateText(good()).replace(/,"object":"e+"/, '')],
  ])('%s is corrupt, not a crash', (_name, text) => {
    const state = parseState(text);
    expect(state).toHaveProperty('reason');
  });
});

describe('writeAtomically', () => {
  it('replaces the file whole, and leaves no temp file when the rename fails', async () => {
    const file = join(dir, 's.json');
    await writeAtomically(file, 'one');
    await writeAtomically(file, 'two');
    expect(readdirSync(dir)).toEqual(['s.json']);
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    await expect(writeAtomically(blocked, 'x')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 's.json']);
  });
});
