import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('baseline-missing', {
  reject: [{ name: 'one IK without baseline', doc: mut((d) => delete firstInd(d, 'O0a').baseline) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
