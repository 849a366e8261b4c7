/**
 * The bundles the e2e and packaging suites run are today's src/, not the committed dist/: the bundled CLI's
 * help is byte for byte the help of the source in this process (a stale bundle would differ after any change).
 */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_USAGE, USAGE } from '../../src/cli/usage.js';
import { freshBundle } from '../helpers/bundle.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

describe('freshBundle', () => {
  it('builds the CLI from the current src/, outside the committed dist/', () => {
    const bundle = freshBundle('cli');
    if (process.env.AKS_TEST_BUNDLE !== 'dist') expect(bundle.startsWith(join(ROOT, 'dist'))).toBe(false);
    expect(spawnSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' }).stdout).toBe(USAGE);
    expect(spawnSync(process.execPath, [bundle, 'help', 'batch'], { encoding: 'utf8' }).stdout).toBe(BATCH_USAGE);
    expect(freshBundle('cli')).toBe(bundle);
  }, 600_000);
});
