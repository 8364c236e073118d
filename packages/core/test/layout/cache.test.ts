// A layout cache changes nothing but the work: each fold of a cascade laid out with a cache (the
// viewer's way, one cache across many folds) is the layout computed from scratch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutCache, layoutWithSettings, resolveLayoutOptions } from '@pokin/core/layout';
import { generateCascade } from '@pokin/core/testing';

describe('createLayoutCache', () => {
  const cascade = generateCascade({ results: 120, seed: 5, maxChildren: 4, indicatorsPerResult: 2, crosscutting: 0.05 });
  const parents = cascade
    .results()
    .filter((r) => cascade.primaryChildren(r.id).length > 0)
    .map((r) => r.id);

  it('gives the same layout as no cache, fold after fold', () => {
    const settings = resolveLayoutOptions({ idPrefix: 'v' });
    const cache = createLayoutCache();
    fc.assert(
      fc.property(fc.array(fc.subarray(parents), { minLength: 1, maxLength: 4 }), (folds) => {
        for (const collapsed of folds) {
          const s = { ...settings, collapsed: new Set(collapsed) };
          expect(layoutWithSettings(cascade, s, cache)).toEqual(layoutWithSettings(cascade, s));
        }
      }),
      { numRuns: 25 },
    );
  });
});
