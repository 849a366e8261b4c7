/** Hard negatives: key-shaped text that is not a key must yield nothing. */
import { describe, expect, it } from '@jest/globals';
import { detect } from '../../src/detect/index.js';
import { PREFIX, fakeKey, randomBody } from '../helpers/keys.js';

const API = `${PREFIX}api03-`;
const body = (seed: string, n = 93): string => randomBody(`neg:${seed}`, n);
const key = fakeKey('api03', 'neg');
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const NEGATIVES: Array<[string, string]> = [
  // prefixes and hints
  ['prefix alone in prose', `API keys start with ${API} and are 108 characters long.`],
  ['bare prefix', `${PREFIX}`],
  ['prefix then nothing', `key=${API}\n`],
  ['console partial hint', `Key ${API}R2D...igAA was disabled`],
  ['hint with ellipsis char', `${API}R2D\u2026igAA`],
  ['masked with asterisks', `${API}${'*'.repeat(93)}AA`],
  ['half masked', `${API}${body('h', 20)}${'*'.repeat(73)}AA`],
  // placeholders
  ['your-key-here', `ANTHROPIC_API_KEY=${API}your-key-here`],
  ['ellipsis placeholder', `ANTHROPIC_API_KEY=${API}...`],
  ['angle placeholder', `ANTHROPIC_API_KEY=${API}<your key>`],
  ['X placeholder, right length', `${API}${'X'.repeat(93)}AA`],
  ['x placeholder, right length', `${API}${'x'.repeat(93)}AA`],
  ['word placeholder, right length', `${API}${`example${body('w1', 86)}`}AA`],
  ['PLACEHOLDER inside', `${API}${body('w2', 40)}PLACEHOLDER${body('w3', 42)}AA`],
  ['your_key inside', `${API}your_key_${body('w4', 84)}AA`],
  ['redacted inside', `${API}${body('w5', 80)}REDACTED_AAA${'b'}AA`.slice(0, API.length + 95)],
  ['dummy inside', `${API}dummy${body('w6', 88)}AA`],
  ['shell variable', `${API}\${ANTHROPIC_KEY}`],
  // lengths and suffixes
  ['body 92', `${API}${body('l1', 92)}AA`],
  ['body 94', `${API}${body('l2', 94)}AA`],
  ['body 60', `${API}${body('l3', 60)}AA`],
  ['suffix AB', `${API}${body('s1')}AB`],
  ['suffix aa', `${API}${body('s2')}aa`],
  ['suffix A only', `${API}${body('s3')}xA`],
  ['admin body 92', `${PREFIX}admin01-${body('l4', 92)}AA`],
  ['oauth run 89', `${PREFIX}oat01-${body('o1', 87)}AA`],
  ['oauth run 111', `${PREFIX}oat01-${body('o2', 109)}AA`],
  ['oauth 96, no AA', `${PREFIX}ort01-${body('o3', 96)}`],
  // runs on past the key. An API or admin key followed by a key character is found (its 93 + AA delimits
  // it: __tests__/detect/binary.test.ts); kinds whose shape has no fixed length and tail are not cut.
  ['oauth 95 runs on by a letter', `${PREFIX}oat01-${body('r1', 95)}x`],
  ['oauth 95 runs on by a digit', `${PREFIX}ort01-${body('r2', 95)}0`],
  ['oauth 95 runs on by a dash', `${PREFIX}oat01-${body('r3', 95)}-more`],
  ['oauth 95 runs on by N', `${PREFIX}oat01-${body('r4', 95)}N`],
  ['oauth AA runs on by a letter', `${PREFIX}oat01-${body('r5', 98)}AAZ`],
  ['unknown kind runs on past 110', `${PREFIX}xyz03-${body('r6', 109)}AAN`],
  ['session key runs on past 128', `${PREFIX}sid02-${body('r7', 128)}N`],
  ['compliance key runs on past 128', `${PREFIX}api01-${body('r8', 128)}N`],
  // longer runs that hold no key: the cut is taken only where the tail is, and the body so cut is checked
  ['api: 120 random characters, no AA at 93', `${API}${body('long120', 120)}`],
  ['api: 200 random characters', `${API}${body('long200', 200)}`],
  ['api: AA one place early', `${API}${body('e1', 92)}AA${body('e2', 30)}`],
  ['api: AA one place late', `${API}${body('e3', 94)}AA${body('e4', 30)}`],
  ['admin: 120 random characters', `${PREFIX}admin01-${body('long-admin', 120)}`],
  ['x placeholder run on by N', `${API}${'x'.repeat(93)}AAN`],
  ['X placeholder run on by Z', `${API}${'X'.repeat(93)}AAZ`],
  ['example placeholder run on by z', `${API}example${body('ex', 86)}AAz`],
  ['repeated pattern run on by r', `${API}${'aB3'.repeat(31)}AAr`],
  ['a prefix inside the cut body', `${API}${body('g1', 40)}${PREFIX}${body('g2', 46)}AAN`],
  // not our kinds or versions
  ['unknown kind, too short to be a key', `${PREFIX}xyz03-${body('k2', 60)}AA`],
  ['unknown kind, word too long', `${PREFIX}abcdefghi03-${body('k2b')}AA`],
  ['one-digit version', `${PREFIX}api3-${body('k3')}AA`],
  ['three-digit version', `${PREFIX}api003-${body('k4')}AA`],
  ['no dash after version', `${PREFIX}api03_${body('k5')}AA`],
  ['upper-case prefix', `SK-ANT-API03-${body('k6')}AA`],
  ['upper-case kind', `${PREFIX}API03-${body('k7')}AA`],
  ['space inside prefix', `sk- ant-api03-${body('k8')}AA`],
  ['openai-style key', `sk-proj-${body('k9', 100)}AA`],
  // not random
  ['one character repeated', `${API}${'Q'.repeat(93)}AA`],
  ['short pattern repeated', `${API}${'aB3'.repeat(31)}AA`],
  ['longer pattern repeated', `${API}${'aB3dE5gH7jK9mN1pQ2'.repeat(6).slice(0, 93)}AA`],
  ['pattern repeated with one edit', `${API}${('0aZ9'.repeat(24).slice(0, 50) + 'q' + '0aZ9'.repeat(24)).slice(0, 93)}AA`],
  ['alphabet', `${API}${(ALPHABET + ALPHABET).slice(0, 93)}AA`],
  ['alphabet descending', `${API}${[...(ALPHABET + ALPHABET)].reverse().join('').slice(0, 93)}AA`],
  ['lower-case hex', `${API}${'0123456789abcdef'.repeat(6).slice(0, 93).split('').sort(() => 0).join('')}AA`],
  ['hex from a hash', `${API}${(body('hx', 93).split('').map((c) => (c.charCodeAt(0) % 16).toString(16)).join(''))}AA`],
  ['two symbols', `${API}${body('ab', 93).split('').map((c) => (c.charCodeAt(0) % 2 ? 'a' : 'B')).join('').replace(/^../, '1a')}AA`],
  ['words', `${API}${'ThisIsNotARealKeyJustSomeWordsToFillTheSpaceOfTheBodyThatGoesOnAndOnUntilItIsLongEnoughForIt'.slice(0, 93)}AA`],
  ['no digits', `${API}${body('nd').replace(/[0-9]/g, 'q')}AA`],
  ['no upper case', `${API}${body('nu').toLowerCase()}AA`],
];

describe('detect: hard negatives', () => {
  it.each(NEGATIVES)('%s', (_name, text) => {
    expect(detect(Buffer.from(`x ${text}\n`))).toEqual([]);
  });

  it('the fixtures are what they say (a control: the same shapes with a random body are found)', () => {
    for (const kind of ['api03', 'admin01', 'oat01', 'ort01']) {
      expect(detect(Buffer.from(`x ${PREFIX}${kind}-${body(`ctl-${kind}`)}AA\n`))).toHaveLength(1);
    }
    expect(detect(Buffer.from(`${key}\n`))).toHaveLength(1);
  });

  it('the longer runs are what they say: no AA where an API key\'s tail would be', () => {
    for (const seed of ['long120', 'long200', 'long-admin']) expect(body(seed, 120).slice(93, 95)).not.toBe('AA');
    for (const seed of ['r1', 'r2', 'r3', 'r4']) expect(body(seed, 95).slice(93, 95)).not.toBe('AA');
    expect(body('e2', 30)[0]).not.toBe('A'); // after e1's 92 + AA: the tail's place holds `A` and this
    expect(body('e3', 94)[93]).not.toBe('A'); // e3's 94 + AA: the tail's place holds this and `A`
  });

  // Changed deliberately with the delimiting of fixed-length keys: before it, the first key ran on into the
  // second and only the second was found.
  it('of two API keys glued together, finds both in binary content (a 93 + AA body delimits itself), only the second in text', () => {
    const second = fakeKey('api03', 'neg2');
    expect(detect(Buffer.from(`\0${key}${second}`)).map((m) => [m.secret.reveal(), m.column])).toEqual([
      [key, 2],
      [second, key.length + 2],
    ]);
    expect(detect(Buffer.from(`${key}${second}`)).map((m) => m.secret.reveal())).toEqual([second]);
  });

  it('accepts OAuth runs of 90 to 110 characters ending in AA', () => {
    for (let run = 90; run <= 110; run++) {
      const text = `${PREFIX}oat01-${body(`len${run}`, run - 2)}AA`;
      expect(detect(Buffer.from(text))).toHaveLength(1);
    }
  });

  it('accepts any two-digit version of each kind', () => {
    for (const kind of ['api00', 'api99', 'admin00', 'admin42', 'oat02', 'ort99']) {
      expect(detect(Buffer.from(`${PREFIX}${kind}-${body(kind)}AA`))).toHaveLength(1);
    }
  });
});

describe('detect: hard negatives in base64', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');

  it.each([
    ['placeholder', `ANTHROPIC_API_KEY=${API}${'x'.repeat(93)}AA\n`],
    ['wrong length', `ANTHROPIC_API_KEY=${API}${body('b1', 92)}AA\n`],
    ['runs on (an OAuth token: no fixed tail to cut at)', `ANTHROPIC_API_KEY=${PREFIX}oat01-${body('b2', 95)}Z\n`],
    ['runs on with no AA at the cut', `ANTHROPIC_API_KEY=${API}${body('b3', 120)}\n`],
    ['prefix only', `ANTHROPIC_API_KEY=${API}\n`],
  ])('%s', (_name, decoded) => {
    expect(detect(Buffer.from(`data:\n  env: ${b64(decoded)}\n`))).toEqual([]);
  });

  it('does not find a key in base64 that was cut short', () => {
    const enc = b64(`K=${key}\n`);
    expect(detect(Buffer.from(`v: ${enc.slice(0, 100)}\n`))).toEqual([]);
  });
});
