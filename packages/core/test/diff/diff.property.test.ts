import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCascades, parseCascade, type CascadeDocument } from '@pokin/core';
import { validDocumentArbitrary } from '../../../../test/support/arbitraries.js';

const RUNS = 200;
const documents = validDocumentArbitrary();
/** The document without `previous` (one-sided by nature: the old version cannot name the new). */
const withoutPrevious = (d: CascadeDocument): CascadeDocument => ({
  ...d,
  results: d.results.map(({ previous: _, ...r }) => r),
});
const ids = (d: ReturnType<typeof diffCascades>, kind: 'added' | 'removed') =>
  d.changes
    .filter((c) => c.kind === kind)
    .map((c) => c.newId ?? c.oldId)
    .sort();

describe('diffCascades properties', () => {
  it(`diff(a, a) has no changes and matches every result to itself (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const c = parseCascade(doc);
        const d = diffCascades(c, c);
        expect(d.changes).toEqual([]);
        expect(d.matches.size).toBe(c.size);
        for (const [n, o] of d.matches) expect(n).toBe(o);
      }),
      { numRuns: RUNS },
    );
  });

  it(`swapping the versions swaps added and removed, and inverts the matching (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, documents, (x, y) => {
        const a = parseCascade(withoutPrevious(x));
        const b = parseCascade(withoutPrevious(y));
        const forward = diffCascades(a, b);
        const backward = diffCascades(b, a);
        expect(ids(forward, 'added')).toEqual(ids(backward, 'removed'));
        expect(ids(forward, 'removed')).toEqual(ids(backward, 'added'));
        expect(new Map([...backward.matches].map(([n, o]) => [o, n]))).toEqual(forward.matches);
        for (const kind of ['moved', 'reworded', 'level-changed'] as const)
          expect(forward.summary.changes[kind]).toBe(backward.summary.changes[kind]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`every result is matched, added or removed exactly once (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(documents, documents, (x, y) => {
        const a = parseCascade(x);
        const b = parseCascade(y);
        const d = diffCascades(a, b);
        expect(d.matches.size + d.summary.changes.added).toBe(b.size);
        expect(d.matches.size + d.summary.changes.removed).toBe(a.size);
        expect(new Set(d.matches.values()).size).toBe(d.matches.size);
      }),
      { numRuns: RUNS },
    );
  });
});
