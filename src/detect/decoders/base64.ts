/**
 * base64 and base64url as a list entry. Two prefilters:
 *   - the stable characters of `sk-ant-`'s encoding at each alignment (detect/base64.ts, wrapped lines
 *     followed): each hit decodes one key's window, reported at the start of the encoded text;
 *   - encodings worth decoding whole, because what they hold is itself encoded: a gzip stream (`H4sI`: cloud-init
 *     user data, a Helm release), base64 of those (a Helm release Secret), base64 of a key's base64 (a
 *     Kubernetes Secret of a base64 value). The run is decoded up to MAX_RUN and scanned again, one level deeper.
 */
import { stableEncodingsAt } from '../../core/scrub.js';
import { findBase64, rarestWindow } from '../base64.js';
import { B64_CHAR } from '../chars.js';
import { PREFIX } from '../plain.js';
import type { Decoded, Decoder } from './types.js';

/** The most base64 decoded whole at one place (a Kubernetes object, a Helm release, is at most 1 MiB). */
export const MAX_RUN = 2 * 1024 * 1024;

/** How a gzip stream's base64 starts (1f 8b 08), and how that reads base64-encoded again (a run's start). */
const GZIP_B64 = Buffer.from([0x1f, 0x8b, 0x08]).toString('base64');
const WHOLE_RUN_NEEDLES: readonly Buffer[] = [
  Buffer.from(GZIP_B64),
  rarestWindow(Buffer.from(GZIP_B64).toString('base64').slice(0, 5)),
  // The base64 of a value that is a key's base64 (`sk-ant-` at the value's start), at each alignment of the outer.
  ...stableEncodingsAt(Buffer.from(Buffer.from(PREFIX).toString('base64').slice(0, 9)))
    .filter((e) => e.alphabet === 'base64')
    .map((e) => rarestWindow(e.stable)),
  // PowerShell's -EncodedCommand: base64 of UTF-16LE, holding `sk-ant-` at any alignment.
  ...stableEncodingsAt(Buffer.from(PREFIX, 'utf16le'))
    .filter((e) => e.alphabet === 'base64')
    .map((e) => rarestWindow(e.stable)),
];

/** The base64 run around `pos`: [start, end), the end bounded by MAX_RUN. */
function runAround(buf: Buffer, pos: number): [number, number] {
  let start = pos;
  while (start > 0 && B64_CHAR[buf[start - 1]] === 1 && pos - start < MAX_RUN) start--;
  let end = pos;
  while (end < buf.length && B64_CHAR[buf[end]] === 1 && end - start < MAX_RUN) end++;
  return [start, end];
}

export const base64: Decoder = {
  name: 'base64',
  recognises: 'base64 and base64url, padded or not, wrapped at 64 or 76; gzip (`H4sI`) and base64 inside it decoded whole',
  needles: WHOLE_RUN_NEEDLES,
  decode(data, ctx) {
    const out: Decoded[] = findBase64(data, ctx.glued, ctx.sweep).map((k) => ({
      encoding: k.encoding,
      bytes: Buffer.from(k.key, 'latin1'),
      offset: k.offset,
      at: k.encodedAt,
      keyOnly: true,
    }));
    let after = 0;
    for (const needle of WHOLE_RUN_NEEDLES) {
      for (let h = ctx.search(needle, 0); h !== -1; h = ctx.search(needle, h + 1)) {
        if (h < after) continue;
        const [start, end] = runAround(data, h);
        after = end;
        if (end - start < 16) continue;
        const text = data.toString('latin1', start, end);
        const urlSafe = /[-_]/.test(text);
        out.push({ encoding: urlSafe ? 'base64url' : 'base64', bytes: Buffer.from(text, urlSafe ? 'base64url' : 'base64'), offset: start });
      }
      after = 0;
    }
    return out;
  },
  samples: {
    positive: [
      { name: 'a base64 .env', text: (k) => Buffer.from(`data: ${Buffer.from(`KEY=${k}\n`).toString('base64')}\n`) },
      { name: 'base64 of base64 (a Kubernetes Secret of a base64 value)', text: (k) => Buffer.from(`  token: ${Buffer.from(Buffer.from(k).toString('base64')).toString('base64')}\n`), encoding: 'base64>base64' },
    ],
    negative: [
      { name: 'base64 of a placeholder key', text: (k) => Buffer.from(`key: ${Buffer.from(`${k.slice(0, 13)}${'x'.repeat(93)}AA`).toString('base64')}\n`) },
      { name: 'base64 of a key cut short', text: (k) => Buffer.from(`key: ${Buffer.from(k.slice(0, 100)).toString('base64')}\n`) },
      { name: 'base64 of base64 of a placeholder', text: (k) => Buffer.from(`key: ${Buffer.from(Buffer.from(`${k.slice(0, 13)}${'x'.repeat(93)}AA`).toString('base64')).toString('base64')}\n`) },
    ],
  },
};
