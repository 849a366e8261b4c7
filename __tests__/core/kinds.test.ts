/**
 * The kinds table (core/kinds.ts): every row complete, and every row's own samples run through the
 * detector — plain, base64 and UTF-16LE — as gitleaks tests each rule. A new kind is a row and its samples;
 * this test then covers it with no change here.
 */
import { describe, expect, it } from '@jest/globals';
import { KINDS, MAX_KEY_LENGTH, kindFor, kindOf, ruleTitle, sampleText, type KindRow } from '../../src/core/kinds.js';
import { detect } from '../../src/detect/index.js';

const rows: readonly KindRow[] = KINDS;
const positives = rows.flatMap((k) => k.samples.positive.map((s, i) => [k.id, i, k, s] as const));
const negatives = rows.flatMap((k) => k.samples.negative.map((s, i) => [k.id, i, k, s] as const));

describe('the kinds table', () => {
  it('has one row per id, each complete', () => {
    expect(new Set(rows.map((k) => k.id)).size).toBe(rows.length);
    for (const k of rows) {
      expect(k.title.length).toBeGreaterThan(5);
      expect(k.description.length).toBeGreaterThan(20);
      expect(k.help).toMatch(/rotat|revoke|delete|sign out/i);
      expect(k.help).toMatch(/\]\(https:\/\//); // remediation links
      expect(k.severity).toBeGreaterThanOrEqual(7);
      expect(k.severity).toBeLessThanOrEqual(10);
      expect(k.prefixes.length).toBeGreaterThan(0);
      expect(k.bodies.length).toBeGreaterThan(0);
      if (k.check.method === 'none') expect(k.check.reason).toMatch(/^not verified: /);
      if (k.revoke.via === 'manual') expect(k.revoke.how.length).toBeGreaterThan(20);
      expect(k.samples.positive.length).toBeGreaterThan(0);
      expect(k.samples.negative.length).toBeGreaterThan(0);
      expect(kindOf(k.id)).toBe(k);
      expect(ruleTitle(k.id)).toBe(k.title);
    }
  });

  it('never checks a kind whose only check would have side effects or prove nothing', () => {
    for (const id of ['anthropic-oauth-access-token', 'anthropic-oauth-refresh-token', 'anthropic-session-key', 'anthropic-compliance-key', 'anthropic-unknown-key']) {
      expect(kindOf(id).check.method).toBe('none');
    }
    expect(kindOf('anthropic-api-key').check.method).toBe('models');
    expect(kindOf('anthropic-admin-key').check.method).toBe('organization');
    expect(rows.filter((k) => k.revoke.via === 'admin-api').map((k) => k.id)).toEqual(['anthropic-api-key']);
  });

  it('dispatches a word and version to the most specific row', () => {
    expect(kindFor('api', '03')?.id).toBe('anthropic-api-key');
    expect(kindFor('api', '01')?.id).toBe('anthropic-compliance-key');
    expect(kindFor('sid', '02')?.id).toBe('anthropic-session-key');
    expect(kindFor('zzz', '07')?.id).toBe('anthropic-unknown-key');
    expect(kindFor('a', '07')).toBeUndefined();
    expect(kindFor('ninelongg', '07')).toBeUndefined();
    expect(ruleTitle('anthropic-from-the-future')).toBe('anthropic-from-the-future');
  });

  it('holds nothing a scanner would take for a key', () => {
    expect(JSON.stringify(KINDS)).not.toMatch(/sk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{20,}/);
    expect(detect(Buffer.from(JSON.stringify(KINDS)))).toEqual([]);
  });
});

describe('every row\'s samples through the detector', () => {
  it.each(positives)('%s positive #%i is found under its rule', (_id, i, kind, sample) => {
    const { text, key } = sampleText(kind, sample, `p${i}`);
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    const plain = detect(Buffer.from(`x ${text}\n`));
    expect(plain.map((m) => [m.rule, m.secret.reveal()])).toEqual([[kind.id, key]]);
    if (sample.variant) expect(plain[0].variant).toBe(sample.variant);
    else expect(plain[0].variant).toBeUndefined();
    const after = sample.after ?? '';
    for (const encoding of ['base64', 'base64url'] as const) {
      const encoded = detect(Buffer.from(`${after ? '\0' : ''}v: ${Buffer.from(`K=${key}${after}\n`).toString(encoding)}\n`));
      expect(encoded.map((m) => [m.rule, m.secret.reveal()])).toEqual([[kind.id, key]]);
    }
    const wide = detect(Buffer.from(`x ${key}${after}\n`, 'utf16le'));
    expect(wide.map((m) => [m.rule, m.secret.reveal(), m.encoding])).toEqual([[kind.id, key, 'utf16le']]);
  });

  it.each(negatives)('%s negative #%i is not found', (_id, i, kind, sample) => {
    const { text } = sampleText(kind, sample, `n${i}`);
    expect(detect(Buffer.from(`x ${text}\n`))).toEqual([]);
  });
});
