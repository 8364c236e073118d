import { firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const realised = (realisations: Record<string, unknown>) => mut((d) => Object.assign(firstInd(d, 'G'), { realisations }));

testRule('realisation-repeated', {
  reject: [
    {
      name: 'a realisation with decimals repeated the next year (71,46 twice)',
      doc: realised({ '2025': 71.46, '2026': 71.46 }),
      says: '71,46',
    },
    {
      name: 'three indicators repeating last year, once for the document',
      doc: mut((d) => {
        for (const [i, r] of d.results.slice(0, 3).entries()) {
          const ind = (r.indicators as Record<string, unknown>[] | undefined)?.[0];
          if (ind !== undefined) ind.realisations = { '2025': 60.5 + i, '2026': 60.5 + i };
        }
      }),
      says: '3 IK',
    },
  ],
  accept: [
    { name: 'a realisation that moved', doc: realised({ '2025': 71.46, '2026': 71.52 }) },
    { name: 'a whole number repeated (3 documents, 100 %)', doc: realised({ '2025': 100, '2026': 100 }) },
    { name: 'the same value two years apart', doc: realised({ '2024': 71.46, '2026': 71.46 }) },
  ],
});
