// Before the suites run: the bundles the end-to-end and packaging suites spawn are built from the current src/
// (helpers/bundle.ts, cached by content), here, outside any test's timeout, with the machine to itself.
// A run restricted to other suites (`jest __tests__/cli`) skips it; a suite that still needs a bundle builds it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NEEDS_BUNDLE = /action|packaging|e2e/;

export default function globalSetup(globalConfig) {
  const patterns = globalConfig.testPathPatterns?.patterns ?? globalConfig.testPathPattern ?? [];
  const list = Array.isArray(patterns) ? patterns : [String(patterns)].filter(Boolean);
  if (list.length > 0 && !list.some((p) => NEEDS_BUNDLE.test(String(p)))) return;
  if (process.env.AKS_TEST_BUNDLE === 'dist') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const script = "const m = await import('./__tests__/helpers/bundle.ts'); m.freshBundle('action'); m.freshBundle('cli');";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('building the test bundles from src/ failed (see above)');
}
