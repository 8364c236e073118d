import { clean, firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-indicator', {
  reject: [
    {
      name: 'one IK twice',
      doc: mut((d) => res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2' })),
      says: 'hapus salah satu',
    },
    {
      name: 'one IK twice with another 2026 target: both values named',
      doc: mut((d) =>
        res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2', targets: { '2025': 55, '2026': 100, '2027': 65 } }),
      ),
      says: 'target 2026: 100 dan',
    },
    {
      name: 'the same IK on results in two branches',
      doc: mut((d) => (firstInd(d, 'O3a').statement = 'Jumlah dokumen standar layanan puskesmas')),
      where: 'O3a',
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
