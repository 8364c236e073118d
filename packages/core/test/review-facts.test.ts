/**
 * The engine keeps what rules ask of a node (normalised statement, stems, values ...) only while it
 * visits that node's result, and drops it after (`nodes.ts`); a later question computes it again.
 * These check that when a fact is computed never changes a finding: the same cascade reviewed
 * twice, and reviewed while a plug-in asks every node for every fact before the pass, in reverse
 * order and again at the end, gives the same findings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineRule, parseCascade, review, type ResultNode } from '@pokin/core';
import { generateDocument } from '@pokin/core/testing';

/** Reads every fact of a result and its indicators. */
function touch(r: ResultNode): unknown[] {
  const out: unknown[] = [r.norm, r.head, r.form, r.stems, r.key, r.keyShared, r.parents.length, r.children.length, r.siblings.length];
  for (const i of r.indicators)
    out.push(
      i.norm,
      i.measure,
      i.head,
      i.counted,
      i.unitKind,
      i.direction,
      i.directionSource,
      i.words,
      i.values,
      i.stems,
      i.key,
      i.keyShared,
      i.years,
      i.label,
    );
  return out;
}

/** The meta of a test plug-in that reports nothing. */
const silent = (id: string) =>
  ({ id, defaultSeverity: 'info', category: 'test', description: { id: 'uji', en: 'test' }, messages: {} }) as const;

/** A plug-in that asks for every fact out of the engine's order and reports nothing. */
const eager = defineRule({
  meta: silent('test/eager'),
  create(context) {
    const all = (): void => {
      for (let k = context.results.length - 1; k >= 0; k--) touch(context.results[k]!);
    };
    return {
      document: all,
      result(r) {
        // The parent's and the first result's facts, asked from another result's visit.
        if (r.parent !== undefined) touch(r.parent);
        if (context.results[0] !== undefined) touch(context.results[0]);
      },
      exit: all,
    };
  },
});

describe('review: facts computed again give the same findings', () => {
  it('reviewing twice, and with every fact asked early, late and out of order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 120 }), (seed, results) => {
        const doc = generateDocument({ results, maxChildren: 4, indicatorsPerResult: 2, crosscutting: 0.05, seed });
        const cascade = parseCascade(doc);
        const first = review(cascade, { asOf: '2026-06-30' });
        expect(review(cascade, { asOf: '2026-06-30' })).toEqual(first);
        expect(review(cascade, { asOf: '2026-06-30', plugins: [eager] })).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });

  it('facts read twice in one visit are the same values', () => {
    const cascade = parseCascade(generateDocument({ results: 40, maxChildren: 3, indicatorsPerResult: 3, crosscutting: 0.1, seed: 7 }));
    const seen: unknown[][] = [];
    const twice = defineRule({
      meta: silent('test/twice'),
      create: () => ({
        result(r) {
          const a = touch(r);
          expect(touch(r)).toEqual(a);
          seen.push(a);
        },
      }),
    });
    review(cascade, { plugins: [twice] });
    expect(seen).toHaveLength(40);
  });
});
