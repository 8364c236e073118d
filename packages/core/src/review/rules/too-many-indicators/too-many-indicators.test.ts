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
  accept: [
    { name: 'one IK each', doc: clean },
    {
      name: 'four measures, each broken down by school level (eight IK)',
      doc: mut((d) => {
        const r = res(d, 'M');
        const base = r.indicators[0];
        r.indicators = [
          'Angka Partisipasi Kasar (APK)',
          'Angka Partisipasi Murni (APM):',
          'Angka Partisipasi Sekolah (APS)',
          'Angka kelulusan:',
        ].flatMap((measure: string, k: number) =>
          ['SD/MI/Paket A', 'SMP/MTs/Paket B'].map((level, j) => ({
            ...base,
            id: `M.${2 * k + j + 1}`,
            statement: `${measure} - ${level}`,
          })),
        );
      }),
    },
  ],
});
