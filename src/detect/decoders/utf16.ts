/**
 * UTF-16 text as a list entry. On the input itself it is a whole-text decoding (detect/utf16.ts: positions
 * count in the decoded text, and the detector locates them there); inside another encoding (PowerShell's
 * `-EncodedCommand`: base64 of UTF-16LE) the decoded text is scanned as any other.
 */
import { utf16leText } from '../utf16.js';
import type { Decoder } from './types.js';

export const utf16le: Decoder = {
  name: 'utf16le',
  wholeText: true,
  recognises: 'UTF-16LE or BE text (a byte-order mark, or NUL bytes near the start); base64 of it (PowerShell -EncodedCommand)',
  decode(data) {
    const text = utf16leText(data);
    return text ? [{ encoding: 'utf16le', bytes: text, offset: 0 }] : [];
  },
  samples: {
    positive: [
      { name: 'UTF-16LE with a byte-order mark', text: (k) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`key=${k}\r\n`, 'utf16le')]) },
      { name: 'PowerShell -EncodedCommand', text: (k) => Buffer.from(`powershell.exe -NoProfile -EncodedCommand ${Buffer.from(`$env:ANTHROPIC_API_KEY='${k}'`, 'utf16le').toString('base64')}\r\n`), encoding: 'base64>utf16le' },
    ],
    negative: [
      { name: 'UTF-16LE of a placeholder key', text: (k) => Buffer.from(`key=${k.slice(0, 13)}${'x'.repeat(93)}AA\r\n`, 'utf16le') },
      { name: 'PowerShell -enc of a placeholder', text: (k) => Buffer.from(`pwsh -enc ${Buffer.from(`$k='${k.slice(0, 13)}${'x'.repeat(93)}AA'`, 'utf16le').toString('base64')}\n`) },
    ],
  },
};
