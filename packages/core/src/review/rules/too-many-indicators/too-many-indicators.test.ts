import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('too-many-indicators', {
  reject: [
    {
      name: 'eight IK',
      doc: mut((d) => {
        const r = res(d, 'M');
        for (let k = 2; k <= 9; k++)
          r.indicators.push({ ...r.indicators[0], id: `M.${k}`, statement: `Persentase puskesmas dengan mutu layanan jenis ${k}` });
      }),
      where: 'M',
      says: '9 IK',
    },
    {
      name: 'three IK with max 2',
      doc: mut((d) => {
        const r = res(d, 'M');
        for (let k = 2; k <= 3; k++)
          r.indicators.push({ ...r.indicators[0], id: `M.${k}`, statement: `Persentase puskesmas dengan mutu layanan jenis ${k}` });
      }),
      where: 'M',
      entry: ['info', { max: 2 }],
    },
  ],
  accept: [{ name: 'one IK each', doc: clean }],
});
