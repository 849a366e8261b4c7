/**
 * Fixtures for detector tests, built at run time: a template names keys as {API}, {ADMIN}, {OAT}, ... and
 * `build` returns the text with each key in place and, for each placeholder, the line and column where
 * the key must be reported (1-based; the column counts characters, as the detector does for UTF-8).
 */
import { fakeKey } from '../helpers/keys.js';
import type { RuleId } from '../../src/core/types.js';

export const KEYS = {
  API: fakeKey('api03', 'ctx-api'),
  API2: fakeKey('api03', 'ctx-api-2'),
  API01: fakeKey('api01', 'ctx-api01'),
  API04: fakeKey('api04', 'ctx-api04'),
  ADMIN: fakeKey('admin01', 'ctx-admin'),
  ADMIN02: fakeKey('admin02', 'ctx-admin02'),
  OAT: fakeKey('oat01', 'ctx-oat'),
  ORT: fakeKey('ort01', 'ctx-ort'),
} as const;

export type KeyName = keyof typeof KEYS;

export const RULE_OF: Record<KeyName, RuleId> = {
  API: 'anthropic-api-key',
  API2: 'anthropic-api-key',
  API01: 'anthropic-compliance-key',
  API04: 'anthropic-api-key',
  ADMIN: 'anthropic-admin-key',
  ADMIN02: 'anthropic-admin-key',
  OAT: 'anthropic-oauth-access-token',
  ORT: 'anthropic-oauth-refresh-token',
};

export interface Expected {
  key: string;
  rule: RuleId;
  line: number;
  column: number;
}

/** Line and column (in code points) of string index `index` in `text`. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastNl = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lastNl + 1)].length + 1 };
}

export function build(template: string, keys: Record<string, string> = KEYS): { text: string; expected: Expected[] } {
  let text = '';
  const expected: Expected[] = [];
  const re = /\{([A-Z0-9]+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    const name = m[1];
    const key = keys[name];
    if (key === undefined) throw new Error(`unknown key ${name}`);
    text += template.slice(last, m.index);
    expected.push({ key, rule: RULE_OF[name as KeyName], ...positionOf(text, text.length) });
    text += key;
    last = m.index + m[0].length;
  }
  text += template.slice(last);
  return { text, expected };
}

/** What a match looks like in assertions: its secret revealed (tests only) and its place. */
export function simplify(m: { rule: RuleId; secret: { reveal(): string }; line: number; column: number }): Expected {
  return { key: m.secret.reveal(), rule: m.rule, line: m.line, column: m.column };
}
