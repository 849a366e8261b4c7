/** Byte classes the detector tests in its inner loops (lookup tables: one load per byte, no branches). */

function table(chars: string): Uint8Array {
  const t = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `[A-Za-z0-9_-]`: the characters of a key's body. */
export const KEY_CHAR = table(`${ALNUM}_-`);

/** Both base64 alphabets at once: standard (`+/`) and URL-safe (`-_`). Padding `=` is not part of a run. */
export const B64_CHAR = table(`${ALNUM}+/-_`);

/** The 6-bit value of a base64 character in either alphabet, -1 for anything else. */
export const B64_VALUE: Int8Array = (() => {
  const v = new Int8Array(256).fill(-1);
  for (let i = 0; i < ALNUM.length; i++) v[ALNUM.charCodeAt(i)] = i; // ALNUM is in base64 order
  v[0x2b] = v[0x2d] = 62; // '+' and '-'
  v[0x2f] = v[0x5f] = 63; // '/' and '_'
  return v;
})();

export const LF = 0x0a;
export const CR = 0x0d;
