import { clean, firstInd, mut, unpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-against-polarity', {
  reject: [
    { name: 'an up indicator whose target drops', doc: mut((d) => (firstInd(d, 'I').targets = { '2025': 55, '2026': 50, '2027': 65 })) },
    {
      name: 'a down wording whose targets rise',
      doc: unpolarised('M', {
        statement: 'Angka kematian bayi per 1.000 kelahiran',
        unit: 'per 1.000',
        baseline: { year: 2024, value: 10 },
        targets: { '2025': 9, '2026': 11, '2027': 8 },
      }),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a yearly output count going down',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'O0a'), {
          polarity: 'up',
          baseline: { year: 2024, value: 5 },
          targets: { '2025': 6, '2026': 4, '2027': 7 },
        }),
      ),
    },
  ],
});
