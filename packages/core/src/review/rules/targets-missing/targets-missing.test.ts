import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('targets-missing', {
  reject: [{ name: 'one IK without targets', doc: mut((d) => delete firstInd(d, 'O0a').targets) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
