/**
 * cli/prestart.ts starts a files scan's reading thread before the rest of the CLI loads, and only where the scan will
 * take it over and nothing it opens could be excluded: a files scan of a directory with no config file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prestartFor } from '../../src/cli/prestart.js';
import { takePrestarted } from '../../src/sources/read-ahead.js';

describe('prestartFor', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aks-prestart-'));
    for (const dir of ['plain', 'configured', 'configured-alt']) {
      await mkdir(path.join(root, dir));
      await writeFile(path.join(root, dir, 'a.txt'), 'text');
    }
    await writeFile(path.join(root, 'configured', '.anthropic-key-scan.yml'), 'exclude:\n  paths: ["secret/**"]\n');
    await writeFile(path.join(root, 'configured-alt', '.anthropic-key-scan.yaml'), 'exclude:\n  paths: ["secret/**"]\n');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Whether prestartFor(argv) left a thread for `dir` (taken and stopped here). */
  const started = async (argv: string[], dir: string): Promise<boolean> => {
    prestartFor(argv);
    const ahead = await takePrestarted(path.resolve(dir), 1 << 20, true);
    await ahead?.close();
    return ahead !== undefined;
  };

  it('starts the thread for a files scan of a directory without a config file, however the path is written', async () => {
    expect(await started([path.join(root, 'plain')], path.join(root, 'plain'))).toBe(true);
    expect(await started(['--format', 'json', '--quiet', `${path.join(root, 'plain')}/`], path.join(root, 'plain'))).toBe(true);
  });

  it('starts none where a config file may exclude paths (given, or in the root), for other scans, a file, bad arguments or no scan', async () => {
    const plain = path.join(root, 'plain');
    expect(await started([path.join(root, 'configured')], path.join(root, 'configured'))).toBe(false);
    expect(await started([path.join(root, 'configured-alt')], path.join(root, 'configured-alt'))).toBe(false);
    expect(await started(['--config', path.join(root, 'configured', '.anthropic-key-scan.yml'), plain], plain)).toBe(false);
    for (const argv of [['--history', plain], ['--staged', plain], [path.join(plain, 'a.txt')], [path.join(root, 'missing')], ['--format', 'nope', plain], ['--version'], ['merge', plain], [plain, plain]]) {
      expect(await started(argv, plain)).toBe(false);
    }
  });
});
