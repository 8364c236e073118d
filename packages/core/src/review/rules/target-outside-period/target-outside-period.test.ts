import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-outside-period', {
  reject: [{ name: 'a 2030 target', doc: mut((d) => (firstInd(d, 'O0a').targets['2030'] = 80)) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
