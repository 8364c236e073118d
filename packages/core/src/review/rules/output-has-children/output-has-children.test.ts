import { withScheme } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-has-children', {
  reject: [{ name: 'output with a detail below', doc: withScheme(true) }],
  accept: [{ name: 'the matching good case', doc: withScheme(false) }],
});
