// Makes an ncc bundle one file again, without compiling all of it at start-up.
//
// ncc turns each dynamic import() into a chunk file (NNN.index.js) beside index.js. Kept inside index.js as code
// (webpackMode "eager"), the chunks (Octokit, the Anthropic SDK: three quarters of the CLI's 4 MB) were compiled
// at every start, ~0.1 s of a files scan that needs none of them; kept as plain strings, they still cost half
// that to read and scan. Here each chunk is gzipped into a base64 string in index.js, which the chunk loader
// unpacks and imports as a data: URL when that code first runs, and index.js still runs when copied alone
// (README, __tests__/packaging/one-file.test.ts).
//
// Every text is then made pure ASCII (scripts/ascii-only.mjs), index.js and each chunk: V8 reads such a file at one
// byte per character.
//
// Usage: node scripts/inline-chunks.mjs DIR   (DIR holds index.js and its chunk files; the chunks are removed)
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { asciiOnly } from './ascii-only.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/inline-chunks.mjs DIR');
const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name)).sort();
const index = join(dir, 'index.js');
if (chunks.length === 0) writeFileSync(index, asciiOnly(readFileSync(index, 'utf8'), index));
else {
  const { source, texts } = renumbered(readFileSync(index, 'utf8'), chunks.map((name) => readFileSync(join(dir, name), 'utf8')));
  const loader = 'import("./" + __nccwpck_require__.u(chunkId))';
  if (source.split(loader).length !== 2) throw new Error(`${index}: the chunk loader (${loader}) is not there exactly once: has ncc changed?`);
  const table = [...texts].map(([name, text]) => `${JSON.stringify(name)}: "${gzipSync(asciiOnly(text, name), { level: 9 }).toString('base64')}"`).join(',\n');
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
  writeFileSync(index, asciiOnly([...head, ...rest].join('\n'), index) + holder);
  for (const name of chunks) rmSync(join(dir, name));
}

/**
 * The chunks renumbered by their content. ncc's chunk ids change from one build to the next (ids that hash alike
 * are told apart in whichever order the chunks come: the SDK's chunk was 558 in one build, 581 in the next), and
 * dist/ must be byte for byte what a fresh build makes (.ci/run). Each chunk's new id comes from the hash of its
 * code with every chunk id in it blanked, so it does not depend on the old ids; every reference is rewritten.
 */
function renumbered(source, chunkTexts) {
  const HEAD = /^export const id = (\d+);\nexport const ids = \[\1\];\n/;
  // A chunk's load, with the comment webpack puts before the id of a lone import() (`.e(/* import() */ 815)`).
  const LOAD = /__nccwpck_require__\.e\((\/\* import\(\) \*\/ )?(\d+)\)/g;
  const chunks = chunkTexts.map((text) => {
    const head = HEAD.exec(text);
    if (!head) throw new Error('a chunk does not start with its id: has ncc changed?');
    const body = text.slice(head[0].length);
    return { old: head[1], body, hash: createHash('sha256').update(body.replace(LOAD, '__nccwpck_require__.e()')).digest('hex') };
  });
  chunks.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const ids = new Map(chunks.map((c, i) => [c.old, String(1000001 + i)]));
  const rewrite = (code) =>
    code.replace(LOAD, (_, comment = '', id) => {
      if (!ids.has(id)) throw new Error(`chunk ${id} is loaded but not there: has ncc changed?`);
      return `__nccwpck_require__.e(${comment}${ids.get(id)})`;
    });
  // Every load must be one LOAD matches, or its chunk would be looked for under an id that is gone.
  for (const text of [source, ...chunkTexts]) {
    if (text.split('__nccwpck_require__.e(').length - 1 !== [...text.matchAll(LOAD)].length) throw new Error('a chunk load that inline-chunks does not know: has ncc changed?');
  }
  const texts = new Map(chunks.map((c) => [`${ids.get(c.old)}.index.js`, `export const id = ${ids.get(c.old)};\nexport const ids = [${ids.get(c.old)}];\n${rewrite(c.body)}`]));
  return { source: rewrite(source), texts: new Map([...texts].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
