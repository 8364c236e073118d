import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-indicator-rate', {
  reject: [
    {
      name: 'output IK "Persentase ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { statement: 'Persentase dokumen standar yang tersusun', unit: '%' })),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'the completion of the unit\'s own work ("Persentase penyelesaian dokumen perencanaan")',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'O0a'), { statement: 'Persentase penyelesaian dokumen perencanaan dan anggaran', unit: '%' }),
      ),
    },
  ],
});
