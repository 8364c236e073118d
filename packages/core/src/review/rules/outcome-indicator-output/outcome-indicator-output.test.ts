import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-indicator-output', {
  reject: [
    {
      name: 'outcome IK "Jumlah dokumen ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah dokumen mutu layanan', unit: 'Dokumen' })),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
