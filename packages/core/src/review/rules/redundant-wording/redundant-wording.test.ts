import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('redundant-wording', {
  reject: [
    {
      name: '"Terlaksananya Pelaksanaan"',
      doc: mut((d) => (res(d, 'O0b').statement = 'Terlaksananya Pelaksanaan Pembinaan Petugas Puskesmas')),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
