import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The example with result M carrying `n` indicators. */
const withIndicators = (n: number) =>
  mut((d) => {
    const r = res(d, 'M');
    for (let k = 2; k <= n; k++)
      r.indicators.push({ ...r.indicators[0], id: `M.${k}`, statement: `Persentase puskesmas dengan mutu layanan jenis ${k}` });
  });

testRule('too-many-indicators', {
  reject: [
    {
      name: 'eight IK',
      doc: withIndicators(9),
      where: 'M',
      says: '9 IK',
    },
    {
      name: 'three IK with max 2',
      doc: withIndicators(3),
      where: 'M',
      entry: ['info', { max: 2 }],
    },
  ],
  accept: [{ name: 'one IK each', doc: clean }],
});
