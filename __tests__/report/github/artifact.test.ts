import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { artifactUrl, commonFolder, uploadReports, wantsArtifact, type ArtifactTarget } from '../../../src/report/github/artifact.js';
import { makeTempDir } from '../../helpers/git-repo.js';
import { startArtifactServer, type ArtifactServer } from '../../helpers/artifact-server.js';
import { captureStdout, type StdoutCapture } from '../../helpers/stdout-capture.js';

/** The files of a zip (stored or deflated members), read from its central directory. */
function unzip(zip: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    out[name] = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    at += 46 + nameLength + extra;
  }
  return out;
}

describe('wantsArtifact', () => {
  it('auto: on scheduled and manual audits; true and false as said', () => {
    expect(['schedule', 'workflow_dispatch', 'push', 'pull_request'].map((e) => wantsArtifact('auto', e))).toEqual([true, true, false, false]);
    expect(wantsArtifact('true', 'pull_request')).toBe(true);
    expect(wantsArtifact('false', 'schedule')).toBe(false);
  });

  it('the artifact page and the folder the files share', () => {
    expect(artifactUrl({ name: 'r', serverUrl: 'https://github.com/', repository: 'acme/app', runId: '77' }, 42)).toBe('https://github.com/acme/app/actions/runs/77/artifacts/42');
    expect(artifactUrl({ name: 'r', serverUrl: 'https://github.com' }, 42)).toBeUndefined();
    expect(commonFolder(['/t/a/r.json', '/t/a/b/r.sarif'])).toBe('/t/a');
    expect(commonFolder(['/t/a/r.json', '/t/c/r.sarif'])).toBe('/t');
  });
});

describe('uploadReports against a loopback artifact service', () => {
  let service: ArtifactServer;
  let dir: string;
  let logged: StdoutCapture;
  const saved: Record<string, string | undefined> = {};
  const target = (): ArtifactTarget => ({ name: 'anthropic-key-scan', serverUrl: 'https://github.com', repository: 'acme/app', runId: '77' });

  beforeEach(async () => {
    logged = captureStdout(); // @actions/artifact's own log (::debug:: commands, progress)
    service = await startArtifactServer();
    dir = makeTempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'report.json'), '{"version":1}');
    writeFileSync(join(dir, 'sub', 'report.sarif'), '{"version":"2.1.0"}');
    for (const [name, value] of Object.entries({ ...service.env, GITHUB_SERVER_URL: 'https://github.com' })) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
  });
  afterEach(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await service.close();
    rmSync(dir, { recursive: true, force: true });
    logged.restore();
  });

  it('uploads both reports in one zip and returns the artifact page', async () => {
    const outcome = await uploadReports([join(dir, 'report.json'), join(dir, 'sub', 'report.sarif'), join(dir, 'missing.json')], target());
    expect(outcome.problems).toEqual([]);
    expect(outcome).toMatchObject({ name: 'anthropic-key-scan', id: 41, url: 'https://github.com/acme/app/actions/runs/77/artifacts/41' });
    const [artifact] = service.artifacts;
    expect(artifact).toMatchObject({ name: 'anthropic-key-scan', finalized: true });
    expect(artifact!.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(unzip(artifact!.zip)).toEqual({ 'report.json': '{"version":1}', 'sub/report.sarif': '{"version":"2.1.0"}' });
    expect(logged.text()).toContain('Artifact name is valid!');
    expect(logged.text()).not.toMatch(/^::error::/m);
  });

  it('a name already used in the run: a problem that says what to set, no exception', async () => {
    await uploadReports([join(dir, 'report.json')], target());
    const again = await uploadReports([join(dir, 'report.json')], target());
    expect(again.id).toBeUndefined();
    expect(again.problems).toEqual([expect.stringMatching(/^could not upload the reports as artifact "anthropic-key-scan": .*already exists.*set `artifact-name`\); the files are still at the report-file and sarif-file outputs$/)]);
  });

  it('the storage refuses the upload: a problem, no exception', async () => {
    service.failBlob = 403;
    const outcome = await uploadReports([join(dir, 'report.json')], target());
    expect(outcome.id).toBeUndefined();
    expect(outcome.problems).toHaveLength(1);
    expect(service.artifacts[0]!.finalized).toBe(false);
  });

  it('outside a runner (no ACTIONS_RUNTIME_TOKEN): a problem naming it', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    const outcome = await uploadReports([join(dir, 'report.json')], target());
    expect(outcome.problems).toEqual([expect.stringMatching(/ACTIONS_RUNTIME_TOKEN/)]);
  });

  it('no file written: nothing to upload, said so', async () => {
    expect((await uploadReports([join(dir, 'none.json')], target())).problems).toEqual(['no report artifact uploaded: no report file was written']);
  });
});
