import { describe, it, expect, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineFromReport, loadBaseline } from '../../src/findings/baseline.js';
import { UserError } from '../../src/core/errors.js';

const A = 'a'.repeat(64);
const B = 'B'.repeat(64);
const dir = mkdtempSync(join(tmpdir(), 'aks-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('baseline', () => {
  it('collects secrets from findings and suppressed', async () => {
    const file = write('ok.json', JSON.stringify({ version: 1, findings: [{ secretSha256: A }], suppressed: [{ secretSha256: B }], stats: {} }));
    expect(await loadBaseline(file)).toEqual(new Set([A, B.toLowerCase()]));
  });

  it('accepts a report without suppressed', () => {
    expect(baselineFromReport({ version: 1, findings: [] }, 'f')).toEqual(new Set());
  });

  it.each([
    [[], 'f: not a JSON report (expected an object); write a baseline with --format json'],
    [{ version: 2, findings: [] }, 'f: unsupported report version 2 (expected 1)'],
    [{ findings: [] }, 'f: unsupported report version null (expected 1)'],
    [{ version: '2.1.0', runs: [] }, 'f: a SARIF file, not a JSON report; write a baseline with --format json or --write-baseline'],
    [{ version: 1 }, 'f: "findings" must be a list'],
    [{ version: 1, findings: [{ secretSha256: 'xyz' }] }, 'f: findings[0].secretSha256 must be a 64-character SHA-256 hex digest'],
    [{ version: 1, findings: [], suppressed: [null] }, 'f: suppressed[0].secretSha256 must be a 64-character SHA-256 hex digest'],
  ])('rejects %j', (data, message) => {
    expect(() => baselineFromReport(data, 'f')).toThrow(new UserError(message));
  });

  it('says when the file is missing or not JSON', async () => {
    await expect(loadBaseline(join(dir, 'none.json'))).rejects.toThrow(`baseline file not found: ${join(dir, 'none.json')}`);
    await expect(loadBaseline(write('bad.json', '{ nope'))).rejects.toThrow(/bad\.json: not a JSON report \(not valid JSON\)/);
    await expect(loadBaseline(dir)).rejects.toThrow(/baseline file is a directory/);
  });
});
