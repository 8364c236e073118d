import { clean, firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-indicator', {
  reject: [
    { name: 'one IK twice', doc: mut((d) => res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2' })) },
    {
      name: 'the same IK on results in two branches',
      doc: mut((d) => (firstInd(d, 'O3a').statement = 'Jumlah dokumen standar layanan puskesmas')),
      where: 'O3a',
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
