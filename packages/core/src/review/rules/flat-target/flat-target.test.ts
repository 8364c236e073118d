import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('flat-target', {
  reject: [
    {
      name: '100 % every year',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { targets: { '2025': 100, '2026': 100, '2027': 100 } })),
      says: '100%',
    },
    { name: 'no movement', doc: mut((d) => Object.assign(firstInd(d, 'M'), { targets: { '2025': 70, '2026': 70, '2027': 70 } })) },
  ],
  accept: [
    {
      name: 'an output count that stays',
      doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { targets: { '2025': 1, '2026': 1, '2027': 1 } })),
    },
    { name: 'the clean tree', doc: clean },
  ],
});
