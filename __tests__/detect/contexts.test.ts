/**
 * Every context a key is committed in: each template is built at run time with fake keys, and every key
 * must come back with its rule, line and column, and nothing else.
 */
import { describe, expect, it } from '@jest/globals';
import { detect } from '../../src/detect/index.js';
import { build, simplify } from './template.js';

const NB = (line: string): string => JSON.stringify(line); // a notebook source line, escaped as JSON

const CASES: Array<[string, string]> = [
  // .env and shell
  ['.env bare', 'ANTHROPIC_API_KEY={API}\n'],
  ['.env double quotes', 'FOO=bar\nANTHROPIC_API_KEY="{API}"\nBAZ=1\n'],
  ['.env single quotes, export', "export ANTHROPIC_API_KEY='{API}'\n"],
  ['.env with spaces and comment', 'ANTHROPIC_ADMIN_KEY = {ADMIN}  # admin\n'],
  ['.env oauth tokens', 'CLAUDE_CODE_OAUTH_TOKEN={OAT}\nCLAUDE_REFRESH={ORT}\n'],
  ['shell curl header', 'curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: {API}" \\\n  -H "anthropic-version: 2023-06-01"\n'],
  ['shell export; command', 'export K={API}; echo ok\n'],
  ['shell heredoc', 'cat > .env <<EOF\nANTHROPIC_API_KEY={API}\nEOF\n'],
  ['shell history', '  501  ANTHROPIC_API_KEY={API} python app.py\n'],
  // code
  ['python', 'import anthropic\n\nclient = anthropic.Anthropic(api_key="{API}")\n'],
  ['python os.environ', 'os.environ["ANTHROPIC_API_KEY"] = "{API}"\n'],
  ['javascript', "const client = new Anthropic({ apiKey: '{API}' });\n"],
  ['typescript headers', "const headers = {\n  'x-api-key': \"{API}\",\n};\n"],
  ['template literal', 'const auth = `Bearer {OAT}`;\n'],
  ['go', 'package main\n\nconst apiKey = "{API}"\n\nfunc main() { c := anthropic.NewClient(option.WithAPIKey(apiKey)) }\n'],
  ['java', 'public class K {\n\tprivate static final String KEY = "{API}";\n}\n'],
  ['kotlin', 'val key = "{API}"\n'],
  ['ruby', "ENV['ANTHROPIC_API_KEY'] ||= '{API}'\n"],
  ['rust', 'let key = "{API}".to_string();\n'],
  ['c#', 'var key = @"{API}";\n'],
  ['php', "<?php\n$key = '{API}';\n"],
  ['swift', 'let apiKey = "{API}"\n'],
  ['c', 'static const char *KEY = "{API}";\n'],
  ['sql', "INSERT INTO secrets (name, value) VALUES ('anthropic', '{API}');\n"],
  ['powershell', '$env:ANTHROPIC_API_KEY = "{API}"\n'],
  // data formats
  ['json', '{"apiKey":"{API}","adminKey":"{ADMIN}"}'],
  ['json pretty', '{\n  "anthropic": {\n    "api_key": "{API}"\n  }\n}\n'],
  ['json escaped quote after key', '{"cmd": "export K=\\"{API}\\" && run"}\n'],
  ['json literal \\n after key', '{"text": ["{OAT}\\n", "more\\n"]}\n'],
  [
    'jupyter notebook',
    ['{', ' "cells": [', '  {', '   "cell_type": "code",', '   "source": [',
      `    ${NB('import os\n')},`,
      `    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"{API}\\"\\n",`,
      `    ${NB('client = Anthropic()')}`,
      '   ]', '  }', ' ]', '}', ''].join('\n'),
  ],
  ['jupyter output', '   "outputs": [{"name": "stdout", "text": ["{API}\\n"]}],\n'],
  ['yaml', 'anthropic:\n  api_key: {API}\n  model: claude\n'],
  ['yaml quoted', "env:\n  - name: ANTHROPIC_API_KEY\n    value: '{API}'\n"],
  ['yaml github workflow env', 'jobs:\n  test:\n    env:\n      ANTHROPIC_API_KEY: "{API}"\n'],
  ['toml', '[anthropic]\napi_key = "{API}"\n'],
  ['xml element', '<config>\n  <apiKey>{API}</apiKey>\n</config>\n'],
  ['xml attribute', '<appSettings>\n  <add key="AnthropicKey" value="{API}" />\n</appSettings>\n'],
  ['xml entity after', '<k>{API}&lt;/k&gt;</k>\n'],
  ['csv', 'name,key,created\nprod,{API},2024-01-01\nstaging,"{API2}",2024-02-01\n'],
  ['tsv', 'name\tkey\nprod\t{API}\n'],
  ['ini', '[anthropic]\nkey={API}\n'],
  ['properties', 'anthropic.api.key={API}\n'],
  ['dockerfile', 'FROM node:20\nENV ANTHROPIC_API_KEY={API}\nARG ADMIN={ADMIN}\nRUN curl -H "x-api-key: {API2}" https://api.anthropic.com\n'],
  ['hcl', 'variable "key" {\n  default = "{API}"\n}\n'],
  // urls
  ['url query', 'https://example.com/callback?key={API}&x=1\n'],
  ['url query at end', 'GET /proxy?anthropic_key={API} HTTP/1.1\n'],
  ['url-encoded quotes', 'https://x.example/?q=%22{API}%22\n'],
  ['url-encoded equals', 'log: body=api_key%3D{API}%26model%3Dclaude\n'],
  ['url fragment', 'https://app.example/#token={OAT}\n'],
  // logs
  ['ansi colours', 'INFO key=\u001b[31m{API}\u001b[0m loaded\n'],
  ['ansi bold glued', '\u001b[1m{ADMIN}\u001b[22m\n'],
  ['log line', '2024-05-01T12:00:00Z DEBUG request headers={"x-api-key":"{API}"}\n'],
  ['prefix glued', 'x{API} and _{API2}\n'],
  // bundles and prose
  ['minified bundle', 'var a="{API}",b="{ADMIN}";function f(){return"{OAT}"}var c=[\'{ORT}\'];\n'],
  ['markdown inline code', '# Setup\n\nSet `ANTHROPIC_API_KEY` to `{API}` and run.\n'],
  ['markdown code block', '```bash\nexport ANTHROPIC_API_KEY={API}\n```\n'],
  ['markdown table', '| env | key |\n|---|---|\n| prod | {API} |\n'],
  ['html', '<script>window.KEY = "{API}";</script>\n'],
  // versions
  ['other versions', 'a={API01}\nb={API04}\nc={ADMIN02}\n'],
  // line endings and edges
  ['crlf', 'FOO=1\r\nANTHROPIC_API_KEY={API}\r\nBAR=2\r\n'],
  ['cr only after key', 'K={API}\r'],
  ['no final newline', 'line one\nANTHROPIC_API_KEY={API}'],
  ['key is the whole file', '{API}'],
  ['key at start', '{API} is the key\n'],
  ['several keys on one line', '{API} {API2},{ADMIN};{OAT}|{ORT}\n'],
  ['keys back to back with separators', '{API}"{API2}\'{ADMIN}\n'],
  ['same key twice', 'a={API}\nb={API}\n'],
  ['multi-byte before', 'clé = "{API}" — ünïcødé\n'],
  ['emoji before', '🔑🔑 {API}\n'],
  ['cjk before', '密钥：{API}\n'],
  ['tabs before', '\t\tkey:\t{API}\n'],
  ['deep line', `${'x\n'.repeat(500)}key={API}\n`],
  ['long line before', `${'a'.repeat(100000)} {API}\n`],
];

describe('detect: keys in context', () => {
  it.each(CASES)('%s', (_name, template) => {
    const { text, expected } = build(template);
    const found = detect(Buffer.from(text, 'utf8')).map(simplify);
    expect(found).toEqual(expected);
  });

  it('after a UTF-8 byte-order mark (not a character of the line)', () => {
    const { text, expected } = build('K={API}\n');
    expect(detect(Buffer.from(`\ufeff${text}`)).map(simplify)).toEqual(expected);
  });

  it('has many contexts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
});

describe('detect: bytes that are not valid UTF-8', () => {
  const { text, expected } = build('K={API}\n');
  const [exp] = expected;

  it('counts each invalid byte as one column', () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe, 0x80, 0xc0]), Buffer.from(text)]);
    expect(detect(data).map(simplify)).toEqual([{ ...exp, column: exp.column + 4 }]);
  });

  it('finds a key between invalid bytes, on a later line', () => {
    const data = Buffer.concat([Buffer.from('a\n\xff\n', 'latin1'), Buffer.from([0xe2, 0x82]), Buffer.from(text.replace('\n', '')), Buffer.from([0xff, 0x0a])]);
    expect(detect(data).map(simplify)).toEqual([{ ...exp, line: 3, column: exp.column + 2 }]);
  });

  it('finds a key inside binary-looking data', () => {
    const data = Buffer.concat([Buffer.from([0, 1, 2, 3, 0xff, 0x00]), Buffer.from(exp.key), Buffer.from([0, 0x8f])]);
    expect(detect(data).map((m) => m.secret.reveal())).toEqual([exp.key]);
  });
});

describe('detect: UTF-16LE text', () => {
  const { text, expected } = build('# config\r\nANTHROPIC_API_KEY={API}\r\nother={OAT}');

  it('with a byte-order mark', () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const found = detect(data);
    expect(found.map(simplify)).toEqual(expected);
    expect(found.every((m) => m.encoding === 'utf16le')).toBe(true);
  });

  it('without a byte-order mark', () => {
    expect(detect(Buffer.from(text, 'utf16le')).map(simplify)).toEqual(expected);
  });

  it('UTF-16BE with its byte-order mark: the mark is not a column', () => {
    const data = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`é ${text}`, 'utf16le').swap16()]);
    expect(detect(data).map(simplify)).toEqual(expected.map((e) => (e.line === 1 ? { ...e, column: e.column + 2 } : e)));
  });

  it('with an allow marker', () => {
    const { text: t } = build('k = {API} # gitleaks:allow');
    expect(detect(Buffer.from(t, 'utf16le'))[0].allowMarker).toBe('gitleaks:allow');
  });
});

describe('detect: allow markers', () => {
  const MARKERS: Array<[string, string]> = [
    ['k={API} # anthropic-key-scan:allow', 'anthropic-key-scan:allow'],
    ['k={API} # Anthropic-Key-Scan:Allow', 'anthropic-key-scan:allow'],
    ['k = "{API}" // gitleaks:allow', 'gitleaks:allow'],
    ['k = "{API}"  # pragma: allowlist secret', 'pragma: allowlist secret'],
    ['k = "{API}"  # pragma:allowlist secret', 'pragma: allowlist secret'],
    ['k = "{API}"  # TruffleHog:Ignore', 'trufflehog:ignore'],
    ['/* gitleaks:allow */ k = "{API}"', 'gitleaks:allow'],
    ['k={API} # gitleaks:allow\r', 'gitleaks:allow'],
  ];

  it.each(MARKERS)('%s', (template, marker) => {
    const { text, expected } = build(template);
    const found = detect(Buffer.from(text));
    expect(found.map(simplify)).toEqual(expected);
    expect(found[0].allowMarker).toBe(marker);
  });

  it("detect-secrets' nextline pragma allows the line after it, and only that one", () => {
    const { text } = build('# pragma: allowlist nextline secret\nk = "{API}"\nk2 = "{API2}"\n');
    expect(detect(Buffer.from(text)).map((m) => m.allowMarker)).toEqual(['pragma: allowlist nextline secret', undefined]);
    const { text: crlf } = build('x = 1\r\n\r\n// Pragma: allowlist-nextline-secret\r\n{API} {API2}\r\n');
    expect(detect(Buffer.from(crlf)).map((m) => m.allowMarker)).toEqual(['pragma: allowlist nextline secret', 'pragma: allowlist nextline secret']);
    const { text: own } = build('\nk = "{API}"  # pragma: allowlist nextline secret\n');
    expect(detect(Buffer.from(own))[0].allowMarker).toBeUndefined();
  });

  it('applies only to its own line', () => {
    const { text } = build('a={API} # gitleaks:allow\nb={API2}\n# gitleaks:allow\n');
    const found = detect(Buffer.from(text));
    expect(found.map((m) => m.allowMarker)).toEqual(['gitleaks:allow', undefined]);
  });

  it('leaves unmarked lines unmarked', () => {
    const { text } = build('k={API} # allow this? no\n');
    expect(detect(Buffer.from(text))[0].allowMarker).toBeUndefined();
  });
});

describe('detect: the match', () => {
  it('carries a Secret whose printed forms are redacted', () => {
    const { text, expected } = build('k={API}\n');
    const [m] = detect(Buffer.from(text));
    expect(m.secret.reveal()).toBe(expected[0].key);
    expect(JSON.stringify(m)).not.toContain(expected[0].key);
    expect(String(m.secret)).toBe(`${expected[0].key.slice(0, 16)}...${expected[0].key.slice(-4)}`);
    expect(m.encoding).toBeUndefined();
    expect(m.allowMarker).toBeUndefined();
  });

  it('returns nothing for an empty buffer', () => {
    expect(detect(Buffer.alloc(0))).toEqual([]);
  });

  it('reads a Buffer that is a view into a larger one', () => {
    const { text, expected } = build('junk\nk={API}\n');
    const big = Buffer.from(`prefix-bytes${text}suffix`);
    const view = big.subarray('prefix-bytes'.length, 'prefix-bytes'.length + text.length);
    expect(detect(view).map(simplify)).toEqual(expected);
  });
});
