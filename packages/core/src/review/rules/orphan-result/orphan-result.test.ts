import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('orphan-result', {
  reject: [{ name: 'immediate outcome without parent', doc: mut((d) => delete res(d, 'M4').parent) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
