import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCascades, parseCascade, type CascadeDocument } from '@pokin/core';
import { validDocumentArbitrary } from '../../../../test/support/arbitraries.js';
import { linkedDocumentArbitrary, linkVariantsArbitrary } from '../../../../test/support/links.js';

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

/**
 * The link rows of a diff as strings: kind, result, target, and before and after for a status.
 * `swapped` reads a diff of the versions the other way round as the forward one: added for
 * removed, old for new (a changed link names its target as the new version does: its match).
 */
const linkRows = (d: ReturnType<typeof diffCascades>, swapped = false) =>
  d.changes
    .filter((c) => c.kind.startsWith('link-'))
    .map((c) => {
      if (!swapped) return JSON.stringify([c.kind, c.newId, c.link, [c.from, c.to]]);
      if (c.kind === 'link-changed') return JSON.stringify([c.kind, c.oldId, d.matches.get(c.link!) ?? c.link, [c.to, c.from]]);
      return JSON.stringify([c.kind === 'link-added' ? 'link-removed' : 'link-added', c.oldId, c.link, [c.to, c.from]]);
    })
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

  it(`one tree with its crosscutting entries written two ways: only link rows, one per entry that differs (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(linkVariantsArbitrary(), ([x, y]) => {
        const a = parseCascade(x);
        const b = parseCascade(y);
        const d = diffCascades(a, b);
        // What differs, from the records: the first entry of each target, by result.
        const expected: string[] = [];
        for (const r of b.results()) {
          const first = (list: typeof r.contributions) => {
            const m = new Map<string, string | null>();
            for (const c of list) if (!m.has(c.to)) m.set(c.to, c.status ?? null);
            return m;
          };
          const before = first(a.result(r.id)!.contributions);
          const after = first(r.contributions);
          for (const [to, s] of after) {
            if (!before.has(to)) expected.push(JSON.stringify(['link-added', r.id, to, [null, s]]));
            else if (before.get(to) !== s) expected.push(JSON.stringify(['link-changed', r.id, to, [before.get(to), s]]));
          }
          for (const [to, s] of before) if (!after.has(to)) expected.push(JSON.stringify(['link-removed', r.id, to, [s, null]]));
        }
        expect(linkRows(d)).toEqual(expected.sort());
        expect(d.changes.length).toBe(expected.length);
        // The side a link added or removed lacks has no status.
        for (const c of d.changes) expect(c.kind === 'link-added' ? c.from : c.kind === 'link-removed' ? c.to : null).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it(`swapping the versions swaps links added and removed and the statuses of a changed one (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(linkVariantsArbitrary(), fc.tuple(linkedDocumentArbitrary(), linkedDocumentArbitrary())), ([x, y]) => {
        const a = parseCascade(withoutPrevious(x));
        const b = parseCascade(withoutPrevious(y));
        expect(linkRows(diffCascades(b, a), true)).toEqual(linkRows(diffCascades(a, b)));
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
