import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('compound-statement', {
  reject: [
    {
      name: 'two changes in one statement',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan dan Menurunnya Keluhan Pasien')),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
