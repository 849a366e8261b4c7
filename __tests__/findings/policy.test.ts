import { describe, it, expect } from '@jest/globals';
import { exitCodeFor, mayBeLive } from '../../src/findings/policy.js';
import type { Status } from '../../src/core/types.js';

const f = (...statuses: Status[]) => statuses.map((status) => ({ status }));

describe('exitCodeFor', () => {
  it('any: fails on any finding', () => {
    expect(exitCodeFor([], 'any')).toBe(0);
    expect(exitCodeFor(f('invalid'), 'any')).toBe(1);
  });
  it('live: fails on live, unknown and unchecked, not on invalid', () => {
    expect(exitCodeFor(f('invalid', 'invalid'), 'live')).toBe(0);
    expect(exitCodeFor(f('invalid', 'live'), 'live')).toBe(1);
    expect(exitCodeFor(f('unknown'), 'live')).toBe(1);
    expect(exitCodeFor(f('unchecked'), 'live')).toBe(1);
    expect(exitCodeFor([], 'live')).toBe(0);
  });
  it('never: never fails', () => {
    expect(exitCodeFor(f('live'), 'never')).toBe(0);
  });
  it('mayBeLive is false only for invalid', () => {
    expect((['live', 'unknown', 'unchecked', 'invalid'] as Status[]).map(mayBeLive)).toEqual([true, true, true, false]);
  });
});
