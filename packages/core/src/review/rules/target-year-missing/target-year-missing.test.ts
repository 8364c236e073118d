import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('target-year-missing', {
  reject: [{ name: 'no 2026 target', doc: mut((d) => delete firstInd(d, 'O0a').targets['2026']) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
