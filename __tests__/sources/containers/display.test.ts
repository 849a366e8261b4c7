/** The member of an archive, as each report names it: text, JSON, SARIF and GitHub's phrases. Member names are hostile. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../../../src/core/types.js';
import { planAnnotations } from '../../../src/report/github/annotations.js';
import { AT_ROOT, describeWhere } from '../../../src/report/github/where.js';
import { toJsonReport } from '../../../src/report/json.js';
import { toSarif } from '../../../src/report/sarif.js';
import { renderLocation, renderText } from '../../../src/report/text.js';
import { runScan } from '../../../src/scan.js';
import { fakeApiKey } from '../../helpers/keys.js';
import { zip } from './build.js';

const key = fakeApiKey('display');

async function report(members: Array<{ name: string; data: string }>) {
  const root = mkdtempSync(join(tmpdir(), 'aks-display-'));
  try {
    writeFileSync(join(root, 'bundle.zip'), zip(members));
    const plan: Plan = { scope: { kind: 'files', root }, verify: false, revoke: false, dryRun: false, revokeStatus: 'inactive', maxFileSize: 1024 * 1024, quiet: true };
    return toJsonReport(await runScan(plan));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('archive members in reports', () => {
  it('JSON carries member beside path; text, SARIF and GitHub phrases name it', async () => {
    const json = await report([{ name: 'conf/app.env', data: `a\nKEY=${key}\n` }]);
    const location = json.findings[0].locations[0];
    expect(location).toEqual({ kind: 'file', path: 'bundle.zip', member: 'conf/app.env', line: 2, column: 5, fingerprint: 'bundle.zip!conf/app.env:anthropic-api-key:2' });
    expect(renderLocation(location)).toBe('bundle.zip!conf/app.env:2:5');
    expect(renderText(json, { color: false })).toContain('bundle.zip!conf/app.env:2:5');
    expect(describeWhere(location, AT_ROOT)).toBe('bundle.zip!conf/app.env:2');
    expect(describeWhere({ ...location, commit: 'a'.repeat(40) }, AT_ROOT)).toBe('bundle.zip!conf/app.env:2 in commit aaaaaaa');
    const result = toSarif(json).runs[0].results![0];
    expect(result.message.text).toContain('in archive member conf/app.env');
    expect(result.properties?.member).toBe('conf/app.env');
    expect(result.locations![0].physicalLocation?.artifactLocation?.uri).toBe('bundle.zip');
  });

  it('an annotation on the archive names the member', async () => {
    const json = await report([{ name: 'conf/app.env', data: `a\nKEY=${key}\n` }]);
    const [annotation] = planAnnotations(json, AT_ROOT, { elsewhere: 'the summary' });
    expect(annotation.properties.file).toBe('bundle.zip');
    expect(annotation.message).toContain('Found in bundle.zip!conf/app.env:2.');
  });

  it('two members are two SARIF fingerprints', async () => {
    const json = await report([{ name: 'a.env', data: `KEY=${key}\n` }, { name: 'b.env', data: `KEY=${key}\n` }]);
    const prints = toSarif(json).runs[0].results!.map((r) => r.partialFingerprints!['secretLocation/v1']);
    expect(new Set(prints).size).toBe(2);
  });

  it('a member name cannot drive the terminal or break its line', async () => {
    const json = await report([{ name: 'x\u001b[2J\n::error::pwned\u202e.env', data: `KEY=${key}\n` }]);
    const line = renderLocation(json.findings[0].locations[0]);
    expect(line).toBe('bundle.zip!x\\x1b[2J\\x0a::error::pwned\\u{202e}.env:1:5');
  });
});
