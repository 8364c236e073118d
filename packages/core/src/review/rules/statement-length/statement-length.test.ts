import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-length', {
  reject: [{ name: 'a one-word statement', doc: mut((d) => (res(d, 'O0a').statement = 'Dokumen')) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
