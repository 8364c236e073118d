import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-missing', {
  reject: [{ name: 'output without IK', doc: mut((d) => delete res(d, 'O0a').indicators) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
