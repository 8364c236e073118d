import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('duplicate-statement', {
  reject: [{ name: 'the same output in two branches', doc: mut((d) => (res(d, 'O1a').statement = res(d, 'O0a').statement)) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
