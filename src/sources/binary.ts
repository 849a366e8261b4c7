/**
 * Binary detection for the files source: a NUL byte in the first 8 KiB, as git does, except for text in
 * UTF-16 (a byte-order mark, or NULs only in every other byte), which the detector can read.
 */
const SNIFF = 8000;

export function looksBinary(data: Buffer): boolean {
  const end = Math.min(data.length, SNIFF);
  const firstNul = data.subarray(0, end).indexOf(0);
  if (firstNul === -1) return false;
  return !looksUtf16(data, end);
}

function looksUtf16(data: Buffer, end: number): boolean {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) return true;
  // ASCII text in UTF-16: the zero bytes sit at all-even or all-odd offsets.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i++) {
    if (data[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = end / 2;
  return (oddZeros > half * 0.6 && evenZeros === 0) || (evenZeros > half * 0.6 && oddZeros === 0);
}
