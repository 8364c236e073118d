import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('baseline-after-target', {
  reject: [{ name: 'baseline in the first target year', doc: mut((d) => (firstInd(d, 'O0a').baseline.year = 2025)) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
