// Generated trees: 1,000 results on A4, and random shapes of 1 to 300 results (fast-check), each
// result drawn as a full box on exactly one page with no text under 7 pt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCascade } from '@pokin/core/testing';
import { renderPdfWithPlan } from '@pokin/pdf';
import { checkPlan, checkTextInBoxes, checkWordsApart } from './checks.js';
import { pdfWords, qpdfCheck, skipWithoutPdfTools, tempPdf } from './support.js';

const skip = skipWithoutPdfTools();
/** Fewer runs in CI, where the whole suite shares two cores. */
const RUNS = process.env.CI === undefined ? 40 : 12;

describe.skipIf(skip)('a generated tree of 1,000 results on A4', () => {
  // pdftotext -bbox of 30-odd pages dominates; a shared 2-core machine takes minutes.
  it('puts every result in a full box on exactly one page, no text under 7 pt, and reads back whole', { timeout: 180_000 }, () => {
    const cascade = generateCascade({ results: 1000, seed: 7, crosscutting: 0.02 });
    const { bytes, plan } = renderPdfWithPlan(cascade, {
      paper: 'A4',
      sections: { cover: false, context: false, csf: false, worksheet: false },
    });
    expect(plan.treePages.length).toBeGreaterThan(10);
    checkPlan(cascade, plan);
    const path = tempPdf(bytes);
    qpdfCheck(path);
    const words = pdfWords(path);
    checkTextInBoxes(cascade, plan, path, words);
    checkWordsApart(plan, words);
  });
});

describe('random trees of 1 to 300 results', () => {
  it('always plan every result as one full box, no text under 7 pt, boxes on the page and apart', () => {
    fc.assert(
      fc.property(
        fc.record({
          results: fc.integer({ min: 1, max: 300 }),
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          maxChildren: fc.integer({ min: 1, max: 12 }),
          indicators: fc.integer({ min: 0, max: 4 }),
          crosscutting: fc.double({ min: 0, max: 0.2, noNaN: true }),
          renstra: fc.boolean(),
          paper: fc.constantFrom('A4' as const, 'A3' as const),
          orientation: fc.constantFrom('portrait' as const, 'landscape' as const),
        }),
        (o) => {
          const cascade = generateCascade({
            results: o.results,
            seed: o.seed,
            maxChildren: o.maxChildren,
            indicatorsPerResult: o.indicators,
            crosscutting: o.crosscutting,
            levels: o.renstra ? 'renstra' : 'permenpan-89',
          });
          const { plan } = renderPdfWithPlan(cascade, {
            paper: o.paper,
            orientation: o.orientation,
            sections: { cover: false, context: false, csf: false, worksheet: false },
          });
          checkPlan(cascade, plan);
        },
      ),
      { numRuns: RUNS, seed: 20261205 },
    );
  });

  it.skipIf(skip)('read back by qpdf and pdftotext for a few of them', () => {
    for (const [results, seed] of [
      [1, 1],
      [37, 2],
      [180, 3],
    ] as const) {
      const cascade = generateCascade({ results, seed, crosscutting: 0.1, maxChildren: 6 });
      const { bytes, plan } = renderPdfWithPlan(cascade, { paper: 'A4', orientation: 'portrait' });
      const path = tempPdf(bytes);
      qpdfCheck(path);
      checkTextInBoxes(cascade, plan, path);
    }
  });
});
