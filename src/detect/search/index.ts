/**
 * The prefilters' search: where each of a list of needles occurs in an input, every occurrence, overlapping ones
 * included, exactly what repeated `data.indexOf(needle, h + 1)` finds. One Teddy pass (teddy.wat, teddy.ts)
 * finds where each needle first is in each chunk; NeedleIndex (needles.ts) answers from that table. Where
 * WebAssembly SIMD is missing the table comes from a Buffer.indexOf per needle per chunk instead: the same
 * table, so the same answers. There is no size below which indexOf is used: measured, the copy and the call
 * into the module cost less than the passes of indexOf even on inputs under 128 bytes (bench/README.md).
 */
import { NeedleIndex } from './needles.js';
import { Teddy, teddyEngine } from './teddy.js';

export { CHUNK, NeedleIndex } from './needles.js';

/**
 * Which sweep builds the table: `auto` (Teddy where the engine has WebAssembly SIMD) or `indexOf`. A switch for
 * tests and benchmarks, so both paths run the same suites; nothing read from scanned content sets it.
 */
export type SearchPath = 'auto' | 'indexOf';
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

/** Whether inputs are swept by Teddy (then one more needle costs next to nothing). */
export function teddySweeps(): boolean {
  return path === 'auto' && teddyEngine() !== null;
}

/** Each needle list's buckets and tables, built once. */
const TEDDIES = new WeakMap<readonly Buffer[], Teddy>();

/** The search of `needles` (a list kept for the process's life: its Teddy tables are cached by identity) in `data`. */
export function needleIndex(data: Buffer, needles: readonly Buffer[]): NeedleIndex {
  const engine = path === 'auto' ? teddyEngine() : null;
  if (!engine) return new NeedleIndex(data, needles);
  let teddy = TEDDIES.get(needles);
  if (!teddy) TEDDIES.set(needles, (teddy = new Teddy(needles)));
  return new NeedleIndex(data, needles, teddy.firsts(data, engine));
}
