import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-as-statement', {
  reject: [{ name: 'IK "Meningkatnya ..."', doc: mut((d) => (firstInd(d, 'M').statement = 'Meningkatnya mutu layanan puskesmas')) }],
  accept: [{ name: 'the matching good case', doc: clean }],
});
