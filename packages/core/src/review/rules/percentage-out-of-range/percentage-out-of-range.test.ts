import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('percentage-out-of-range', {
  reject: [{ name: 'a 120 % target', doc: mut((d) => (firstInd(d, 'I').targets['2027'] = 120)) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
