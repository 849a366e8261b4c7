/**
 * Outside tools the packaging tests drive (pre-commit, npm). A missing tool skips its test with a clear message
 * on a developer's machine, and fails it in CI (CI=true), where .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';

export function hasTool(command: string, args: string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return !run.error && run.status === 0;
}

/** it, or it.skip with the reason printed; in CI a missing tool is a failure, not a skip. */
export function requireTool(command: string, install: string): { available: boolean; reason?: string } {
  if (hasTool(command)) return { available: true };
  const reason = `${command} is not installed (${install}): skipping this test`;
  if (process.env.CI === 'true') throw new Error(`${command} is missing in CI; .ci/run must install it (${install})`);
  process.stderr.write(`${reason}\n`);
  return { available: false, reason };
}

/**
 * Whether an `engines` range (`>=20`, `^20.19.0 || >=22.12`, `>= 18`, `20.x`, `~20.9`) admits a full version
 * `x.y.z`: the forms package managers' lock files hold, without pre-release tags.
 */
export function rangeAdmits(range: string, version: string): boolean {
  const parts = (v: string) => v.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : undefined));
  const target = parts(version) as number[];
  const compare = (v: (number | undefined)[]) => {
    for (let i = 0; i < 3; i++) if (target[i] !== (v[i] ?? 0)) return target[i]! - (v[i] ?? 0);
    return 0;
  };
  const comparatorAdmits = (op: string, raw: string): boolean => {
    const v = parts(raw.replace(/^v/, ''));
    const given = v.findIndex((p) => p === undefined) === -1 ? v.length : v.findIndex((p) => p === undefined);
    const c = compare(v.slice(0, given));
    const prefixEqual = target.slice(0, given).every((p, i) => p === v[i]);
    switch (op) {
      case '>=': return c >= 0;
      case '>': return c > 0;
      case '<=': return c <= 0;
      case '<': return c < 0;
      case '^': return c >= 0 && target[0] === v[0];
      case '~': return c >= 0 && target[0] === v[0] && (given < 2 || target[1] === v[1]);
      default: return prefixEqual; // `20`, `20.x`, `20.19.0`
    }
  };
  return range.split('||').some((set) => {
    const comparators = [...set.matchAll(/(>=|<=|>|<|\^|~|=)?\s*(v?[\dx*]+(?:\.[\dx*]+){0,2})/g)];
    return comparators.length > 0 && comparators.every((m) => comparatorAdmits(m[1] ?? '', m[2]!));
  });
}
