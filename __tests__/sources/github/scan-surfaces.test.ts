/** runScan with GitHub surfaces: one surface that fails part-way keeps what it found, and the others still run. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan, Source } from '../../../src/core/types.js';
import { runScan } from '../../../src/scan.js';
import { itemsSource } from '../../../src/sources/github/items.js';
import { fakeKey } from '../../helpers/keys.js';

const root = mkdtempSync(join(tmpdir(), 'aks-scan-surfaces-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan: Plan = { scope: { kind: 'surfaces', root }, surfaces: ['conversations', 'releases'], verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1 << 20, quiet: true };

describe('runScan with surfaces', () => {
  it('a surface that fails after a hit: the hit kept, the error named, the result incomplete; the next surface runs', async () => {
    const first = fakeKey('api03', 'surface-failing');
    const second = fakeKey('api03', 'surface-next');
    const failing = itemsSource(function* () {
      yield { kind: 'issue', number: 1, title: 't', body: first };
      throw new Error('GitHub did not answer within 30 s');
    }, { maxFileSize: 1 << 20 });
    const next: Source = itemsSource(() => [{ kind: 'comment', number: 2, body: second }], { maxFileSize: 1 << 20 });
    const result = await runScan(plan, { surfaces: [{ name: 'conversations', source: failing }, { name: 'releases', source: next }] });
    expect(result.findings.map((f) => f.locations[0]!.kind).sort()).toEqual(['comment', 'issue']);
    expect(result.errors).toEqual(['the conversations surface stopped early: GitHub did not answer within 30 s']);
    expect(result.incomplete).toBe(result.errors[0]);
  });

  it('nothing of the tree is read for a surfaces scope', async () => {
    const result = await runScan(plan, { surfaces: [] });
    expect(result.findings).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});
