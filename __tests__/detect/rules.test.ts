/** The rules table the reports use. */
import { describe, expect, it } from '@jest/globals';
import { RULES, ruleInfo } from '../../src/detect/index.js';

describe('RULES', () => {
  it('has one row per rule id, each complete', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'anthropic-api-key',
      'anthropic-admin-key',
      'anthropic-oauth-access-token',
      'anthropic-oauth-refresh-token',
    ]);
    for (const r of RULES) {
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.help).toMatch(/rotat|revoke|delete/i);
      expect(r.severity).toBeGreaterThanOrEqual(7);
      expect(r.severity).toBeLessThanOrEqual(10);
      expect(typeof r.verifiable).toBe('boolean');
      expect(ruleInfo(r.id)).toBe(r);
    }
  });

  it('never marks refresh tokens verifiable (refreshing has side effects)', () => {
    expect(ruleInfo('anthropic-oauth-refresh-token').verifiable).toBe(false);
    expect(ruleInfo('anthropic-api-key').verifiable).toBe(true);
  });

  it('holds nothing a scanner would take for a key', () => {
    expect(JSON.stringify(RULES)).not.toMatch(/sk-ant-[a-z]+\d\d-[A-Za-z0-9_-]{20,}/);
  });
});
