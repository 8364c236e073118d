import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-output', {
  reject: [{ name: '"Tersedianya ..." as an outcome', doc: mut((d) => (res(d, 'M').statement = 'Tersedianya Layanan Puskesmas')) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
