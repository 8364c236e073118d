import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('iku-manual-missing', {
  reject: [
    {
      name: 'an IKU without a manual',
      doc: mut((d) => (firstInd(d, 'G').iku = true)),
      says: 'definisi operasional, formula, sumber data',
      count: 1,
    },
    {
      name: 'an IKU without its data source',
      doc: mut((d) => Object.assign(firstInd(d, 'G'), { iku: true, definition: 'd', formula: 'f' })),
      says: 'sumber data',
    },
  ],
  accept: [
    { name: 'the clean document', doc: clean },
    {
      name: 'an IKU with its manual',
      doc: mut((d) => Object.assign(firstInd(d, 'G'), { iku: true, definition: 'd', formula: 'f', dataSource: 'BPS' })),
    },
  ],
});
