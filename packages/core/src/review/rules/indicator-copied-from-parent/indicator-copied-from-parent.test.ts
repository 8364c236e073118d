import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-copied-from-parent', {
  reject: [
    {
      name: "a child with its parent's IK",
      doc: mut((d) => (firstInd(d, 'M').statement = 'Persentase  cakupan pelayanan kesehatan-dasar.')),
    },
  ],
  accept: [{ name: 'the matching good case', doc: clean }],
});
