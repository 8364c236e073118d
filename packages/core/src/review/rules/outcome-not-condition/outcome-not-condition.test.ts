import { mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-not-condition', {
  reject: [{ name: 'a bare noun phrase as an outcome', doc: mut((d) => (res(d, 'M').statement = 'Mutu Layanan Puskesmas')) }],
  accept: [
    { name: 'the matching good case', doc: mut((d) => (res(d, 'M').statement = 'Mutu Layanan Puskesmas yang Baik')) },
    {
      name: 'a condition after the number of a numbered table',
      doc: mut((d) => (res(d, 'M').statement = '3. Meningkatnya Mutu Layanan Puskesmas')),
    },
  ],
});
