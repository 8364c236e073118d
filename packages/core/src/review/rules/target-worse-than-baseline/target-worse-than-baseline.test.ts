import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-worse-than-baseline', {
  reject: [{ name: 'an up indicator with targets below the baseline', doc: mut((d) => (firstInd(d, 'I').baseline.value = 70)) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
