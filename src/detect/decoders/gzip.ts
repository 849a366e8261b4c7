/**
 * gzip inside another encoding (base64 > gzip: cloud-init's `H4sI…` user data, a Helm release): a decoded
 * text that starts with gzip's magic is inflated, within MAX_INFLATED for the whole input, and scanned again. Never on the input itself: a
 * compressed file is the container step's (sources/containers/), which names its member.
 */
import { constants, gunzipSync, gzipSync as deflate } from 'node:zlib';
import type { Decoder } from './types.js';

/** The most one input inflates to, all its streams together: a Helm release's JSON is a few MiB at most. */
export const MAX_INFLATED = 16 * 1024 * 1024;

/** `data` inflated, what was readable of it when the stream is cut short, or undefined when it is not gzip or over `limit`. */
function inflate(data: Buffer, limit: number): Buffer | undefined {
  try {
    return gunzipSync(data, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return undefined; // not gzip after all, or over the bound: nothing to scan
  }
}

export const gzip: Decoder = {
  name: 'gzip',
  recognises: 'a gzip stream inside another encoding (`H4sI` in base64), inflated up to 16 MiB per input',
  minDepth: 1,
  decode(data, ctx) {
    if (data.length < 18 || data[0] !== 0x1f || data[1] !== 0x8b || data[2] !== 0x08 || ctx.budget.inflate <= 0) return [];
    const bytes = inflate(data, ctx.budget.inflate);
    ctx.budget.inflate -= bytes?.length ?? ctx.budget.inflate; // a stream over the bound spends it all
    return bytes && bytes.length > 0 ? [{ encoding: 'gzip', bytes, offset: 0 }] : [];
  },
  samples: {
    positive: [
      { name: 'cloud-init user data', text: (k) => Buffer.from(`#cloud-config\nwrite_files:\n  - encoding: gz+b64\n    content: ${gzipSync(`export ANTHROPIC_API_KEY=${k}\n`)}\n`), encoding: 'base64>gzip' },
    ],
    negative: [
      { name: 'a gzip bomb then a key in a second stream: the budget is spent', text: (k) => Buffer.from(`a: ${gzipSync('x'.repeat(MAX_INFLATED + 1))}\nb: ${gzipSync(`KEY=${k}\n`)}\n`) },
      { name: 'gzip of a placeholder key', text: (k) => Buffer.from(`content: ${gzipSync(`KEY=${k.slice(0, 13)}${'x'.repeat(93)}AA\n`)}\n`) },
      { name: 'a gzip header on random bytes', text: (k) => Buffer.from(`content: ${Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), Buffer.from(k.slice(13).split('').reverse().join(''))]).toString('base64')}\n`) },
    ],
  },
};

/** Base64 of gzip of `text`. */
function gzipSync(text: string): string {
  return deflate(Buffer.from(text)).toString('base64');
}
