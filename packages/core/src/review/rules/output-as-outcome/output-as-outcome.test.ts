import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-as-outcome', {
  reject: [
    { name: '"Meningkatnya ..." as an output', doc: mut((d) => (res(d, 'O0b').statement = 'Meningkatnya Kapasitas Petugas Puskesmas')) },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
