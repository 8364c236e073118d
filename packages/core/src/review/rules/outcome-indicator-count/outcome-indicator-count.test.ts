import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-indicator-count', {
  reject: [
    {
      name: 'outcome IK "Jumlah kunjungan ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah kunjungan pasien', unit: 'Orang' })),
      entry: ['info'],
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
