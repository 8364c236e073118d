import { clean, firstInd, mut, unpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-worse-than-baseline', {
  reject: [
    { name: 'an up indicator with targets below the baseline', doc: mut((d) => (firstInd(d, 'I').baseline.value = 70)) },
    {
      name: 'life expectancy (UHH) planned below its baseline',
      doc: unpolarised('M', {
        statement: 'UHH',
        unit: 'tahun',
        baseline: { year: 2024, value: 72.3 },
        targets: { '2025': 72.1, '2026': 72.05, '2027': 72 },
      }),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'fewer complaints, in an indicator worded as a statement of decrease',
      doc: unpolarised('M', {
        statement: 'Berkurangnya jumlah keluhan terhadap pelayanan kebersihan',
        unit: 'keluhan',
        baseline: { year: 2024, value: 110 },
        targets: { '2025': 90, '2026': 75, '2027': 60 },
      }),
    },
  ],
});
