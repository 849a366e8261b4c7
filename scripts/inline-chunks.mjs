// Makes an ncc bundle one file again, without compiling all of it at start-up.
//
// ncc turns each dynamic import() into a chunk file (NNN.index.js) beside index.js. Kept inside index.js as code
// (webpackMode "eager"), the chunks (Octokit, the Anthropic SDK: three quarters of the CLI's 4 MB) were compiled
// at every start, ~0.1 s of a files scan that needs none of them; kept as plain strings, they still cost half
// that to read and scan. Here each chunk is gzipped into a base64 string in index.js, which the chunk loader
// unpacks and imports as a data: URL when that code first runs, and index.js still runs when copied alone
// (README, __tests__/packaging/one-file.test.ts).
//
// Usage: node scripts/inline-chunks.mjs DIR   (DIR holds index.js and its chunk files; the chunks are removed)
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/inline-chunks.mjs DIR');
const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name)).sort();
if (chunks.length > 0) {
  const index = join(dir, 'index.js');
  const source = readFileSync(index, 'utf8');
  const loader = 'import("./" + __nccwpck_require__.u(chunkId))';
  if (source.split(loader).length !== 2) throw new Error(`${index}: the chunk loader (${loader}) is not there exactly once: has ncc changed?`);
  const table = chunks.map((name) => `${JSON.stringify(name)}: "${gzipSync(readFileSync(join(dir, name)), { level: 9 }).toString('base64')}"`).join(',\n');
  const inlined = 'import("data:text/javascript;charset=utf-8," + encodeURIComponent(__inlinedChunk(__nccwpck_require__.u(chunkId))))';
  // A function declaration of its own, at the end: V8 compiles it only when called (the loader sits in an
  // immediately called function, which V8 compiles at once). zlib is loaded only then too.
  const holder = `
function __inlinedChunk(name) {
  const packed = {
${table}
  }[name];
  return __inlinedChunkRequire(import.meta.url)("node:zlib").gunzipSync(Buffer.from(packed, "base64")).toString("utf8");
}
`;
  const [first, ...rest] = source.replace(loader, () => inlined).split('\n');
  const head = first.startsWith('#!') ? [first, 'import { createRequire as __inlinedChunkRequire } from "node:module";'] : ['import { createRequire as __inlinedChunkRequire } from "node:module";', first];
  writeFileSync(index, [...head, ...rest].join('\n') + holder);
  for (const name of chunks) rmSync(join(dir, name));
}
