import { describe, it, expect } from '@jest/globals';
import { FindingSet, compareLocations } from '../../src/findings/aggregate.js';
import { Secret } from '../../src/core/secret.js';
import type { Hit, Location } from '../../src/core/types.js';
import { fakeKey } from '../helpers/keys.js';

const keyA = new Secret(fakeKey('api03', 'a'));
const keyB = new Secret(fakeKey('admin01', 'b'));

function hit(secret: Secret, location: Partial<Location>, allowMarker?: string): Hit {
  return {
    match: { rule: secret.reveal().includes('admin01') ? 'anthropic-admin-key' : 'anthropic-api-key', secret, line: 1, column: 1, ...(allowMarker ? { allowMarker } : {}) },
    location: { kind: 'file', line: 1, column: 1, ...location },
  };
}

describe('FindingSet', () => {
  it('groups hits by secret and says when a secret is new', () => {
    const set = new FindingSet();
    expect(set.add(hit(keyA, { path: 'a.txt', line: 3 }))).toBe(true);
    expect(set.add(hit(keyA, { path: 'b.txt', line: 1 }))).toBe(false);
    expect(set.add(hit(keyB, { path: 'a.txt', line: 9 }))).toBe(true);
    expect(set.add(hit(new Secret(keyA.reveal()), { path: 'c.txt' }))).toBe(false);
    expect(set.size).toBe(2);
    expect(set.has(keyA.sha256)).toBe(true);
    const [first, second] = set.candidates();
    expect(first.secret.sha256).toBe(keyA.sha256);
    expect(first.rule).toBe('anthropic-api-key');
    expect(first.sightings.map((s) => s.location.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(second.rule).toBe('anthropic-admin-key');
  });

  it('sorts file locations by path, line, column and drops duplicates', () => {
    const set = new FindingSet();
    set.add(hit(keyA, { path: 'z.txt', line: 1, column: 5 }));
    set.add(hit(keyA, { path: 'a.txt', line: 10, column: 1 }));
    set.add(hit(keyA, { path: 'a.txt', line: 2, column: 7 }));
    set.add(hit(keyA, { path: 'a.txt', line: 2, column: 3 }));
    set.add(hit(keyA, { path: 'a.txt', line: 2, column: 3 }));
    set.add(hit(keyA, { path: 'a.txt', line: 2, column: 3, encoding: 'base64' }));
    const locs = set.candidates()[0].sightings.map((s) => `${s.location.path}:${s.location.line}:${s.location.column}${s.location.encoding ?? ''}`);
    expect(locs).toEqual(['a.txt:2:3', 'a.txt:2:3base64', 'a.txt:2:7', 'a.txt:10:1', 'z.txt:1:5']);
  });

  it('puts the introducing commit first in history locations, ties kept in discovery order', () => {
    const set = new FindingSet();
    set.add(hit(keyA, { path: 'late.txt', commit: 'c3', date: '2024-01-03T00:00:00Z' }));
    set.add(hit(keyA, { path: 'tie-1.txt', commit: 'c2', date: '2024-01-02T00:00:00Z' }));
    set.add(hit(keyA, { path: 'first.txt', commit: 'c1', date: '2024-01-02T00:00:00+05:00' }));
    set.add(hit(keyA, { path: 'tie-0.txt', commit: 'c2', date: '2024-01-02T00:00:00Z' }));
    set.add(hit(keyA, { kind: 'commit-message', commit: 'c3', date: '2024-01-03T00:00:00Z' }));
    set.add(hit(keyA, { path: 'first.txt', commit: 'c1', date: '2024-01-02T00:00:00+05:00' }));
    const sightings = set.candidates()[0].sightings;
    expect(sightings.map((s) => s.location.path ?? s.location.kind)).toEqual(['first.txt', 'tie-1.txt', 'tie-0.txt', 'late.txt', 'commit-message']);
  });

  it('keeps the allow marker beside each location', () => {
    const set = new FindingSet();
    set.add(hit(keyA, { path: 'a.txt' }, 'gitleaks:allow'));
    set.add(hit(keyA, { path: 'b.txt' }));
    const [a, b] = set.candidates()[0].sightings;
    expect(a).toEqual({ location: expect.objectContaining({ path: 'a.txt' }), allowMarker: 'gitleaks:allow' });
    expect(b.allowMarker).toBeUndefined();
  });

  it('orders candidates by their first location', () => {
    const set = new FindingSet();
    set.add(hit(keyB, { path: 'b.txt' }));
    set.add(hit(keyA, { path: 'a.txt' }));
    expect(set.candidates().map((c) => c.secret.sha256)).toEqual([keyA.sha256, keyB.sha256]);
  });
});

describe('compareLocations', () => {
  it('puts dated locations before undated, and undefined paths last', () => {
    const dated: Location = { kind: 'file', path: 'z', line: 1, column: 1, date: '2024-01-01T00:00:00Z' };
    const plain: Location = { kind: 'file', path: 'a', line: 1, column: 1 };
    const tag: Location = { kind: 'tag-message', tag: 'v1', line: 1, column: 1 };
    expect([plain, tag, dated].sort(compareLocations)).toEqual([dated, plain, tag]);
  });
});

describe('FindingSet properties', () => {
  it('gives the same findings whatever order the hits arrive in (distinct places)', async () => {
    const fc = (await import('fast-check')).default;
    const secrets = [keyA, keyB, new Secret(fakeKey('api03', 'c'))];
    const arbHit = fc.record({
      s: fc.integer({ min: 0, max: 2 }),
      path: fc.constantFrom('a', 'b/c', 'd e', 'z'),
      line: fc.integer({ min: 1, max: 5 }),
      column: fc.integer({ min: 1, max: 3 }),
      day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbHit, { maxLength: 40 }), (hits) => {
        const make = (h: (typeof hits)[number]) =>
          hit(secrets[h.s], {
            path: h.path,
            line: h.line,
            column: h.column,
            ...(h.day ? { date: `2024-01-${String(h.day).padStart(2, '0')}T00:${String(h.line).padStart(2, '0')}:${String(h.column).padStart(2, '0')}Z`, commit: `c${h.day}` } : {}),
          });
        const forward = new FindingSet();
        const backward = new FindingSet();
        const firsts = hits.map((h) => forward.add(make(h)));
        [...hits].reverse().forEach((h) => backward.add(make(h)));
        const shape = (set: FindingSet) => set.candidates().map((c) => [c.secret.sha256, c.sightings.map((s) => JSON.stringify(s.location))]);
        const a = shape(forward);
        const b = shape(backward);
        // Same secrets with the same places, each list sorted and free of duplicates, whatever the order.
        for (const c of forward.candidates()) {
          for (let i = 1; i < c.sightings.length; i++) expect(compareLocations(c.sightings[i - 1].location, c.sightings[i].location)).toBeLessThanOrEqual(0);
        }
        expect(a.map((x) => x[0]).sort()).toEqual(b.map((x) => x[0]).sort());
        expect(firsts.filter(Boolean).length).toBe(forward.size);
        for (const [sha, places] of a) {
          const other = b.find((x) => x[0] === sha)?.[1] as string[];
          expect(new Set(other)).toEqual(new Set(places as string[]));
          expect(new Set(places).size).toBe((places as string[]).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
