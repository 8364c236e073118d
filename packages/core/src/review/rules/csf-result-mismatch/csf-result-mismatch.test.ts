import { clean, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('csf-result-mismatch', {
  reject: [{ name: 'a CSF naming a result that says something else', doc: mut((d) => (d.csf![0]!.result = 'U')) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
