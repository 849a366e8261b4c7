import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportPath, writeReportFile } from '../../src/action/report-files.js';
import { resolveWorkspace } from '../../src/action/workspace.js';
import { makeTempDir } from '../helpers/git-repo.js';

const temp = makeTempDir('aks-report-files-');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function dirs(name: string) {
  const base = join(temp, name);
  const outputDir = join(base, 'runner-temp');
  const workspace = join(base, 'workspace');
  const outside = join(base, 'outside');
  for (const dir of [outputDir, workspace, outside]) mkdirSync(dir, { recursive: true });
  return { outputDir, workspace, outside };
}

describe('writeReportFile', () => {
  it('writes a fresh file under RUNNER_TEMP, creating folders, replacing an old file (not writing into it)', () => {
    const d = dirs('fresh');
    const path = reportPath('sub/dir/r.json', d);
    expect(path).toBe(join(d.outputDir, 'sub/dir/r.json'));
    writeReportFile(path, 'one', d);
    // A hard link to the old file must not receive the new content.
    linkSync(path, join(d.outside, 'hard'));
    writeReportFile(path, 'two', d);
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readFileSync(join(d.outside, 'hard'), 'utf8')).toBe('one');
  });

  it('refuses a link in the file\'s place, naming it', () => {
    const d = dirs('link-file');
    writeFileSync(join(d.outside, 'victim'), 'keep');
    symlinkSync(join(d.outside, 'victim'), join(d.workspace, 'r.json'));
    expect(() => writeReportFile(join(d.workspace, 'r.json'), 'x', d)).toThrow(/r\.json is a symbolic link: not writing through it/);
    expect(readFileSync(join(d.outside, 'victim'), 'utf8')).toBe('keep');
  });

  it('refuses a linked folder on the way, naming it', () => {
    const d = dirs('link-dir');
    symlinkSync(d.outside, join(d.workspace, 'out'));
    expect(() => writeReportFile(join(d.workspace, 'out', 'r.json'), 'x', d)).toThrow(/out is a symbolic link/);
    expect(existsSync(join(d.outside, 'r.json'))).toBe(false);
  });

  it('refuses a folder or a FIFO-like non-file in the file\'s place', () => {
    const d = dirs('dir-in-place');
    mkdirSync(join(d.outputDir, 'r.json'));
    expect(() => writeReportFile(join(d.outputDir, 'r.json'), 'x', d)).toThrow(/exists and is not a regular file/);
  });
});

describe('resolveWorkspace', () => {
  it('keeps a path inside the workspace, resolving links', () => {
    const d = dirs('ws');
    mkdirSync(join(d.workspace, 'src'));
    symlinkSync('src', join(d.workspace, 'alias'));
    const ws = resolveWorkspace({ GITHUB_WORKSPACE: d.workspace }, 'alias');
    expect(ws.root).toBe(join(d.workspace, 'src'));
    expect(ws.git.trusted).toEqual([d.workspace, join(d.workspace, 'src')]);
  });

  it('refuses a path that leaves it, by .. or by a link', () => {
    const d = dirs('ws-out');
    symlinkSync(d.outside, join(d.workspace, 'escape'));
    expect(() => resolveWorkspace({ GITHUB_WORKSPACE: d.workspace }, 'escape')).toThrow(/^input path: escape resolves to .*outside, outside the workspace/);
    expect(() => resolveWorkspace({ GITHUB_WORKSPACE: d.workspace }, '../outside')).toThrow(/outside the workspace/);
    expect(() => resolveWorkspace({ GITHUB_WORKSPACE: d.workspace }, 'missing')).toThrow(/^input path: no such file or directory: /);
  });
});
