import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('crosscutting-redundant', {
  reject: [{ name: 'contributesTo names the parent', doc: mut((d) => (res(d, 'O0a').contributesTo = ['M'])) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
