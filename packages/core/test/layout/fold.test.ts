// A fold shows exactly the results with no collapsed ancestor, in document order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unfolded } from '../../src/layout/fold.js';
import { generateCascade } from '@pokin/core/testing';

describe('unfolded', () => {
  const cascade = generateCascade({ results: 150, seed: 9, maxChildren: 4 });
  const all = cascade.results();
  const byId = new Map(all.map((r) => [r.id, r] as const));

  it('keeps the results none of whose ancestors is collapsed', () => {
    fc.assert(
      fc.property(fc.subarray(all.map((r) => r.id)), (ids) => {
        const collapsed = new Set(ids);
        const hiddenUnder = (id: string): boolean => {
          for (let p = byId.get(id)!.parent; p !== null; p = byId.get(p)!.parent) if (collapsed.has(p)) return true;
          return false;
        };
        const want = all.filter((r) => !hiddenUnder(r.id));
        const folded = ids.filter((id) => cascade.primaryChildren(id).length > 0);
        const got = unfolded(cascade, collapsed);
        expect(got.records).toEqual(want);
        expect([...got.folded].sort()).toEqual(folded.sort());
      }),
      { numRuns: 50 },
    );
  });
});
