import { firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-statement-fit', {
  reject: [
    {
      name: 'IK about something else',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase realisasi anggaran belanja', unit: '%' })),
      where: 'M',
      entry: ['info'],
    },
  ],
  accept: [
    {
      name: "IK naming the result's words (after stemming)",
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Indeks mutu pelayanan puskesmas', unit: 'Indeks' })),
      where: 'M',
    },
  ],
});
