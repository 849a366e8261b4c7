// Before the suites run:
// 1. Every temp file of the run goes under one folder of its own: the suites, the processes they spawn (git, the
//    bundles, npm) and the code under test all use os.tmpdir(), which reads TMPDIR; the workers inherit it. The
//    teardown (global-teardown.mjs) removes that folder and fails the run if a test left something in it.
// 2. The bundles the end-to-end and packaging suites spawn are built from the current src/ (helpers/bundle.ts,
//    cached by content in the system's temp dir, outside the run's folder, so that unchanged sources cost
//    nothing), here, outside any test's timeout, with the machine to itself. A run restricted to other suites
//    (`jest __tests__/cli`) skips the build; a suite that still needs a bundle builds it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDS_BUNDLE = /action|packaging|e2e/;

export default function globalSetup(globalConfig) {
  process.env.AKS_BUNDLE_CACHE ??= tmpdir();
  process.env.AKS_RUN_TMPDIR = realpathSync(mkdtempSync(join(tmpdir(), 'aks-test-run-')));
  process.env.TMPDIR = process.env.AKS_RUN_TMPDIR;

  const patterns = globalConfig.testPathPatterns?.patterns ?? globalConfig.testPathPattern ?? [];
  const list = Array.isArray(patterns) ? patterns : [String(patterns)].filter(Boolean);
  if (list.length > 0 && !list.some((p) => NEEDS_BUNDLE.test(String(p)))) return;
  if (process.env.AKS_TEST_BUNDLE === 'dist') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const script = "const m = await import('./__tests__/helpers/bundle.ts'); m.freshBundle('action'); m.freshBundle('cli');";
  // tsx keeps its own cache in the temp dir: the system's, beside the bundles, not the run's.
  const env = { ...process.env, TMPDIR: process.env.AKS_BUNDLE_CACHE };
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('building the test bundles from src/ failed (see above)');
}
