import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-missing', {
  reject: [{ name: 'one IK without unit', doc: mut((d) => delete firstInd(d, 'O0a').unit) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
