// After the suites: the run's temp folder (global-setup.mjs) goes, and whatever a test left in it fails the
// run by name. Fixture keys are written there: a test that does not clean up leaves them on the machine.
import { readdirSync, rmSync } from 'node:fs';

// Tools' own caches (tsx transpiles src/ for the suites that spawn it): removed with the folder, not a leak.
const TOOL_CACHES = /^tsx-\d+$/;

export default function globalTeardown() {
  const dir = process.env.AKS_RUN_TMPDIR;
  if (!dir || process.env.AKS_KEEP_RUNS) return; // kept for a look (run-action.ts keeps the runners' folders too)
  let left = [];
  try {
    left = readdirSync(dir).filter((name) => !TOOL_CACHES.test(name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (left.length > 0) {
    throw new Error(`tests left ${left.length} item(s) in the temp dir (removed now; clean up in afterAll): ${left.sort().slice(0, 20).join(', ')}`);
  }
}
