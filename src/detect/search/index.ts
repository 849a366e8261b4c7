/**
 * The prefilters' search: where each of a list of needles occurs in an input, every occurrence, overlapping ones
 * included, exactly what repeated `data.indexOf(needle, h + 1)` finds. One Teddy pass (teddy.wat, teddy.ts)
 * finds where each needle first is in each chunk; NeedleIndex (needles.ts) answers from that table. Where
 * WebAssembly SIMD is missing, or on an input too small to repay the copy into the module, the table comes from
 * a Buffer.indexOf per needle per chunk instead: the same table, so the same answers.
 */
import { NeedleIndex } from './needles.js';
import { Teddy, teddyEngine } from './teddy.js';

export { CHUNK, NeedleIndex } from './needles.js';

/**
 * Below this many bytes an input is swept with Buffer.indexOf: a copy and a call into the module cost more than
 * the few short passes (bench/README.md, the detector's prefilter).
 */
export const TEDDY_MIN = 2048;

/**
 * Which sweep builds the table: `auto` (Teddy from TEDDY_MIN bytes, where the engine has WebAssembly SIMD),
 * `teddy` (always; an error where it is missing) or `indexOf` (never). A switch for tests and benchmarks, so both
 * paths run the same suites; nothing read from scanned content sets it.
 */
export type SearchPath = 'auto' | 'teddy' | 'indexOf';
let path: SearchPath = 'auto';

/** Sets the sweep; answers the one it replaces. */
export function useSearchPath(next: SearchPath): SearchPath {
  const before = path;
  path = next;
  return before;
}

/** Whether this engine runs the Teddy search (WebAssembly with SIMD). */
export function teddyAvailable(): boolean {
  return teddyEngine() !== null;
}

/** Each needle list's buckets and tables, built once. */
const TEDDIES = new WeakMap<readonly Buffer[], Teddy>();

/** Whether an input of `length` bytes is swept by Teddy (then one more needle costs next to nothing). */
export function teddySweeps(length: number): boolean {
  if (path === 'indexOf' || (path === 'auto' && length < TEDDY_MIN)) return false;
  if (teddyEngine()) return true;
  if (path === 'teddy') throw new Error('search: WebAssembly SIMD is not available');
  return false;
}

/** The search of `needles` (a list kept for the process's life: its Teddy tables are cached by identity) in `data`. */
export function needleIndex(data: Buffer, needles: readonly Buffer[]): NeedleIndex {
  const engine = teddySweeps(data.length) ? teddyEngine() : null;
  if (!engine) return new NeedleIndex(data, needles);
  let teddy = TEDDIES.get(needles);
  if (!teddy) TEDDIES.set(needles, (teddy = new Teddy(needles)));
  return new NeedleIndex(data, needles, teddy.firsts(data, engine));
}
